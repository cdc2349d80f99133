// Progress for `bench`: a one-line bar with ETA and spend on a terminal, plain lines otherwise
// (at most one every few seconds, so CI logs stay short).
import type { RunProgress } from '../refresh/runner';

export interface ProgressOutput {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '--';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function summary(p: RunProgress): string {
  const percent = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  const failed = p.failedModels.length ? ` failed models: ${p.failedModels.join(',')}` : '';
  return `${p.done}/${p.total} ${percent}% ETA ${formatDuration(p.etaMs)} spent $${p.spentUsd.toFixed(4)} errors ${p.errors}${failed}`;
}

export function createProgressRenderer(out: ProgressOutput, now: () => number = Date.now, intervalMs = 5000) {
  let lastLine = 0;
  let drawn = false;
  return {
    update(p: RunProgress): void {
      if (out.isTTY) {
        const width = Math.max(10, Math.min(40, (out.columns ?? 80) - 60));
        const filled = p.total ? Math.round((p.done / p.total) * width) : width;
        out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${summary(p)}\x1b[K`);
        drawn = true;
      } else if (now() - lastLine >= intervalMs || p.done === p.total) {
        lastLine = now();
        out.write(`bench: ${summary(p)}\n`);
      }
    },
    done(): void {
      if (drawn) out.write('\n');
    },
  };
}
