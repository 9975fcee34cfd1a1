import { useAppStore } from '../../store';
import { useResearchStrings } from './strings';

/** Names in the current language for sites (built-in, imported, what-if) and waterways, by id. */
export function useNames() {
  const { t } = useResearchStrings();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const own = useAppStore((s) => s.ownSites);
  const candidates = useAppStore((s) => s.candidates);
  const waterways = useAppStore((s) => s.data.waterways.value);
  const site = (id: string): string => {
    const c = candidates.findIndex((x) => x.id === id);
    if (c >= 0) return t('candidate', { n: c + 1 });
    return (
      sites.find((s) => s.properties.id === id)?.properties.name[locale] ??
      own?.sites.find((s) => s.id === id)?.name[locale] ??
      id
    );
  };
  const waterway = (id: string): string => waterways.find((w) => w.properties.id === id)?.properties.name[locale] ?? id;
  return { site, waterway };
}
