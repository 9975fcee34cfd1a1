/** The style the app's map would show for plain inputs: its scene's parts (src/map/style.ts), composed. */
import type { SiteFeature, WaterwayFeature, Locale } from '../../src/domain/schema';
import type { Basemap, Origin, WalkOverlay } from '../../src/domain/view';
import type { DataUrls } from '../../src/data/urls';
import { toMapSites, toMapWaterways } from '../../src/map/features';
import { compose, type Overlay, type Scene } from '../../src/map/scene';
import { baseStyle, originOverlay, routeOverlay, selectionState, sitesOverlay, waterwaysOverlay, type FontFiles } from '../../src/map/style';

export type StyleInput = {
  locale: Locale;
  basemap: Basemap;
  sites: readonly SiteFeature[];
  waterways: readonly WaterwayFeature[];
  selection: { type: 'site' | 'waterway'; id: string } | null;
  fonts: FontFiles;
  data: DataUrls;
  origin?: Origin | null;
  walk?: WalkOverlay | null;
  research?: Overlay | null;
  follow?: Overlay | null;
};

export function sceneOf(input: StyleInput): Scene {
  return {
    base: baseStyle(input),
    overlays: {
      waterways: waterwaysOverlay(toMapWaterways(input.waterways), input.locale),
      sites: sitesOverlay(toMapSites(input.sites), input.locale),
      research: input.research ?? null,
      route: input.walk ? routeOverlay(input.walk, !input.follow) : null,
      origin: input.origin ? originOverlay(input.origin) : null,
      follow: input.follow ?? null,
    },
    state: selectionState(input.selection),
  };
}

export const buildStyle = (input: StyleInput) => compose(sceneOf(input));
