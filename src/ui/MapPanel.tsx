import { useDeferredValue, useLayoutEffect, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import thaiFont from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2?url';
import latinFont from '@fontsource/noto-sans-thai/files/noto-sans-thai-latin-400-normal.woff2?url';
import { MapView } from '../map/map-view';
import { buildStyle, type FontFiles, type FeatureLayers } from '../map/style';
import { FONT } from '../map/layers';
import { useAppStore, useAppStoreApi } from '../store';
import { selectVisibleSites, selectVisibleWaterways } from '../store/selectors';
import { DATA_URLS, type DataUrls } from '../data/urls';
import { MODES } from './modes';


/** Loads a feature's selectors module the first time its tab opens. */
function useLazyModule<M>(active: boolean, load: () => Promise<M>): M | null {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    if (!active || module) return;
    let live = true;
    void load().then((m) => live && setModule(() => m));
    return () => {
      live = false;
    };
  }, [active, module, load]);
  return module;
}
type CoverageLayers = typeof import('../map/coverage-layers');
/** The value a loader gives, once it has given it; null while it loads, and when there is no loader. */
function useLazyValue<V>(load: (() => Promise<V>) | undefined): V | null {
  const [got, setGot] = useState<{ load: () => Promise<V>; value: V } | null>(null);
  useEffect(() => {
    if (!load || got?.load === load) return;
    let live = true;
    void load().then((value) => live && setGot({ load, value }));
    return () => {
      live = false;
    };
  }, [load, got]);
  return got && got.load === load ? got.value : null;
}
const loadCoverageLayers = () => import('../map/coverage-layers');
type FollowLayers = typeof import('../map/follow-layers');
const loadFollowLayers = () => import('../map/follow-layers');
import type { LngLat } from '../domain/types';

/** The bounding box of some lines, or null when they are empty. */
function boundsOf(lines: readonly (readonly LngLat[])[]): [LngLat, LngLat] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of lines) {
    for (const [lng, lat] of line) {
      w = Math.min(w, lng);
      e = Math.max(e, lng);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
    }
  }
  return w === Infinity ? null : [[w, s], [e, n]];
}

/**
 * How much of the map's bottom edge is hidden (px): on a phone by the bottom sheet, and by the
 * notices stacked above it. Elements beside the map (the desktop side panel) hide nothing.
 */
function hiddenBottom(map: HTMLElement): number {
  const box = map.getBoundingClientRect();
  let top = box.bottom;
  for (const el of document.querySelectorAll<HTMLElement>('.panel, .toasts > *')) {
    const r = el.getBoundingClientRect();
    const over = r.height > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
    if (over) top = Math.min(top, r.top);
  }
  return Math.max(0, box.bottom - top);
}

const absolute = (url: string): string => new URL(url, document.baseURI).href;

