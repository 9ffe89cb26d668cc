// Lays out big maps off the main thread, so panning and reading stay smooth while 10,000
// claims are placed. One request at a time arrives; the page ignores answers it no longer needs.
import { runLayoutJob } from './layout-job';
import { LayoutRequestSchema, type LayoutResponse } from './layout-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage: (message: LayoutResponse, transfer: Transferable[]) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const parsed = LayoutRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    const requestId =
      typeof event.data === 'object' && event.data !== null && 'requestId' in event.data
        ? Number(event.data.requestId)
        : -1;
    scope.postMessage({ requestId, ok: false, error: parsed.error.message }, []);
    return;
  }
  try {
    const layout = runLayoutJob(parsed.data);
    scope.postMessage({ requestId: parsed.data.requestId, ok: true, layout }, [
      layout.xy.buffer,
      layout.hidden.buffer,
      layout.listed.buffer,
    ]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ requestId: parsed.data.requestId, ok: false, error: message }, []);
  }
};
