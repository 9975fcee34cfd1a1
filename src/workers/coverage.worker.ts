/**
 * The coverage computation off the main thread: a first run on a phone can take well over 50 ms
 * (snapping every canal sample, then a search from every site), so it runs here and the UI stays
 * responsive. Messages: { id, kind: 'compute' | 'suggest', request, n? } → { id, ok, result | error }.
 */
import { CoverageSession, MissingInput, type CoverageRequest } from '../domain/coverage/session';

type Message = { id: number; kind: 'compute' | 'suggest'; request: CoverageRequest; n?: number };

const session = new CoverageSession();

self.onmessage = (event: MessageEvent<Message>) => {
  const { id, kind, request, n } = event.data;
  try {
    const result = kind === 'compute' ? session.compute(request) : session.suggest(request, n ?? 3);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, missing: error instanceof MissingInput ? error.what : undefined, error: String(error) });
  }
};
