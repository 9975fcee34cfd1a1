/** Branded units, so metres and kilometres, or lon/lat order, cannot be mixed up silently. */
export type Meters = number & { readonly __unit: 'm' };
export type Minutes = number & { readonly __unit: 'min' };
export type SiteId = string & { readonly __brand: 'SiteId' };
/** GeoJSON order: longitude first. */
export type LngLat = readonly [lng: number, lat: number];

export const meters = (n: number): Meters => n as Meters;
export const minutes = (n: number): Minutes => n as Minutes;
