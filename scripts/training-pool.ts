// Trains many models at once on worker threads: cross-validation folds and left-out authors are
// independent fits, so the trainer's wall time divides by the core count. Each worker gets the
// examples once; a job names the rows to train on, in order (the fit depends on row order, so a
// job gives the same weights on any thread, or in-process with TRAIN_THREADS=1).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { trainModel, type Example, type LinearModel } from './logistic-regression';

interface Job {
  rows: Int32Array;
  l2: number;
  resolve: (model: LinearModel) => void;
  reject: (error: Error) => void;
}

export class TrainingPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  // A worker runs one job at a time, so its reply belongs to the job recorded here.
  private readonly running = new Map<Worker, Job>();
  private failure: Error | undefined;

  constructor(private readonly examples: readonly Example[], threads = defaultThreads()) {
    for (let i = 0; i < (threads > 1 ? threads : 0); i++) {
      // tsx registers itself in the main thread only; the boot file registers it in the worker.
      const worker = new Worker(new URL('./training-worker.mjs', import.meta.url));
      worker.postMessage({ type: 'init', examples });
      worker.on('message', (model: LinearModel) => this.done(worker, model));
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Fits a model on `rows` (indices into the pool's examples, in this order). */
  train(rows: readonly number[], l2: number): Promise<LinearModel> {
    if (this.workers.length === 0) return Promise.resolve(trainModel(rows.map((i) => this.examples[i]!), l2));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ rows: Int32Array.from(rows), l2, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!, job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ type: 'train', rows: job.rows, l2: job.l2 });
    }
  }

  private done(worker: Worker, model: LinearModel): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    job?.resolve(model);
    this.dispatch();
  }

  /** A worker died: every job still waiting or running fails, and so does every later one. */
  private fail(error: Error): void {
    this.failure = error;
    for (const job of [...this.running.values(), ...this.queue.splice(0)]) job.reject(error);
    this.running.clear();
  }
}

function defaultThreads(): number {
  const fromEnv = Number(process.env.TRAIN_THREADS);
  return Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : availableParallelism();
}
