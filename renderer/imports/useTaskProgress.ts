import { useEffect, useState } from 'react';
import { useBridge } from '../api/bridge';

export interface TaskProgress {
  done: number;
  total: number;
}

/** The last `task.progress` event of `taskId` (null before the first, or without a task). */
export function useTaskProgress(taskId: string | null): TaskProgress | null {
  const bridge = useBridge();
  const [progress, setProgress] = useState<{ taskId: string; done: number; total: number } | null>(null);
  useEffect(() => {
    if (!taskId) return undefined;
    return bridge.onEvent((event) => {
      if (event.type === 'task.progress' && event.taskId === taskId) {
        setProgress({ taskId, done: event.done, total: event.total });
      }
    });
  }, [bridge, taskId]);
  // A previous task's figures never show for the next one.
  return progress && progress.taskId === taskId ? { done: progress.done, total: progress.total } : null;
}
