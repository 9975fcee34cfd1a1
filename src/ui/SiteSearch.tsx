import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSearchIndex, searchSites } from '../domain/search';
import { useAppStore } from '../store';
import { CategorySymbol } from './CategorySymbol';

/**
 * One search box over Thai and English names and summaries, as an ARIA combobox
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): arrows move, Enter chooses, Escape closes.
 */
export function SiteSearch({
  onChoose,
  label,
  placeholder,
  clearOnChoose = false,
}: {
  /** What choosing a result does; default: select the site. */
  onChoose?: (id: string) => void;
  label?: string;
  placeholder?: string;
  clearOnChoose?: boolean;
} = {}) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const select = useAppStore((s) => s.select);
  const index = useMemo(() => buildSearchIndex(sites), [sites]);
  const byId = useMemo(() => new Map(sites.map((s) => [s.properties.id, s])), [sites]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => searchSites(index, query, { limit: 8 }), [index, query]);
  const expanded = open && query.trim().length > 0;

  const choose = (id: string) => {
    if (onChoose) onChoose(id);
    else select({ type: 'site', id });
    setOpen(false);
    setActive(-1);
    setQuery(clearOnChoose ? '' : (byId.get(id)?.properties.name[locale] ?? ''));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (hits.length ? (a <= 0 ? hits.length - 1 : a - 1) : -1));
    } else if (e.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (expanded && hit) {
        e.preventDefault();
        choose(hit.id);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {label ?? t('search.label')}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search__results" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search__empty" role="option" aria-selected="false" aria-disabled="true">
            {t('search.none', { query })}
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => {
            const site = byId.get(hit.id);
            if (!site) return null;
            const p = site.properties;
            return (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="search__option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit.id)}
              >
                <CategorySymbol category={p.category} size={16} />
                <span>
                  <span className="search__name">{p.name[locale]}</span>
                  <span className="search__meta">
                    {t(`category.${p.category}`)}
                    {hit.field === 'summary' ? ` · ${t('search.inSummary')}` : ''}
                  </span>
                </span>
              </li>
            );
          })}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? t('search.count', { count: hits.length }) : ''}
      </p>
    </div>
  );
}
