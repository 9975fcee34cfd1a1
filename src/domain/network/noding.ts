/**
 * Noding: lines in, nodes and edges out. A node sits at every line end and at every vertex that
 * two or more lines share (or one line visits twice); an edge is a maximal run between nodes.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLat } from '../types';
import { edgeInfoOf } from './edge-info';
import type { EdgeInfo } from './types';
import { gridOf, VertexTable } from './vertex-table';

export type RawEdge = { from: number; to: number; geometry: LngLat[]; info: EdgeInfo };
export type Noded = { lng: number[]; lat: number[]; edges: RawEdge[]; skipped: number };

type Part = { coords: readonly (readonly number[])[]; info: EdgeInfo };

const validPosition = (p: unknown): p is readonly number[] =>
  Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function partsOf(input: FeatureCollection | readonly Feature[]): { parts: Part[]; skipped: number } {
  const features = Array.isArray(input) ? (input as readonly Feature[]) : (input as FeatureCollection).features;
  const parts: Part[] = [];
  let skipped = 0;
  features.forEach((f, index) => {
    const g = f?.geometry;
    const lines = g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : null;
    if (!lines) return void skipped++;
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const id = typeof props.id === 'string' ? props.id : f.id !== undefined ? String(f.id) : `import-${index}`;
    const info = edgeInfoOf(props, id);
    for (const coords of lines) {
      let valid = coords.length >= 2;
      for (let i = 0; valid && i < coords.length; i++) valid = validPosition(coords[i]);
      if (valid) parts.push({ coords, info });
      else skipped++;
    }
  });
  return { parts, skipped };
}

/**
 * Nodes and edges of a line collection; features that are not (valid) lines are counted in `skipped`.
 * @example nodeLines([plus]) // two lines crossing at a shared vertex: 5 nodes, 4 edges
 */
export function nodeLines(input: FeatureCollection | readonly Feature[]): Noded {
  const { parts, skipped } = partsOf(input);
  let total = 0;
  for (const p of parts) total += p.coords.length;
  const table = new VertexTable(total);
  const vertexOf = new Int32Array(total);
  const uses = new Int32Array(total);
  const isEnd = new Uint8Array(total);
  let k = 0;
  for (const { coords } of parts) {
    let previous = -1;
    for (let i = 0; i < coords.length; i++, k++) {
      const c = coords[i] as readonly number[];
      const v = table.id(gridOf(c[0] as number), gridOf(c[1] as number));
      vertexOf[k] = v;
      if (v !== previous) uses[v] = (uses[v] as number) + 1;
      previous = v;
    }
    isEnd[vertexOf[k - coords.length] as number] = 1;
    isEnd[vertexOf[k - 1] as number] = 1;
  }

  const nodeOf = new Int32Array(table.size).fill(-1);
  const lng: number[] = [];
  const lat: number[] = [];
  /** One position tuple per node, shared by the ends of all its edges (fewer allocations). */
  const pos: LngLat[] = [];
  const node = (v: number, c: readonly number[]): number => {
    if (nodeOf[v] === -1) {
      nodeOf[v] = lng.length;
      lng.push(c[0] as number);
      lat.push(c[1] as number);
      pos.push([c[0] as number, c[1] as number]);
    }
    return nodeOf[v] as number;
  };
  // An input position is reused as it is when it is a plain pair (the input is never modified).
  const point = (c: readonly number[]): LngLat => (c.length === 2 ? (c as unknown as LngLat) : [c[0] as number, c[1] as number]);
  const edges: RawEdge[] = [];
  k = 0;
  for (const { coords, info } of parts) {
    const first = coords[0] as readonly number[];
    let from = node(vertexOf[k] as number, first);
    let geometry: LngLat[] = [pos[from] as LngLat];
    let previous = vertexOf[k] as number;
    k++;
    for (let i = 1; i < coords.length; i++, k++) {
      const v = vertexOf[k] as number;
      if (v === previous) continue;
      previous = v;
      const c = coords[i] as readonly number[];
      if (!isEnd[v] && (uses[v] as number) < 2) {
        geometry.push(point(c));
        continue;
      }
      const to = node(v, c);
      geometry.push(pos[to] as LngLat);
      edges.push({ from, to, geometry, info });
      from = to;
      geometry = [pos[to] as LngLat];
    }
  }
  return { lng, lat, edges, skipped };
}
