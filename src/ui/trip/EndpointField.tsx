import { useEffect, useId } from 'react';
import { STUDY_AREA } from '../../domain/vocab';
import type { Endpoint } from '../../domain/trip/brief';
import { useAppStore } from '../../store';
import { OriginControl } from '../OriginControl';
import { SiteSearch } from '../SiteSearch';
import { useTripStrings } from './strings';
import { useSiteNames } from './use-site-names';

const inArea = ([lng, lat]: readonly [number, number]) =>
  lng >= STUDY_AREA.west && lng <= STUDY_AREA.east && lat >= STUDY_AREA.south && lat <= STUDY_AREA.north;

/**
 * Where the trip starts or ends: a site (by search), or the school, which is the point picked on
 * the map or the device's location (the app's shared "origin").
 */
export function EndpointField({ which, value, onChange }: { which: 'start' | 'end'; value: Endpoint; onChange: (e: Endpoint) => void }) {
  const { t } = useTripStrings();
  const id = useId();
  const origin = useAppStore((s) => s.origin);
  const names = useSiteNames();
  const school = origin && inArea(origin.point) ? origin.point : null;

  // The school follows the picked point while this end is the school.
  useEffect(() => {
    if (value.kind !== 'point' || !school) return;
    if (value.lng !== school[0] || value.lat !== school[1]) onChange({ kind: 'point', lng: school[0], lat: school[1], label: t('school') });
  }, [school, value, onChange, t]);

  const chooseKind = (kind: 'site' | 'point') => {
    if (kind === value.kind) return;
    if (kind === 'point') {
      if (school) onChange({ kind: 'point', lng: school[0], lat: school[1], label: t('school') });
      else onChange({ kind: 'point', lng: NaN, lat: NaN, label: t('school') });
    } else onChange({ kind: 'site', id: 'tha-phae-gate' });
  };
  const isSchool = value.kind === 'point';

  return (
    <fieldset className="trip-endpoint">
      <legend>{t(`brief.${which}`)}</legend>
      <div className="trip-radios">
        <label>
          <input type="radio" name={`${id}-kind`} checked={!isSchool} onChange={() => chooseKind('site')} /> {t('brief.kindSite')}
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={isSchool} onChange={() => chooseKind('point')} /> {t('brief.kindSchool')}
        </label>
      </div>
      {value.kind === 'site' ? (
        <>
          <SiteSearch
            label={t(`brief.${which}Search`)}
            placeholder={t(`brief.${which}Search`)}
            onChoose={(site) => onChange({ kind: 'site', id: site })}
            clearOnChoose
          />
          <p className="hint" data-testid={`trip-${which}`}>
            {t('brief.chosen', { name: names.name(value.id) })}
          </p>
        </>
      ) : (
        <>
          <p className="hint">{Number.isFinite(value.lng) ? t('brief.schoolSet') : t('brief.schoolMissing')}</p>
          <OriginControl fallbackName={null} purpose="start" />
        </>
      )}
    </fieldset>
  );
}
