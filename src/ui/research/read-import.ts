/**
 * The page's side of the import worker: one worker per file, ended when the file is read. Progress
 * runs from 0 to 1: reading the rows is the first 80 %, receiving the sites or lines the rest.
 * Where module workers are unavailable (jsdom tests) the file is read in this thread.
 */
import { fatal } from '../../domain/import/issues';
import { readImport, type ReadOutcome, type ReadRequest } from '../../domain/import/read-file';
import { joinOutcome, type ImportMessage, type ImportReply } from '../../workers/import-parts';

const READ_SHARE = 0.8;

const failed = (detail: string): ReadOutcome => fatal('import.issue.readFailed', { detail });

/**
 * @example const outcome = await readInWorker({ bytes, filename, what: 'sites', reservedIds }, setProgress);
 */
export function readInWorker(request: ReadRequest, onProgress: (fraction: number) => void): Promise<ReadOutcome> {
  if (typeof Worker === 'undefined') return readImport(request, (f) => onProgress(f * READ_SHARE));
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
  const items: unknown[] = [];
  return new Promise<ReadOutcome>((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') return onProgress(reply.fraction * READ_SHARE);
      if (reply.kind === 'part') {
        for (const item of reply.items) items.push(item);
        return onProgress(READ_SHARE + ((1 - READ_SHARE) * items.length) / reply.total);
      }
      resolve(reply.kind === 'done' ? joinOutcome(reply.outcome, items) : failed(reply.detail));
    };
    worker.onerror = (event) => resolve(failed(event.message || 'worker error'));
    worker.onmessageerror = () => resolve(failed('unreadable reply'));
    const message: ImportMessage = { id: 1, ...request };
    worker.postMessage(message, [request.bytes]);
  }).finally(() => worker.terminate());
}
