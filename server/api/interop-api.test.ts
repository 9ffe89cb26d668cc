// The import and export routes over the memory store (the store MSW serves in the demo).
import { createMemoryStore } from '../store/memory-store';
import { describeInteropApi } from './interop-api-suite';

describeInteropApi('memory', async () => createMemoryStore());
