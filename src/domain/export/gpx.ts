/** A walk as GPX 1.1 (https://www.topografix.com/GPX/1/1/), for GPS apps and GIS tools. */
import type { Route } from '../network/types';
import type { LngLat } from '../types';
import { routeLine, stopsInWalkOrder, type ExportStop } from './stops';
import { xmlEscape } from './xml';

export type GpxMeta = { name: string; description?: string; time?: Date };

const CREATOR = 'Mae Kha Learning Map';

const position = ([lng, lat]: LngLat) => `lat="${lat.toFixed(7)}" lon="${lng.toFixed(7)}"`;

/**
 * The walk as a GPX 1.1 document: a waypoint per stop in walk order, then one track whose single
 * segment is the whole line. Names are already in the reader's language. The leg geometry carries
 * the full line, so no graph is needed.
 * @example routeToGpx(route, [{ id: 'wat-a', name: 'วัดพันอ้น', point: [98.99, 18.78] }], { name: 'Canal walk' })
 */
export function routeToGpx(route: Route, stops: readonly ExportStop<string>[], meta: GpxMeta): string {
  const desc = meta.description ? `<desc>${xmlEscape(meta.description)}</desc>` : '';
  const time = meta.time ? `<time>${meta.time.toISOString()}</time>` : '';
  const waypoints = stopsInWalkOrder(route, stops).map(
    (stop) => `  <wpt ${position(stop.point)}><name>${xmlEscape(stop.name)}</name></wpt>`,
  );
  const points = routeLine(route).map((p) => `      <trkpt ${position(p)}/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gpx version="1.1" creator="${CREATOR}" xmlns="http://www.topografix.com/GPX/1/1">`,
    `  <metadata><name>${xmlEscape(meta.name)}</name>${desc}${time}</metadata>`,
    ...waypoints,
    `  <trk><name>${xmlEscape(meta.name)}</name>${desc}`,
    '    <trkseg>',
    ...points,
    '    </trkseg>',
    '  </trk>',
    '</gpx>',
    '',
  ].join('\n');
}
