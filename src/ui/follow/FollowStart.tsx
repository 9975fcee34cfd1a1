/**
 * "Start following", shared by the walk and the opened trip; hidden while following (the card
 * takes its place). The card takes focus when it opens.
 */
import { useState } from 'react';
import { useAppStore, useAppStoreApi, type AppStore } from '../../store';
import * as actions from './actions';
import { useFollowStrings } from './strings';
import './follow.css';

export function FollowStart({ start }: { start: (follow: typeof actions, store: AppStore) => boolean }) {
  const { t } = useFollowStrings();
  const store = useAppStoreApi();
  const following = useAppStore((s) => Boolean(s.follow));
  // A trip with a leg that cannot be walked cannot be followed: said, not a button that does nothing.
  const [refused, setRefused] = useState(false);
  if (following) return null;
  return (
    <div className="follow-start">
      <button id="follow-start" type="button" className="btn btn--primary" onClick={() => setRefused(!start(actions, store))}>
        {t('start')}
      </button>
      <p className="hint">{t('startHint')}</p>
      {refused && (
        <p className="follow__problem" role="alert">
          {t('cannotFollow')}
        </p>
      )}
    </div>
  );
}
