import type { CoreEvent } from '../../shared/contract/bridge';
import { CoreError } from '../../shared/contract/errors';

export interface TaskHandle {
  /** Report progress (throttled to a few events a second). */
  progress(done: number, total: number): void;
  /** Throws a `cancelled` error when the user asked to stop; call it between batches. */
  throwIfCancelled(): void;
  /** Lets the event loop answer other calls (cancel among them) between batches. */
  yield(): Promise<void>;
}

const PROGRESS_INTERVAL_MS = 100;

/**
 * Long work runs inside the core's single process: it yields between batches so that a `tasks.cancel` call
 * can arrive, and reports progress as events. A cancelled task throws inside its transaction, so nothing of
 * it is written.
 */
export class TaskRegistry {
  private readonly cancelled = new Set<string>();

  constructor(private readonly emit: (event: CoreEvent) => void) {}

  cancel(taskId: string): boolean {
    this.cancelled.add(taskId);
    return true;
  }

  start(taskId: string | undefined): TaskHandle {
    const id = taskId ?? '';
    let lastEmit = 0;
    return {
      progress: (done, total) => {
        const now = Date.now();
        if (!id || (now - lastEmit < PROGRESS_INTERVAL_MS && done < total)) return;
        lastEmit = now;
        this.emit({ type: 'task.progress', taskId: id, done, total });
      },
      throwIfCancelled: () => {
        if (id && this.cancelled.delete(id)) throw new CoreError('cancelled', 'Cancelled: nothing was written.');
      },
      yield: () => new Promise((resolve) => setImmediate(resolve)),
    };
  }
}
