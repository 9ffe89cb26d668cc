import { createMemoryStore } from '../store/memory-store';
import { describeAuthorizationMatrix } from './authorization-matrix-suite';

describeAuthorizationMatrix('the memory store', async () => createMemoryStore());
