import { useEffect } from 'react';
import { useNetworkStrings } from './network-strings';
import { useAppStore } from '../store';

/** The failure's message key in this namespace. */
const MESSAGE: Record<string, 'offline' | 'unreadable'> = { 'network.offline': 'offline', 'network.unreadable': 'unreadable' };

/**
 * While the walking network loads, or after it failed to: a line saying so (with the reason and a
 * retry). Nothing once it is there. Every tab that routes shows it, and asks for the network when
 * it first shows (however the tab was opened: a link, a tab, a reload).
 */
export function NetworkStatus() {
  const { t } = useNetworkStrings();
  const network = useAppStore((s) => s.network);
  const loadNetwork = useAppStore((s) => s.loadNetwork);
  useEffect(() => void loadNetwork(), [loadNetwork]);
  if (network.status === 'ready') return null;
  if (network.status === 'failed') {
    return (
      <div className="network-status network-status--failed" role="alert" data-testid="network-failed">
        <p>{t(MESSAGE[network.error] ?? 'failed')}</p>
        <p className="hint">
          <code lang="en">{network.detail}</code>
        </p>
        <button type="button" className="btn btn--small" onClick={() => void loadNetwork()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return (
    <p className="hint network-status" role="status" data-testid="network-loading">
      {t('loading')}
    </p>
  );
}
