// Worker-thread entry of TrainingPool: registers tsx in this thread, then loads the TypeScript side.
import { register } from 'tsx/esm/api';

register();
await import('./training-worker.ts');
