/**
 * One imported line part checked and cleaned: positions must be numbers in WGS84 inside Thailand,
 * repeated consecutive positions are dropped, and lines that retrace one of their own segments
 * (digitising junk) or lie wholly outside the study area are refused with a named reason.
 */
import { locate } from './coordinates';
import type { ImportIssueKey, IssueValues } from './issues';

/** Positions as plain [lng, lat] pairs (a GeoJSON geometry's own type). */
export type CleanLine = { ok: true; line: [number, number][]; outside: boolean } | { ok: false; key: ImportIssueKey; values: IssueValues };

const grid = (v: number): number => Math.round(v * 1e7);
const refuse = (key: ImportIssueKey, values: IssueValues = {}): CleanLine => ({ ok: false, key, values });

const REASONS = {
  utm: 'import.issue.utm',
  swapped: 'import.issue.swapped',
  latOutOfRange: 'import.issue.latOutOfRange',
  lonOutOfRange: 'import.issue.lonOutOfRange',
  outsideThailand: 'import.issue.outsideThailand',
} as const;

/** A position as [lng, lat], or the reason it is not one (`position` in values is 1-based, for people). */
function positionOf(p: unknown, index: number): { ok: true; point: [number, number]; outside: boolean } | { ok: false; key: ImportIssueKey; values: IssueValues } {
  if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return { ok: false, key: 'import.issue.badPosition', values: { position: index + 1, value: JSON.stringify(p)?.slice(0, 60) ?? String(p) } };
  }
  const [lon, lat] = p as [number, number];
  const where = locate(lat, lon);
  if (where.kind === 'inside' || where.kind === 'outsideStudyArea') {
    return { ok: true, point: [lon, lat], outside: where.kind === 'outsideStudyArea' };
  }
  const values: IssueValues = where.kind === 'utm' ? { x: lon, y: lat } : where.kind === 'latOutOfRange' ? { value: lat } : where.kind === 'lonOutOfRange' ? { value: lon } : { lat, lon };
  return { ok: false, key: REASONS[where.kind], values };
}

/**
 * A clean copy of a line's positions.
 * @example cleanLine([[98.99, 18.78], [98.99, 18.78], [98.991, 18.78]]) // { ok: true, line: [[98.99, 18.78], [98.991, 18.78]], outside: false }
 */
export function cleanLine(coords: unknown): CleanLine {
  if (!Array.isArray(coords)) return refuse('import.issue.badCoordinates', { value: String(coords).slice(0, 60) });
  if (coords.length < 2) return refuse('import.issue.tooFewPositions', { count: coords.length });
  const line: [number, number][] = [];
  const segments = new Set<string>();
  let outside = true;
  let previous = '';
  for (let i = 0; i < coords.length; i++) {
    const p = positionOf(coords[i], i);
    if (!p.ok) return p;
    outside &&= p.outside;
    const key = `${grid(p.point[0])},${grid(p.point[1])}`;
    if (key === previous) continue;
    if (previous !== '') {
      const segment = key < previous ? `${key}|${previous}` : `${previous}|${key}`;
      if (segments.has(segment)) return refuse('import.issue.selfOverlap', { position: i + 1 });
      segments.add(segment);
    }
    previous = key;
    line.push(p.point);
  }
  if (line.length < 2) return refuse('import.issue.zeroLength');
  return { ok: true, line, outside };
}
