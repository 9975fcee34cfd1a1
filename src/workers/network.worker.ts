/**
 * The walking network off the main thread: reading the 1.2 MB file, building the graph with the
 * sites attached (~100 ms on a desktop, more on a phone) and coverage runs. The page gets the graph
 * back as transferred arrays. Messages and replies: see `network-service.ts`.
 */
import { NetworkService } from './network-service';
import { fromWire, type WireMessage } from './wire';

const service = new NetworkService();

const post = (reply: unknown, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<WireMessage>) => {
  const { reply, transfer } = await service.handle(fromWire(event.data));
  try {
    post(reply, transfer);
  } catch (error) {
    // A reply that cannot be sent (it would not clone) still answers the request.
    post({ id: event.data.id, ok: false, error: 'network.failed', detail: String(error) });
  }
};
