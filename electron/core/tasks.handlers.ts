import type { HandlersFor } from './handler-types';

export const taskHandlers = {
  'tasks.cancel': async ({ taskId }, ctx) => ctx.tasks.cancel(taskId),
} satisfies HandlersFor<'tasks.'>;
