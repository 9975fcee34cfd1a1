import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareAlongCanal, distanceFrom } from '../domain/along';
import type { LngLat } from '../domain/types';
import type { SiteFeature } from '../domain/schema';
import { CATEGORIES } from '../domain/vocab';
import { useAppStore } from '../store';
import type { ListOrder } from '../store/filters-slice';
import { selectCanalPositions, selectVisibleSites } from '../store/selectors';
import { CategorySymbol } from './CategorySymbol';
import { NameText } from './NameText';
import { OriginControl } from './OriginControl';
import { formatDistance } from './format';

/**
 * Every site that passes the filters, as a list: an equal alternative to the map for keyboard and
 * screen-reader users. Ordered along the canal (north to south) by default.
 */
export function SiteList() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore(selectVisibleSites);
  const allSites = useAppStore((s) => s.data.sites.value);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const order = useAppStore((s) => s.listOrder);
  const setOrder = useAppStore((s) => s.setListOrder);
  const positions = useAppStore(selectCanalPositions);
  const chosen = useAppStore((s) => s.origin);
  const selectedSite = selection?.type === 'site' ? allSites.find((s) => s.properties.id === selection.id) : undefined;
  // Distances are measured from the chosen point, else from the selected site.
  const from: LngLat | undefined = chosen?.point ?? selectedSite?.geometry.coordinates;
  const effectiveOrder: ListOrder = order === 'distance' && !from ? 'canal' : order;

  const ordered = useMemo(() => {
    const list = [...sites];
    if (effectiveOrder === 'name') {
      const collator = new Intl.Collator(locale === 'th' ? 'th' : 'en');
      list.sort((a, b) => collator.compare(a.properties.name[locale], b.properties.name[locale]));
    } else if (effectiveOrder === 'distance' && from) {
      const d = (s: SiteFeature) => distanceFrom(from, s);
      list.sort((a, b) => d(a) - d(b));
    } else {
      const cmp = compareAlongCanal(positions);
      list.sort((a, b) => cmp(a.properties.id, b.properties.id));
    }
    return list;
  }, [sites, effectiveOrder, locale, from, positions]);

  const meta = (s: SiteFeature): string => {
    if (effectiveOrder === 'distance' && from) return formatDistance(distanceFrom(from, s), locale);
    const pos = positions.get(s.properties.id);
    return pos ? t('list.km', { km: formatDistance(pos.chainage, locale) }) : '';
  };

  return (
    <nav className="site-list" aria-labelledby="site-list-title" id="site-list" tabIndex={-1}>
      <div className="site-list__top">
        <h2 id="site-list-title">{t('list.title')}</h2>
        <p className="site-list__counts" aria-live="polite">
          {t('list.showing', { count: sites.length, total: allSites.length })}
          {' · '}
          {CATEGORIES.map((c) => `${t(`category.${c}_plural`)} ${sites.filter((s) => s.properties.category === c).length}`).join(' · ')}
        </p>
        <label className="site-list__order">
          {t('list.orderLabel')}{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value as ListOrder)}>
            <option value="canal">{t('list.order.canal')}</option>
            <option value="name">{t('list.order.name')}</option>
            <option value="distance">{t('list.order.distance')}</option>
          </select>
        </label>
        {order === 'distance' && <OriginControl fallbackName={selectedSite?.properties.name[locale] ?? null} />}
      </div>
      {ordered.length === 0 ? (
        <p className="hint">{t('list.empty')}</p>
      ) : (
        <ol className="site-list__items">
          {ordered.map((s) => {
            const p = s.properties;
            const current = selection?.type === 'site' && selection.id === p.id;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className="site-list__item"
                  aria-current={current ? 'true' : undefined}
                  data-site-id={p.id}
                  onClick={() => select({ type: 'site', id: p.id })}
                >
                  <CategorySymbol category={p.category} />
                  <span className="site-list__text">
                    <span className="site-list__name">
                      <NameText text={p.name[locale]} />
                    </span>
                    <span className="site-list__meta">
                      {t(`category.${p.category}`)} · {meta(s)}
                    </span>
                  </span>
                  <span className={`badge badge--${p.status}`}>{t(`status.${p.status}`)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
