/** Reads one imported file off the main thread; messages and replies: see `import-parts.ts`. */
import { readImport } from '../domain/import/read-file';
import { outcomeReplies, type ImportMessage, type ImportReply } from './import-parts';

const post = (reply: ImportReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<ImportMessage>) => {
  const { id, ...request } = event.data;
  try {
    const outcome = await readImport(request, (fraction) => post({ id, kind: 'progress', fraction }));
    for (const reply of outcomeReplies(id, outcome)) post(reply);
  } catch (error) {
    post({ id, kind: 'failed', detail: String(error) });
  }
};
