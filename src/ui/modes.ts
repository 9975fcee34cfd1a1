/**
 * The modes (the tabs) as a table: one entry per mode says what its tab shows, where the skip
 * link goes, what count its tab carries and what the map draws while it is open. The tabs, the
 * panel and the map read this table instead of testing the mode's name; the store's PANELS gives
 * the order, and its link table (store/mode-links.ts) each mode's URL codec (what a link says for
 * it and what it writes while open) and whether the coverage analysis runs while it is open (the
 * store may not import this file, so that half lives there).
 *
 * Adding a mode: a value in PANELS (store/walk-slice.ts), an entry here and one in
 * store/mode-links.ts, its tab's name (`tabs.<mode>` in src/i18n/locales), and its own folder
 * under src/ui.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { WalkOverlay } from '../domain/view';
import type { AppState } from '../store';
import type { Panel } from '../store/walk-slice';

export type Mode = {
  /** The tab's own contents, loaded with the tab; null for Explore, whose contents are the site list (App). */
  Panel: LazyExoticComponent<ComponentType> | null;
  /** The skip link: to the site list, or into the tab's panel. */
  skipTo: 'list' | 'panel';
  /** A count shown on the tab (0 shows none). */
  badge?: (s: AppState) => number;
  /** The route the map draws while the tab is open: its selector, from a module loaded with the tab. */
  route?: () => Promise<(s: AppState) => WalkOverlay | null>;
};

export const MODES: Readonly<Record<Panel, Mode>> = {
  explore: { Panel: null, skipTo: 'list' },
  walk: {
    Panel: lazy(() => import('./walk/WalkPanel')),
    skipTo: 'panel',
    badge: (s) => s.walk.stops.length,
    route: () => import('../store/walk-selectors').then((m) => m.selectWalkOverlay),
  },
  trip: {
    Panel: lazy(() => import('./trip/TripPanel')),
    skipTo: 'panel',
    route: () => import('../store/trip-selectors').then((m) => m.selectTripOverlay),
  },
  research: { Panel: lazy(() => import('./research/ResearchPanel')), skipTo: 'panel' },
};
