/**
 * The map's feeds: each overlay of the scene (map/scene.ts) read from its own selector and built
 * by its own pure function, memoised on that value alone. The adapter compares what it is given
 * with what it shows, so a source gets new data only when its selector's value changed, and the
 * style is set again only when the language or the basemap did.
 *
 * Adding an overlay: its id in OVERLAYS (map/scene.ts, in drawing order), a function in map/ that
 * builds it from plain values, and one feed here.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import thaiFont from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2?url';
import latinFont from '@fontsource/noto-sans-thai/files/noto-sans-thai-latin-400-normal.woff2?url';
import type { Locale } from '../domain/schema';
import { toMapSites, toMapWaterways } from '../map/features';
import { FONT } from '../map/layers';
import type { Overlay, Scene } from '../map/scene';
import { baseStyle, originOverlay, routeOverlay, selectionState, sitesOverlay, waterwaysOverlay } from '../map/style';
import { DATA_URLS } from '../data/urls';
import { useAppStore } from '../store';
import { selectVisibleSites, selectVisibleWaterways } from '../store/selectors';
import { MODES } from './modes';
import { runsCoverage } from '../store/mode-links';

/** The value a loader gives, once it has given it; null while it loads, and when there is no loader. */
export function useLazyValue<V>(load: (() => Promise<V>) | undefined): V | null {
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

// Modules that load with the feature that needs them, not with the map.
const loadCoverageLayers = () => import('../map/coverage-layers');
const loadFollowLayers = () => import('../map/follow-layers');

const absolute = (url: string): string => new URL(url, document.baseURI).href;
const FONTS = { thai: thaiFont, latin: latinFont };

/** An overlay built from a value, again only when the value or the language changes; none without a value. */
function useOverlay<V>(value: V | null | undefined, draw: (value: V, locale: Locale) => Overlay | null, locale: Locale): Overlay | null {
  return useMemo(() => (value == null ? null : draw(value, locale)), [value, draw, locale]);
}

/** The scene the map draws now, and the values the map's camera and print picture follow. */
export function useMapScene() {
  const locale = useAppStore((s) => s.locale);
  const basemap = useAppStore((s) => s.basemap);
  const selection = useAppStore((s) => s.selection);
  const sites = useAppStore(selectVisibleSites);
  const waterways = useAppStore(selectVisibleWaterways);
  const origin = useAppStore((s) => s.origin);
  // The map follows a tab switch in a deferred render, so the tab itself answers at once.
  const panel = useDeferredValue(useAppStore((s) => s.panel));
  const mode = MODES[panel];
  const drawsCoverage = runsCoverage({ panel });
  // The route of the open tab (a walk, a field trip), as its mode's entry says.
  const selectRoute = useLazyValue(mode.route);
  const route = useAppStore((s) => (selectRoute ? selectRoute(s) : null));
  // The coverage comes from the worker, through the store (see store/coverage-run.ts).
  const coverage = useAppStore((s) => (drawsCoverage ? (s.coverage?.coverage ?? null) : null));
  const candidates = useAppStore((s) => s.candidates);
  const suggestions = useAppStore((s) => s.suggestions);
  const coverageLayers = useLazyValue(drawsCoverage ? loadCoverageLayers : undefined);
  // A walk being followed: the route walked and ahead, the walker, and what the camera keeps in view.
  const followed = useAppStore((s) => s.follow ?? null);
  const followModule = useLazyValue(followed ? loadFollowLayers : undefined);
  const follow = useMemo(() => (followed && followModule ? followModule.followLayers(followed) : null), [followed, followModule]);

  const base = useMemo(
    () =>
      baseStyle({
        locale,
        basemap,
        fonts: { thai: absolute(FONTS.thai), latin: absolute(FONTS.latin) },
        data: { network: absolute(DATA_URLS.network), oldCity: absolute(DATA_URLS.oldCity), places: absolute(DATA_URLS.places) },
      }),
    [locale, basemap],
  );
  const waterwayData = useMemo(() => toMapWaterways(waterways), [waterways]);
  const siteData = useMemo(() => toMapSites(sites), [sites]);
  const research = useMemo(() => {
    if (!coverage || !coverageLayers) return null;
    const whatIf = [
      ...candidates.map((c, i) => ({ id: c.id, point: c.point, kind: 'candidate' as const, n: i + 1 })),
      ...suggestions.map((x, i) => ({ id: `suggestion-${i}`, point: x.point, kind: 'suggestion' as const, n: i + 1 })),
    ];
    return coverageLayers.researchLayers({ segments: coverageLayers.coverageSegments(coverage), threshold: coverage.options.threshold, whatIf }, FONT);
  }, [coverage, candidates, suggestions, coverageLayers]);
  // While a walk is followed, its own layers draw the part ahead: the planned line steps aside.
  const withLine = follow === null;
  const waterwaysO = useOverlay(waterwayData, waterwaysOverlay, locale);
  const sitesO = useOverlay(siteData, sitesOverlay, locale);
  const routeO = useMemo(() => (route ? routeOverlay(route, withLine) : null), [route, withLine]);
  const originO = useOverlay(origin, originOverlay, locale);
  const followO = follow?.layers ?? null;
  const state = useMemo(() => selectionState(selection), [selection]);
  // Each overlay is memoised on its own value: the scene is new only when one of them is.
  const scene = useMemo<Scene>(
    () => ({ base, overlays: { waterways: waterwaysO, sites: sitesO, research, route: routeO, origin: originO, follow: followO }, state }),
    [base, waterwaysO, sitesO, research, routeO, originO, followO, state],
  );
  return { scene, locale, selection, sites, waterways, route, coverage, follow };
}
