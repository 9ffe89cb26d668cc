import { createMemoryStore } from '../store/memory-store';
import { describeMarkExistingApi } from './mark-existing-api-suite';

describeMarkExistingApi('marking words as an existing claim over the memory store', async () =>
  createMemoryStore(),
);
