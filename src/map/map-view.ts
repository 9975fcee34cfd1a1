/**
 * The one place that talks to MapLibre. It is fed scenes (scene.ts: a base style and one overlay
 * per feed) and camera requests; it carries out what `plan` says changed (a source's new data is
 * one `setData`, a new base one style diff), and turns map events into plain callbacks.
 */
import { Map as MapLibreMap, AttributionControl, NavigationControl, Popup, ScaleControl, prewarm, setWorkerUrl, type IControl } from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASEMAP, CLUSTER_LAYER, SITES, SITE_LABEL_LAYER, SITE_LAYER, WATERWAY_HIT_LAYER } from './layers';
import { categoryFromIconId, drawCategoryIcon } from './icons';
import { MAP_BACKGROUND, iconId } from './symbols';
import { CATEGORIES, type Category } from '../domain/vocab';
import type { LngLat } from '../domain/types';
import { compose, plan, type Op, type Scene } from './scene';

setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's web workers now, so their script downloads and starts while React makes its
 * first render; the map, created at the end of that render, finds them ready.
 */
export function prewarmMap(): void {
  prewarm();
}

export type MapViewCallbacks = {
  onSelect: (selection: { type: 'site' | 'waterway'; id: string } | null) => void;
  onBasemapError: () => void;
  /** The container's `data-map-state` also says `idle`, for tests and benchmarks. */
  onIdle?: () => void;
  /** A map click while picking a point. */
  onPick?: (point: LngLat) => void;
};

/** Initial view: the city stretch of the canal. */
export const INITIAL_BOUNDS: [LngLat, LngLat] = [
  [98.955, 18.736],
  [99.012, 18.846],
];

/** The texts of MapLibre's own controls, in the app's language (MapLibre's string ids below). */
export type ControlStrings = { zoomIn: string; zoomOut: string; metres: string; kilometres: string; attribution: string; closePopup: string; map: string };

const MAPLIBRE_IDS: Readonly<Record<keyof ControlStrings, string>> = {
  zoomIn: 'NavigationControl.ZoomIn',
  zoomOut: 'NavigationControl.ZoomOut',
  metres: 'ScaleControl.Meters',
  kilometres: 'ScaleControl.Kilometers',
  attribution: 'AttributionControl.ToggleAttribution',
  closePopup: 'Popup.Close',
  map: 'Map.Title',
};

export class MapView {
  /** The MapLibre map, for features loaded later that move its camera (see follow-layers.ts). */
  readonly map: MapLibreMap;
  /** The scene the map shows, and one given while the style was still loading (drawn when it has). */
  private shown: Scene;
  private pending: Scene | null = null;
  private locale: 'th' | 'en' = 'th';
  private picking = false;
  /** The camera was placed (by the user, or on purpose: a selection, a route): no re-fit of the first view. */
  private placed = false;
  /** Pixels the sheet and notices hide at the bottom of the map (read-only outside this class). */
  bottomInset = 0;
  private picturing = false;
  private controls: IControl[] = [];
  private controlStrings: ControlStrings | null = null;
  private readonly hover = new Popup({ closeButton: false, closeOnClick: false, className: 'map-hover', offset: 14 });

