import { createMemoryStore } from '../store/memory-store';
import { describeWriteApi } from './write-api-suite';

describeWriteApi('the write API over the memory store', async () => createMemoryStore());
