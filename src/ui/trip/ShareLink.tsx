import { useState } from 'react';
import { Brief } from '../../domain/trip/brief';
import { useAppStore } from '../../store';
import type { TripDraft } from '../../store/trip-slice';
import { shareUrl } from './share-url';
import { useTripStrings } from './strings';

/** The link that reopens this trip anywhere (brief and stops in the URL), to copy. */
export function ShareLink({ draft }: { draft: TripDraft }) {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  const [status, setStatus] = useState('');
  if (!Brief.safeParse(draft.brief).success) return null;
  const url = shareUrl(draft, locale);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('link.copied'));
    } catch (e) {
      console.warn('[trip] clipboard refused', e);
      setStatus(t('link.copyFailed'));
    }
  };
  return (
    <section className="trip-share" aria-labelledby="trip-share-title">
      <h3 id="trip-share-title">{t('link.heading')}</h3>
      <div className="trip-row trip-row--end">
        <div className="trip-field trip-field--grow">
          <label htmlFor="trip-share-url">{t('link.label')}</label>
          <input id="trip-share-url" type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </div>
        <button type="button" className="btn btn--small" onClick={() => void copy()}>
          {t('link.copy')}
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </section>
  );
}
