/**
 * What the map draws, as data: a base style (the language and the basemap) and overlays, each one
 * a set of GeoJSON sources and the layers that draw them. `compose` turns a scene into a MapLibre
 * style; `plan` says what changed between two scenes as the fewest MapLibre calls: new data for a
 * source is one `setData`, and the whole style is set again only when the base changed.
 *
 * Pure (no MapLibre at run time): the adapter (map-view.ts) carries the operations out.
 */
import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/** Places in the base style's layer list where overlays draw (lowest first). */
export const SLOTS = ['water', 'lines', 'sites', 'points'] as const;
export type Slot = (typeof SLOTS)[number];

/** A base style whose layer list marks where each slot's overlays go. */
export type Base = Omit<StyleSpecification, 'layers' | 'state'> & { layers: (LayerSpecification | { slot: Slot })[] };

/** One thing drawn from the app's data: its sources (data included) and its layers, by slot. */
export type Overlay = {
  sources: Record<string, GeoJSONSourceSpecification>;
  layers: Partial<Record<Slot, LayerSpecification[]>>;
};

/**
 * Overlays in drawing order within a slot. (A route and the research colours are never drawn
 * together: they belong to different tabs.)
 */
export const OVERLAYS = ['waterways', 'sites', 'research', 'route', 'origin', 'follow'] as const;
export type OverlayId = (typeof OVERLAYS)[number];

/** Values that layers read with `['global-state', name]` (the selection): changed without touching a source. */
export type MapState = Readonly<Record<string, string>>;

export type Scene = {
  base: Base;
  overlays: Partial<Record<OverlayId, Overlay | null>>;
  state: MapState;
};

export type Op =
  | { op: 'style'; style: StyleSpecification }
  | { op: 'removeLayer'; id: string }
  | { op: 'removeSource'; id: string }
  | { op: 'addSource'; id: string; source: GeoJSONSourceSpecification }
  | { op: 'setData'; id: string; data: GeoJSONSourceSpecification['data'] }
  | { op: 'addLayer'; layer: LayerSpecification; before?: string }
  | { op: 'state'; name: string; value: string };

const present = (scene: Scene): Overlay[] => OVERLAYS.flatMap((id) => scene.overlays[id] ?? []);

/** Every layer of the scene in drawing order: the base's, with each slot's overlays in its place. */
export function layersOf(scene: Scene): LayerSpecification[] {
  const overlays = present(scene);
  return scene.base.layers.flatMap((l) => ('slot' in l ? overlays.flatMap((o) => o.layers[l.slot] ?? []) : [l]));
}

function sourcesOf(scene: Scene): Record<string, GeoJSONSourceSpecification> {
  return Object.assign({}, ...present(scene).map((o) => o.sources)) as Record<string, GeoJSONSourceSpecification>;
}

/** The MapLibre style of a scene; its global state's defaults are the scene's values. */
export function compose(scene: Scene): StyleSpecification {
  return {
    ...scene.base,
    sources: { ...scene.base.sources, ...sourcesOf(scene) },
    layers: layersOf(scene),
    state: Object.fromEntries(Object.entries(scene.state).map(([name, value]) => [name, { default: value }])),
  };
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const withoutData = ({ data: _data, ...rest }: GeoJSONSourceSpecification) => rest;

/**
 * The MapLibre calls that take the map from `prev` to `next`. A new base sets the whole style (by
 * diff); otherwise sources whose data object changed get `setData`, and only layers that came,
 * went or changed are removed and added (each before the layer that follows it in `next`).
 */
export function plan(prev: Scene, next: Scene): Op[] {
  if (prev.base !== next.base) return [{ op: 'style', style: compose(next) }];
  const ops: Op[] = [];
  const [before, after] = [sourcesOf(prev), sourcesOf(next)];
  // A source whose options (not its data) changed is added again, and so are its layers.
  const rebuilt = new Set(Object.keys(before).filter((id) => after[id] && !same(withoutData(before[id]!), withoutData(after[id]!))));
  const oldLayers = new Map(layersOf(prev).map((l) => [l.id, l]));
  const newLayers = layersOf(next);
  const keep = new Set(
    newLayers
      .filter((l) => {
        const old = oldLayers.get(l.id);
        return old && same(old, l) && !rebuilt.has((l as { source?: string }).source ?? '');
      })
      .map((l) => l.id),
  );
  for (const id of oldLayers.keys()) if (!keep.has(id)) ops.push({ op: 'removeLayer', id });
  for (const id of Object.keys(before)) if (!after[id] || rebuilt.has(id)) ops.push({ op: 'removeSource', id });
  for (const [id, source] of Object.entries(after)) {
    if (!before[id] || rebuilt.has(id)) ops.push({ op: 'addSource', id, source });
    else if (before[id].data !== source.data) ops.push({ op: 'setData', id, data: source.data });
  }
  // Added last to first, so the layer each goes before is already there.
  for (let i = newLayers.length - 1; i >= 0; i--) {
    const layer = newLayers[i]!;
    if (!keep.has(layer.id)) ops.push({ op: 'addLayer', layer, before: newLayers[i + 1]?.id });
  }
  for (const [name, value] of Object.entries(next.state)) if (prev.state[name] !== value) ops.push({ op: 'state', name, value });
  return ops;
}