  constructor(container: HTMLElement, scene: Scene, private readonly callbacks: MapViewCallbacks) {
    this.shown = scene;
    container.dataset.mapState = 'loading';
    container.style.background = MAP_BACKGROUND;
    this.map = new MapLibreMap({
      container,
      style: compose(scene),
      bounds: [INITIAL_BOUNDS[0] as [number, number], INITIAL_BOUNDS[1] as [number, number]],
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      maxBounds: [
        [98.75, 18.6],
        [99.2, 19.0],
      ],
      minZoom: 10,
      dragRotate: false,
      pitchWithRotate: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.addControls();

    // Category icons are there before the first tile asks for them, so its layout on the worker
    // does not wait for a round trip to this (busy) thread. They are drawn again on demand if a
    // style change drops them: MapLibre 6 awaits the resolver, where a `styleimagemissing` listener
    // would be too late for the current tiles.
    for (const category of CATEGORIES) this.addCategoryIcon(category);
    this.map.setMissingStyleImageResolver((id) => {
      const category = categoryFromIconId(id);
      if (category) this.addCategoryIcon(category);
    });
    this.map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === BASEMAP) {
        this.callbacks.onBasemapError();
        return;
      }
      console.error('[map]', e.error ?? e);
    });
    this.map.on('style.load', () => {
      const scene = this.pending;
      this.pending = null;
      if (scene) this.draw(scene, this.locale);
    });
    this.map.on('movestart', (e) => {
      container.dataset.mapState = 'moving';
      // A drag, a wheel or a pinch: the view is the user's now, and the cold-open fit leaves it be.
      if ((e as { originalEvent?: Event }).originalEvent) this.placed = true;
    });
    this.map.on('idle', () => {
      container.dataset.mapState = 'idle';
      this.callbacks.onIdle?.();
    });
    this.map.on('click', (e) => this.handleClick(e));
    for (const layer of [SITE_LAYER, SITE_LABEL_LAYER, WATERWAY_HIT_LAYER, CLUSTER_LAYER]) {
      this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = this.picking ? 'crosshair' : 'pointer'));
      this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = this.picking ? 'crosshair' : ''));
    }
    // Desktop hover label: the name in the current language, even where the label was decluttered.
    this.map.on('mousemove', SITE_LAYER, (e) => {
      const f = e.features?.[0];
      const name = f?.properties?.[`name_${this.locale}`];
      if (!f || typeof name !== 'string' || f.geometry.type !== 'Point') return;
      this.hover.setLngLat(f.geometry.coordinates as [number, number]).setText(name).addTo(this.map);
    });
    this.map.on('mouseleave', SITE_LAYER, () => this.hover.remove());
  }

  private addControls(): void {
    this.controls = [new NavigationControl({ showCompass: false }), new ScaleControl({ unit: 'metric' }), new AttributionControl({ compact: true })];
    const places = ['top-right', 'bottom-left', 'bottom-right'] as const;
    this.controls.forEach((control, i) => this.map.addControl(control, places[i]));
  }

  /**
   * MapLibre's controls in the app's language. MapLibre reads its strings (the `locale` table, a
   * documented Map option) when a control is built and has no setter, so the table is patched and
   * the controls are built again.
   */
  setControlStrings(strings: ControlStrings): void {
    const same = this.controlStrings && (Object.keys(strings) as (keyof ControlStrings)[]).every((k) => strings[k] === this.controlStrings?.[k]);
    if (same) return;
    this.controlStrings = strings;
    this.map._locale = { ...this.map._locale, ...Object.fromEntries(Object.entries(MAPLIBRE_IDS).map(([k, id]) => [id, strings[k as keyof ControlStrings]])) };
    for (const control of this.controls) this.map.removeControl(control);
    this.addControls();
  }

  private addCategoryIcon(category: Category): void {
    const id = iconId(category);
    if (this.map.hasImage(id)) return;
    const icon = drawCategoryIcon(category, Math.max(1, Math.ceil(window.devicePixelRatio || 1)));
    if (icon) this.map.addImage(id, icon, { pixelRatio: icon.pixelRatio });
  }

  private handleClick(e: { point: { x: number; y: number }; lngLat: { lng: number; lat: number } }): void {
    if (this.picking) {
      this.callbacks.onPick?.([e.lngLat.lng, e.lngLat.lat]);
      return;
    }
    const pad = 6;
    const box: [[number, number], [number, number]] = [
      [e.point.x - pad, e.point.y - pad],
      [e.point.x + pad, e.point.y + pad],
    ];
    const layers = [CLUSTER_LAYER, SITE_LAYER, SITE_LABEL_LAYER, WATERWAY_HIT_LAYER].filter((l) => this.map.getLayer(l));
    const hits = this.map.queryRenderedFeatures(box, { layers });
    const cluster = hits.find((f) => f.layer.id === CLUSTER_LAYER);
    if (cluster && cluster.geometry.type === 'Point') {
      const center = cluster.geometry.coordinates as [number, number];
      const source = this.map.getSource<GeoJSONSource>(SITES);
      void source?.getClusterExpansionZoom(Number(cluster.properties?.cluster_id)).then((zoom) => this.flyTo(center, zoom));
      return;
    }
    const site = hits.find((f) => f.layer.id === SITE_LAYER || f.layer.id === SITE_LABEL_LAYER);
    const hit = site ?? hits[0];
    const id = hit?.properties?.id;
    if (typeof id !== 'string') {
      this.callbacks.onSelect(null);
      return;
    }
    this.callbacks.onSelect({ type: hit === site ? 'site' : 'waterway', id });
  }

  /** While picking, a click reports its point instead of selecting. */
  setPicking(picking: boolean): void {
    this.picking = picking;
    this.map.getCanvas().style.cursor = picking ? 'crosshair' : '';
  }

  /**
   * Shows a scene: only what changed since the last one is sent to MapLibre (see `plan`); the same
   * scene twice is a no-op. Before the first style has loaded, the latest scene waits for it.
   */
  draw(scene: Scene, locale: 'th' | 'en'): void {
    this.locale = locale;
    if (!this.styleLoaded()) {
      this.pending = scene === this.shown ? null : scene;
      return;
    }
    this.pending = null;
    if (scene === this.shown) return;
    for (const op of plan(this.shown, scene)) this.run(op);
    this.shown = scene;
  }

  /** MapLibre refuses source and layer calls until its style has loaded (its `_loaded`, read here only). */
  private styleLoaded(): boolean {
    return (this.map.style as unknown as { _loaded?: boolean } | undefined)?._loaded === true;
  }

  private run(op: Op): void {
    const map = this.map;
    switch (op.op) {
      case 'style':
        map.setStyle(op.style, { diff: true });
        return;
      case 'removeLayer':
        if (map.getLayer(op.id)) map.removeLayer(op.id);
        return;
      case 'removeSource':
        if (map.getSource(op.id)) map.removeSource(op.id);
        return;
      case 'addSource':
        map.addSource(op.id, op.source);
        return;
      case 'setData':
        void map.getSource<GeoJSONSource>(op.id)?.setData(op.data as GeoJSON.GeoJSON | string);
        return;
      case 'addLayer':
        map.addLayer(op.layer, op.before);
        return;
      case 'state':
        map.setGlobalStateProperty(op.name, op.value);
    }
  }

  /**
   * How much of the map's bottom is covered (px): a phone's bottom sheet and the notices above it.
   * Kept as the map's padding, so every camera move (a site, a cluster, a route, the first view)
   * puts its target in the part that can be seen. Until the camera has been placed, the first
   * view is fitted again into what is left.
   */
  setBottomInset(px: number): void {
    const bottom = Math.max(0, Math.round(px));
    if (bottom === this.bottomInset) return;
    this.bottomInset = bottom;
    // A page-shaped picture is being taken: its padding is put back (with this value) when it is done.
    if (this.picturing) return;
    this.map.setPadding({ top: 0, left: 0, right: 0, bottom });
    if (!this.placed) this.map.fitBounds([INITIAL_BOUNDS[0] as [number, number], INITIAL_BOUNDS[1] as [number, number]], { padding: 24, duration: 0 });
  }

  /** Centres on a point, in the visible part of the map. */
  flyTo(center: LngLat, zoom?: number): void {
    this.placed = true;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const target = { center: [center[0], center[1]] as [number, number], zoom: zoom ?? Math.max(this.map.getZoom(), 15.5) };
    if (reduce) this.map.jumpTo(target);
    else this.map.easeTo({ ...target, duration: 600 });
  }

  /** Fits a box in the visible part of the map (room kept for the controls). */
  fitBounds(bounds: [LngLat, LngLat]): void {
    this.placed = true;
    this.map.fitBounds([bounds[0] as [number, number], bounds[1] as [number, number]], {
      padding: { top: 48, left: 40, right: 56, bottom: 40 },
      maxZoom: 17,
      duration: 0,
    });
  }

  /** A PNG of the map as drawn once everything has loaded (for the print view). */
  snapshot(): Promise<string> {
    return new Promise((resolve) => {
      this.map.once('idle', () => {
        this.map.once('render', () => resolve(withBackground(this.map.getCanvas())));
        this.map.triggerRepaint();
      });
      this.map.triggerRepaint();
    });
  }

  /**
   * A PNG of `bounds` drawn at `size` CSS pixels (a page's proportions, not the screen's): the map
   * is resized and fitted for the picture, then put back as it was.
   */
  snapshotOf(bounds: [LngLat, LngLat], size: { width: number; height: number }): Promise<string> {
    // One at a time: a second call while the map is resized for the first would keep its size.
    const run = this.sizing.then(() => this.sizedSnapshot(bounds, size));
    this.sizing = run.catch(() => undefined);
    return run;
  }

  private sizing: Promise<unknown> = Promise.resolve();

  private async sizedSnapshot(bounds: [LngLat, LngLat], size: { width: number; height: number }): Promise<string> {
    const container = this.map.getContainer();
    const before = { width: container.style.width, height: container.style.height, center: this.map.getCenter(), zoom: this.map.getZoom() };
    container.style.width = `${size.width}px`;
    container.style.height = `${size.height}px`;
    // The page has no sheet over it: the picture uses all of it.
    this.picturing = true;
    this.map.setPadding({ top: 0, left: 0, right: 0, bottom: 0 });
    this.map.resize();
    this.map.fitBounds([bounds[0] as [number, number], bounds[1] as [number, number]], { padding: 32, duration: 0 });
    try {
      return await this.snapshot();
    } finally {
      container.style.width = before.width;
      container.style.height = before.height;
      this.map.resize();
      this.picturing = false;
      this.map.setPadding({ top: 0, left: 0, right: 0, bottom: this.bottomInset });
      this.map.jumpTo({ center: before.center, zoom: before.zoom });
    }
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}

/** The map canvas as a PNG on the land colour (the canvas itself is transparent where no layer draws). */
function withBackground(map: HTMLCanvasElement): string {
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height;
  const ctx = out.getContext('2d');
  if (!ctx) return map.toDataURL('image/png');
  ctx.fillStyle = MAP_BACKGROUND;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  return out.toDataURL('image/png');
}
