// An import detaches local account ids, over the memory store (the one MSW serves in the demo).
import { createMemoryStore } from '../store/memory-store';
import { describeImportIdentity } from './import-identity-suite';

describeImportIdentity('memory', async () => createMemoryStore());
