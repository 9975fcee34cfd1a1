/** The one distance formatter, shared with the spoken directions: "850 m" under a kilometre, "14.2 km" above. */
export { formatDistance } from '../domain/network/directions/format';
