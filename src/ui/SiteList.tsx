import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../domain/schema';
import { useAppStore } from '../store';
import { selectVisibleSites } from '../store/selectors';
import { CategorySymbol } from './CategorySymbol';

/** Every site on the map, as a list: an equal alternative to the map for keyboard and screen readers. */
export function SiteList() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore(selectVisibleSites);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  return (
    <nav className="site-list" aria-labelledby="site-list-title" id="site-list">
      <h2 id="site-list-title" className="visually-hidden">
        {t('list.title')}
      </h2>
      {CATEGORIES.map((category) => {
        const items = sites.filter((s) => s.properties.category === category);
        return (
          <section key={category} aria-labelledby={`list-${category}`}>
            <h3 id={`list-${category}`} className="site-list__head">
              <CategorySymbol category={category} />
              {t(`category.${category}_plural`)} <span className="count">({items.length})</span>
            </h3>
            <ul>
              {items.map((s) => {
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
                      <span className="site-list__name">{p.name[locale]}</span>
                      <span className={`badge badge--${p.status}`}>{t(`status.${p.status}`)}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
