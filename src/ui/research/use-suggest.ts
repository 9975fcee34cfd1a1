import { useCallback } from 'react';
import type { CoverageRequest } from '../../domain/coverage/session';
import { useAppStore } from '../../store';
import { networkClient } from '../../store/network-client';

/**
 * Asks the network worker for `n` suggested sites for this request; the store keeps the reply
 * only if the inputs are unchanged when it comes (see the research slice).
 */
export function useSuggest(request: CoverageRequest): (n: number) => Promise<'done' | 'failed' | 'stale'> {
  const suggest = useAppStore((s) => s.suggest);
  return useCallback((n: number) => suggest(n, () => networkClient().suggest(request, n)), [suggest, request]);
}
