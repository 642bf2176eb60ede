import type { HandlersFor } from '../handler-types';
import { buildCallList } from './call-list';
import { buildCallSheet } from './call-sheet';
import { logCall } from './log-call';
import { printCallList } from './print-call-list';

/** Phone follow-up (issue 5): the day's call list, the call sheet, logging a call, the printable list. */
export const callHandlers = {
  'calls.list': async ({ today, collectorId }, ctx) => buildCallList(ctx, today ?? ctx.today(), collectorId),
  'calls.sheet': async ({ clientId, today }, ctx) => buildCallSheet(ctx, clientId, today ?? ctx.today()),
  'calls.log': async (input, ctx) => logCall(ctx, input),
  'calls.printList': async (input, ctx) => printCallList(ctx, input),
} satisfies HandlersFor<'calls.'>;
