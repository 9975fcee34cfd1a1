import { memo, useLayoutEffect, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { MapView } from '../map/map-view';
import { useAppStore, useAppStoreApi } from '../store';
import { useMapScene } from './map-scene';
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

function MapCanvas() {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | null>(null);
  const store = useAppStoreApi();
  const picking = useAppStore((s) => s.picking);
  // What the map draws (see map-scene.ts), and what its camera and print picture follow.
  const { scene, locale, selection, sites, waterways, route: overlay, coverage: coverageResult, follow } = useMapScene();
  const [failure, setFailure] = useState<Error | null>(null);

  // Created in the first commit, before the panel's contents render (see App), so the map's worker
  // starts loading the data as early as possible.
  useLayoutEffect(() => {
    if (!container.current) return;
    try {
      view.current = new MapView(container.current, scene, {
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
    // The map is created once; later scenes arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.draw(scene, locale);
  }, [scene, locale]);

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

  // The map's side of printing (the store runs the round trip, store/ui-slice.ts): a picture of what
  // is drawn when printing starts. The coverage report frames the canal and the moat; a walk or a
  // trip its route; else the map as it is. (The coverage is there only while a tab draws it.)
  const printScene = useRef({ overlay, coverageResult, waterways });
  printScene.current = { overlay, coverageResult, waterways };
  useEffect(() => {
    const current = view.current;
    if (!current) return;
    store.getState().setMapCamera({
      picture: () => {
        const scene = printScene.current;
        const measured = new Set(scene.waterways.filter((w) => w.properties.kind === 'main-stem' || w.properties.kind === 'moat').map((w) => w.properties.id));
        const boxes = {
          report: scene.coverageResult ? boundsOf([scene.coverageResult.samples.filter((s) => measured.has(s.waterway)).map((s) => s.point)]) : null,
          route: scene.overlay ? boundsOf(scene.overlay.legs) : null,
        };
        return import('../map/print-picture').then((m) => m.printPicture(current, boxes));
      },
    });
    return () => store.getState().setMapCamera(null);
  }, [store]);

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

/** Memoised: it has no props, and App's renders (a tab switch) give the map nothing new. */
export const MapPanel = memo(function MapPanel() {
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
});
