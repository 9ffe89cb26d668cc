import { createMemoryStore } from '../store/memory-store';
import { describeMergeApi } from './merge-api-suite';

describeMergeApi('the memory store', async () => createMemoryStore());
