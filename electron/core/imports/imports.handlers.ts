import type { HandlersFor } from '../handler-types';

export const importHandlers = {} satisfies HandlersFor<'imports.'>;
