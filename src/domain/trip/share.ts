/**
 * A trip in a link (`?trip=…`) short enough for a readable QR code: a compact JSON tuple of the
 * brief and the stop ids, as base64url. Site ids are kept whole (not indices into the site list),
 * so a link stays right when sites are added; a 10-stop trip with the longest ids and a Thai name
 * and school label is about 505 characters (measured in the share test).
 *
 * Tuple (format 1): [1, name, date, 'HHMM', budget, group index, size, subject bits, step-free 0|1,
 * pace×10 or 0, [perStop, start, end] or 0, start, end, stops]; an end point is `'s:<id>'` for a
 * site or `[lng×1e5, lat×1e5, label]`; stops are one string of ids joined by '.', a locked one
 * written `*<id>`.
 */
import { WALK_MAX_STOPS } from '../vocab';
import { z } from 'zod/mini';
import { Brief, GROUPS, SUBJECTS, type Endpoint } from './brief';
import type { TripStop } from './trip';

export const SHARE_PARAM = 'trip';
const FORMAT = 1;

export type SharedTrip = { name: string; brief: Brief; stops: TripStop[] };

const Tuple = z.tuple([
  z.literal(FORMAT),
  z.string().check(z.maxLength(120)),
  z.string(),
  z.string(),
  z.number(),
  z.int(),
  z.number(),
  z.int(),
  z.number(),
  z.number(),
  z.union([z.literal(0), z.tuple([z.number(), z.number(), z.number()])]),
  z.unknown(),
  z.unknown(),
  z.string(),
]);

const E5 = 1e5;
const endpointOut = (e: Endpoint) => (e.kind === 'site' ? `s:${e.id}` : [Math.round(e.lng * E5), Math.round(e.lat * E5), e.label]);
function endpointIn(raw: unknown): unknown {
  if (typeof raw === 'string') return raw.startsWith('s:') ? { kind: 'site', id: raw.slice(2) } : null;
  if (!Array.isArray(raw)) return null;
  const [lng, lat, label] = raw as unknown[];
  return { kind: 'point', lng: Number(lng) / E5, lat: Number(lat) / E5, label };
}

// Thai letters take 3 bytes in UTF-8; when a trip's text is only ASCII and Thai, its bytes are
// written as TIS-620 (one byte per Thai letter, U+0E01–U+0E5B → 0xA1–0xFB) and the code starts
// with '.', which base64url never uses. A JSON tuple's UTF-8 code always starts with 'W' ('[').
const THAI_FIRST = 0x0e01;
const THAI_LAST = 0x0e5b;
const TIS_OFFSET = 0x0e00 - 0xa0;
const TIS_MARK = '.';

const isTis = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= THAI_FIRST && c.charCodeAt(0) <= THAI_LAST));
const bytesOf = (text: string, tis: boolean) =>
  tis ? Uint8Array.from(text, (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : c.charCodeAt(0) - TIS_OFFSET)) : new TextEncoder().encode(text);
const base64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function toCode(text: string): string {
  const tis = isTis(text);
  return (tis ? TIS_MARK : '') + base64Url(bytesOf(text, tis));
}

function fromCode(code: string): string {
  const tis = code.startsWith(TIS_MARK);
  const bytes = Uint8Array.from(atob((tis ? code.slice(1) : code).replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  if (!tis) return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return String.fromCharCode(...[...bytes].map((b) => (b < 0x80 ? b : b + TIS_OFFSET)));
}

/**
 * @example `${location.origin}/?${SHARE_PARAM}=${encodeTrip(trip)}`
 */
export function encodeTrip(trip: SharedTrip): string {
  const b = trip.brief;
  const tuple = [
    FORMAT,
    trip.name,
    b.date.replace(/-/g, ''),
    b.startTime.replace(':', ''),
    b.budgetMinutes,
    GROUPS.indexOf(b.group),
    b.groupSize,
    b.subjects.reduce((bits, s) => bits | (1 << SUBJECTS.indexOf(s)), 0),
    b.stepFree ? 1 : 0,
    b.pace === undefined ? 0 : Math.round(b.pace * 10),
    b.buffers ? [b.buffers.perStop, b.buffers.start, b.buffers.end] : 0,
    endpointOut(b.start),
    endpointOut(b.end),
    trip.stops.map((s) => (s.locked ? `*${s.id}` : s.id)).join('.'),
  ];
  return toCode(JSON.stringify(tuple));
}

export type ShareProblem = { key: 'trip.share.unreadable' | 'trip.share.invalidBrief'; detail: string };
export type UnknownSite = { id: string; where: 'stop' | 'start' | 'end' };

/** A trip has at most as many stops as a walk: the same limit, the same message. */
export const TRIP_MAX_STOPS = WALK_MAX_STOPS;

export type DecodedTrip =
  | { ok: true; trip: SharedTrip; unknown: UnknownSite[]; tooMany: { n: number; max: number } | null }
  | { ok: false; problem: ShareProblem };

/**
 * Reads a link's code; stops whose sites are not in `siteIds` are left out and named in `unknown`
 * (an unknown start or end is named too and kept, for the teacher to replace).
 * @example const out = decodeTrip(params.get('trip') ?? '', siteIds); if (out.ok && out.unknown.length) warn(out.unknown);
 */
export function decodeTrip(code: string, siteIds: ReadonlySet<string>): DecodedTrip {
  let json: unknown;
  try {
    json = JSON.parse(fromCode(code));
  } catch (e) {
    return { ok: false, problem: { key: 'trip.share.unreadable', detail: e instanceof Error ? e.message : String(e) } };
  }
  const t = Tuple.safeParse(json);
  if (!t.success) return { ok: false, problem: { key: 'trip.share.unreadable', detail: t.error.issues[0]?.message ?? 'bad tuple' } };
  const [, name, date, time, budget, group, size, bits, stepFree, pace, buffers, start, end, stops] = t.data;
  const brief = Brief.safeParse({
    date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
    startTime: `${time.slice(0, 2)}:${time.slice(2)}`,
    budgetMinutes: budget,
    group: GROUPS[group],
    groupSize: size,
    subjects: SUBJECTS.filter((_, i) => bits & (1 << i)),
    start: endpointIn(start),
    end: endpointIn(end),
    stepFree: stepFree === 1,
    ...(pace > 0 ? { pace: pace / 10 } : {}),
    ...(buffers !== 0 ? { buffers: { perStop: buffers[0], start: buffers[1], end: buffers[2] } } : {}),
  });
  if (!brief.success) {
    const issue = brief.error.issues[0];
    return { ok: false, problem: { key: 'trip.share.invalidBrief', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid' } };
  }
  const unknown: UnknownSite[] = [];
  for (const which of ['start', 'end'] as const) {
    const e = brief.data[which];
    if (e.kind === 'site' && !siteIds.has(e.id)) unknown.push({ id: e.id, where: which });
  }
  const kept: TripStop[] = [];
  const seen = new Set<string>();
  for (const raw of stops.split('.').filter(Boolean)) {
    const stop = { id: raw.replace(/^\*/, ''), locked: raw.startsWith('*') };
    if (!siteIds.has(stop.id)) unknown.push({ id: stop.id, where: 'stop' });
    else if (!seen.has(stop.id)) kept.push(stop);
    seen.add(stop.id);
  }
  const tooMany = kept.length > TRIP_MAX_STOPS ? { n: kept.length, max: TRIP_MAX_STOPS } : null;
  return { ok: true, trip: { name, brief: brief.data, stops: kept.slice(0, TRIP_MAX_STOPS) }, unknown, tooMany };
}
