/**
 * Small helpers the data build scripts share: reading the OSM centreline, rounding positions and
 * writing GeoJSON with each position on one line.
 */
import { readFileSync } from 'node:fs';

/** Attribution for anything taken from OpenStreetMap. */
export const OSM = 'OpenStreetMap (© OpenStreetMap contributors, ODbL)';

/** Reads a `lon<TAB>lat` centreline file, skipping comments and the header. */
export function readCenterline(path) {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('lon'))
    .map((l) => {
      const [lon, lat] = l.split('\t').map(Number);
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new Error(`bad centreline row: ${l}`);
      return [lon, lat];
    });
}

/** Rounds a [lon, lat] pair to `decimals` (6: about 0.1 m; 7: about 1 cm). */
export const roundPosition = ([lon, lat], decimals = 6) => [Number(lon.toFixed(decimals)), Number(lat.toFixed(decimals))];

/** 2-space JSON with each [lon, lat] pair kept on one line, and a final newline. */
export const toJson = (value) =>
  `${JSON.stringify(value, null, 2).replace(/\[\s+(-?\d+(?:\.\d+)?),\s+(-?\d+(?:\.\d+)?)\s+\]/g, '[$1, $2]')}\n`;
