import { useMemo } from 'react';
import type { Locale, SiteFeature } from '../../domain/schema';
import { useAppStore } from '../../store';

export type SiteNames = { name: (id: string, locale?: Locale) => string; site: (id: string) => SiteFeature | undefined };

/** Site names by id in the current language (the id itself for an unknown site). */
export function useSiteNames(): SiteNames {
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  return useMemo(() => {
    const byId = new Map(sites.map((s) => [s.properties.id, s]));
    return {
      name: (id, l = locale) => byId.get(id)?.properties.name[l] ?? id,
      site: (id) => byId.get(id),
    };
  }, [sites, locale]);
}
