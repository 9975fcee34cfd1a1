/**
 * Edge attributes from any line feature: the project's own `PathProperties` are taken as they are,
 * an OpenStreetMap export's tags are mapped, and anything missing gets a cautious default.
 */
import { BANKS, PATH_KINDS, SHADES, type Bank, type Localized, type PathKind, type Shade } from '../schema';
import type { EdgeInfo } from './types';

type Props = Record<string, unknown>;

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** OSM `highway` values that are walkways rather than streets. */
const OSM_PATHS = new Set(['footway', 'path', 'pedestrian', 'living_street', 'track', 'corridor']);

function kindOf(p: Props): PathKind {
  if (isOneOf(PATH_KINDS, p.kind)) return p.kind;
  if (p.highway === 'steps') return 'steps';
  if (text(p.bridge) !== undefined && p.bridge !== 'no') return 'bridge';
  if (typeof p.highway === 'string' && OSM_PATHS.has(p.highway)) return 'path';
  return 'street';
}

function nameOf(p: Props): Localized | undefined {
  const own = p.name as { th?: unknown; en?: unknown } | undefined;
  if (own && typeof own === 'object' && text(own.th) && text(own.en)) return { th: text(own.th) as string, en: text(own.en) as string };
  const plain = text(p.name);
  const th = text(p['name:th']) ?? plain ?? text(p['name:en']);
  const en = text(p['name:en']) ?? plain ?? text(p['name:th']);
  return th && en ? { th, en } : undefined;
}

function besideOf(p: Props): { waterway: string; bank?: Bank } | undefined {
  const b = p.beside as { waterway?: unknown; bank?: unknown } | undefined;
  if (!b || typeof b !== 'object') return undefined;
  const waterway = text(b.waterway);
  if (!waterway) return undefined;
  return isOneOf(BANKS, b.bank) ? { waterway, bank: b.bank } : { waterway };
}

/**
 * The router's view of one feature's properties.
 * @example edgeInfoOf({ highway: 'steps', name: 'Soi 1' }, 'import-3')
 * // { featureId: 'import-3', kind: 'steps', stepFree: false, shade: 'none', lit: false, name: { th: 'Soi 1', en: 'Soi 1' } }
 */
export function edgeInfoOf(properties: unknown, featureId: string): EdgeInfo {
  const p: Props = properties && typeof properties === 'object' ? (properties as Props) : {};
  const kind = kindOf(p);
  const stepFree = kind !== 'steps' && (typeof p.stepFree === 'boolean' ? p.stepFree : p.wheelchair !== 'no');
  const shade: Shade = isOneOf(SHADES, p.shade) ? p.shade : 'none';
  const lit = typeof p.lit === 'boolean' ? p.lit : p.lit === 'yes';
  const info: EdgeInfo = { featureId, kind, stepFree, shade, lit };
  if (p.approximate === true) info.approximate = true;
  const name = nameOf(p);
  const beside = besideOf(p);
  const crosses = text(p.crosses);
  if (name) info.name = name;
  if (beside) info.beside = beside;
  if (crosses) info.crosses = crosses;
  return Object.freeze(info);
}
