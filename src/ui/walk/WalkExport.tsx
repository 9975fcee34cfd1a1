import { sayKey } from '../../i18n/t';
import { useState } from 'react';
import { routeToGeoJSON } from '../../domain/export/geojson';
import { routeToGpx } from '../../domain/export/gpx';
import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';
import { saveText, type SaveOutcome } from '../download';
import type { WalkView } from './use-walk';

/** GPX for walking apps, GeoJSON for GIS, a printable A4 sheet, and the link to share. */
export function WalkExport({ view }: { view: WalkView }) {
  const { t } = useWalkStrings();
  const locale = useAppStore((s) => s.locale);
  const walks = useAppStore((s) => s.data.walks);
  const curated = useAppStore((s) => s.walk.curated);
  const requestPrint = useAppStore((s) => s.requestPrint);
  const printing = useAppStore((s) => s.print.status);
  const [said, say] = useState<{ key: string; values?: Record<string, string> } | null>(null);
  if (!view.outcome?.ok) return null;
  const route = view.outcome.route;
  const title = walks.find((w) => w.id === curated)?.title[locale] ?? t('walk.ownTitle');
  const base = `mae-kha-walk-${curated ?? 'custom'}`;
  const description = `${view.summary?.text ?? ''} · ${t(`walk.profile.${route.profile}`)} · ${t('app.title')}`;

  const report = (format: string, out: SaveOutcome) =>
    say(out.ok ? { key: 'export.saved', values: { file: out.filename } } : { key: 'export.failed', values: { format, reason: out.reason } });
  const gpx = () => {
    const stops = view.stops.map((s, i) => ({ id: s.id, name: `${i + 1}. ${s.name[locale]}`, point: s.point }));
    report('GPX', saveText(() => routeToGpx(route, stops, { name: title, description, time: new Date() }), `${base}.gpx`, 'application/gpx+xml'));
  };
  const geojson = () => {
    report('GeoJSON', saveText(() => JSON.stringify(routeToGeoJSON(route, view.stops, { name: title, description }), null, 1), `${base}.geojson`, 'application/geo+json'));
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      say({ key: 'walk.copied' });
    } catch {
      say({ key: 'export.copyFailed', values: { link: window.location.href } });
    }
  };

  return (
    <section className="walk-export" aria-labelledby="walk-export-title">
      <h3 id="walk-export-title">{t('walk.export')}</h3>
      <div className="walk-export__buttons">
        <button type="button" className="btn btn--small" onClick={gpx}>
          {t('walk.gpx')}
        </button>
        <button type="button" className="btn btn--small" onClick={geojson}>
          {t('walk.geojson')}
        </button>
        {/* While printing, aria-disabled keeps the button focusable (focus must not fall to the page). */}
        <button type="button" className="btn btn--small" aria-disabled={printing !== 'idle'} onClick={() => printing === 'idle' && requestPrint()}>
          {t('walk.print')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => void copyLink()}>
          {t('walk.copyLink')}
        </button>
      </div>
      <p className={`hint walk-export__said${printing === 'preparing' ? ' busy-note' : ''}`} role="status">
        {printing === 'preparing' ? t('walk.preparing') : said ? sayKey(t, said.key, said.values) : ''}
      </p>
    </section>
  );
}
