import type { TaskHandle } from '../tasks';

/**
 * One progress bar over the two halves of an import: reading and checking the rows, then writing them.
 * Every step also lets a `tasks.cancel` in (yield) and stops the import when it came (throw, so rollback).
 */
export class ImportProgress {
  constructor(
    private readonly task: TaskHandle,
    private readonly rows: number,
  ) {}

  async checked(done: number): Promise<void> {
    await this.step(done);
  }

  async written(done: number, total: number): Promise<void> {
    await this.step(this.rows + (total === 0 ? this.rows : Math.round((this.rows * done) / total)));
  }

  /** Between batches whose share of the work is not counted: only cancel and yield. */
  async tick(): Promise<void> {
    this.task.throwIfCancelled();
    await this.task.yield();
    this.task.throwIfCancelled();
  }

  private async step(done: number): Promise<void> {
    this.task.progress(done, this.rows * 2);
    await this.tick();
  }
}