function MapCanvas() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | null>(null);
  const store = useAppStoreApi();
  const locale = useAppStore((s) => s.locale);
  const basemap = useAppStore((s) => s.basemap);
  const selection = useAppStore((s) => s.selection);
  const sites = useAppStore(selectVisibleSites);
  const waterways = useAppStore(selectVisibleWaterways);
  const origin = useAppStore((s) => s.origin);
  const picking = useAppStore((s) => s.picking);
  // The map follows a tab switch in a deferred render, so the tab itself answers at once.
  const panel = useDeferredValue(useAppStore((s) => s.panel));
  const mode = MODES[panel];
  // The route of the open tab (a walk, a field trip), as its mode's entry says. The router loads
  // with the tabs that route, not with the map.
  const selectRoute = useLazyValue(mode.route);
  const overlay = useAppStore((s) => (selectRoute ? selectRoute(s) : null));
  // The coverage comes from the worker, through the store (see store/coverage-run.ts).
  const coverageResult = useAppStore((s) => (mode.coverage ? (s.coverage?.coverage ?? null) : null));
  const candidates = useAppStore((s) => s.candidates);
  const suggestions = useAppStore((s) => s.suggestions);
  // The coverage layers load with the Research tab (layers as data, handed to the style).
  const coverageLayers = useLazyModule<CoverageLayers>(mode.coverage === true, loadCoverageLayers);
  const research = useMemo<FeatureLayers | null>(() => {
    if (!coverageResult || !coverageLayers) return null;
    const overlay = {
      segments: coverageLayers.coverageSegments(coverageResult),
      threshold: coverageResult.options.threshold,
      whatIf: [
        ...candidates.map((c, i) => ({ id: c.id, point: c.point, kind: 'candidate' as const, n: i + 1 })),
        ...suggestions.map((x, i) => ({ id: `suggestion-${i}`, point: x.point, kind: 'suggestion' as const, n: i + 1 })),
      ],
    };
    return coverageLayers.researchLayers(overlay, FONT);
  }, [coverageResult, candidates, suggestions, coverageLayers]);
  const printStatus = useAppStore((s) => s.print.status);
  // A walk being followed: the route walked and ahead, the walker, and what the camera keeps in view.
  const followed = useAppStore((s) => s.follow ?? null);
  const followModule = useLazyModule<FollowLayers>(followed !== null, loadFollowLayers);
  const follow = useMemo(() => (followed && followModule ? followModule.followLayers(followed) : null), [followed, followModule]);
  const fonts = useMemo<FontFiles>(() => ({ thai: absolute(thaiFont), latin: absolute(latinFont) }), []);
  const dataUrls = useMemo<DataUrls>(
    () => ({ network: absolute(DATA_URLS.network), oldCity: absolute(DATA_URLS.oldCity), places: absolute(DATA_URLS.places) }),
    [],
  );
  const style = useMemo(
    () => buildStyle({ locale, basemap, sites, waterways, selection, fonts, data: dataUrls, origin, walk: overlay, research, follow: follow?.layers }),
    [locale, basemap, sites, waterways, selection, fonts, dataUrls, origin, overlay, research, follow],
  );
  const [failure, setFailure] = useState<Error | null>(null);

  // Created in the first commit, before the panel's contents render (see App), so the map's worker
  // starts loading the data as early as possible.
  useLayoutEffect(() => {
    if (!container.current) return;
    try {
      view.current = new MapView(container.current, style, {
        onSelect: (sel) => store.getState().select(sel),
        onIdle: () => store.getState().setMapReady(),
        onPick: (point) => store.getState().pickAt(point),
        onBasemapError: () => store.getState().pushNotice({ id: 'basemap-failed', key: 'settings.basemapFailed' }),
      });
    } catch (error) {
      // No WebGL (or MapLibre refused to start): keep the rest of the app, say why.
      store.getState().setMapReady();
      queueMicrotask(() => setFailure(error as Error));
      return;
    }
    const map = container.current;
    const observer = new ResizeObserver(() => view.current?.resize());
    observer.observe(map);
    // The sheet's snaps (its height animates: each frame is a resize) and the notices change what
    // part of the map can be seen.
    const inset = () => view.current?.setBottomInset(hiddenBottom(map));
    const covers = new ResizeObserver(inset);
    for (const el of document.querySelectorAll('.panel, .toasts')) covers.observe(el);
    const notices = new MutationObserver(inset);
    const toasts = document.querySelector('.toasts');
    if (toasts) notices.observe(toasts, { childList: true, subtree: true });
    inset();
    return () => {
      observer.disconnect();
      covers.disconnect();
      notices.disconnect();
      view.current?.destroy();
      view.current = null;
    };
    // The map is created once; later styles arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.setStyle(style, locale);
  }, [style, locale]);

  // MapLibre's zoom buttons, scale units and attribution button speak the app's language.
  useEffect(() => {
    view.current?.setControlStrings({
      zoomIn: t('map.controls.zoomIn'),
      zoomOut: t('map.controls.zoomOut'),
      metres: t('map.controls.metres'),
      kilometres: t('map.controls.kilometres'),
      attribution: t('map.controls.attribution'),
      closePopup: t('map.controls.closePopup'),
      map: t('map.label'),
    });
  }, [t, locale]);

  useEffect(() => {
    view.current?.setPicking(picking !== null);
    if (picking === null) return;
    const cancel = (e: KeyboardEvent) => {
      if (e.key === 'Escape') store.getState().setPicking(null);
    };
    window.addEventListener('keydown', cancel);
    return () => window.removeEventListener('keydown', cancel);
  }, [picking, store]);

  // A new route comes into view whole.
  useEffect(() => {
    const box = overlay ? boundsOf(overlay.legs) : null;
    if (box) view.current?.fitBounds(box);
  }, [overlay]);

  useEffect(() => {
    if (follow && view.current) follow.reveal(view.current);
  }, [follow]);

  // What the print picture shows, read when printing starts (not followed while it is taken).
  // (The coverage is there only while a tab that draws it is open.)
  const printScene = useRef({ overlay, coverageResult, waterways });
  printScene.current = { overlay, coverageResult, waterways };
  useEffect(() => {
    if (printStatus !== 'preparing') return;
    const current = view.current;
    const done = (image: string | null) => live && store.getState().setPrintImage(image);
    let live = true;
    const scene = printScene.current;
    // The coverage report: the canal and the moat; a walk or a trip: its route.
    const measured = new Set(scene.waterways.filter((w) => w.properties.kind === 'main-stem' || w.properties.kind === 'moat').map((w) => w.properties.id));
    const boxes = {
      report: scene.coverageResult ? boundsOf([scene.coverageResult.samples.filter((s) => measured.has(s.waterway)).map((s) => s.point)]) : null,
      route: scene.overlay ? boundsOf(scene.overlay.legs) : null,
    };
    if (!current) done(null);
    else
      import('../map/print-picture')
        .then((m) => m.printPicture(current, boxes))
        .then(done, (error: unknown) => {
          // A document without its map still prints (its text holds every figure).
          console.warn('[print] the map picture failed', error);
          done(null);
        });
    return () => {
      live = false;
    };
  }, [printStatus, store]);

  useEffect(() => {
    if (selection?.type !== 'site') return;
    const site = sites.find((s) => s.properties.id === selection.id);
    if (!site) return;
    // In the part of the map the sheet and notices leave visible (the map's padding).
    view.current?.flyTo(site.geometry.coordinates);
  }, [selection, sites]);

  if (failure) throw failure;
  return <div ref={container} className="map" role="region" aria-label={t('map.label')} data-testid="map" />;
}

export function MapPanel() {
  const { t } = useTranslation();
  return (
    // Keeps the list usable when WebGL or MapLibre fails.
    <ErrorBoundary
      part="map"
      fallback={(reason) => (
        <div className="map map--failed" role="alert">
          <p>{t('map.failed', { reason })}</p>
        </div>
      )}
    >
      <MapCanvas />
    </ErrorBoundary>
  );
}
