// The cron tick: one budgeted refresh slice (wired to src/refresh once it lands).
import type { ProfileSet } from '../core/profiles/schema';
import type { Gateway } from '../gateway/build';
import type { WorkerEnv } from './worker';

export async function runScheduledRefresh(_gateway: Gateway, _env: WorkerEnv, _scheduledTime: number): Promise<ProfileSet | null> {
  return null;
}
