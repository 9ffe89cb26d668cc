// Lays out big maps off the main thread, so panning and reading stay smooth while 10,000
// claims are placed. One request at a time arrives; the page ignores answers it no longer needs.
import { createLayoutJob } from './layout-job';
import { type LayoutResponse, parseLayoutRequest, requestIdOf } from './layout-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage: (message: LayoutResponse, transfer: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;
const job = createLayoutJob();

scope.onmessage = (event) => {
  const parsed = parseLayoutRequest(event.data);
  if (!parsed.ok) {
    scope.postMessage({ requestId: requestIdOf(event.data), ok: false, error: parsed.reason }, []);
    return;
  }
  const { requestId } = parsed.value;
  try {
    const layout = job(parsed.value);
    scope.postMessage({ requestId, ok: true, layout }, [
      layout.xy.buffer,
      layout.hidden.buffer,
      layout.listed.buffer,
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ requestId, ok: false, error: message }, []);
  }
};
