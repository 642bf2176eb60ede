import { requireClient } from '../clients/clients.repo';
import { listClients } from '../clients/clients.list';
import type { HandlersFor } from '../handler-types';
import { agedBalance, exposureFromAging, readAgingBounds } from './aging';

export const reportHandlers = {
  'reports.exposure': async ({ today, clientId }, ctx) => {
    if (clientId !== undefined) await requireClient(ctx.db, clientId);
    return exposureFromAging(await agedBalance(ctx, today ?? ctx.today(), await readAgingBounds(ctx), clientId));
  },

  'reports.aging': async ({ today, clientId }, ctx) => {
    if (clientId !== undefined) await requireClient(ctx.db, clientId);
    return agedBalance(ctx, today ?? ctx.today(), await readAgingBounds(ctx), clientId);
  },

  'reports.dashboard': async (input, ctx) => {
    const today = input.today ?? ctx.today();
    const aging = await agedBalance(ctx, today, await readAgingBounds(ctx));
    const top = await listClients(
      ctx,
      {
        offset: 0,
        limit: 10,
        search: '',
        sortField: 'exposureCents',
        sortDirection: 'desc',
        includeArchived: false,
        filters: {},
      },
      today,
    );
    return { today, exposure: exposureFromAging(aging), aging, topDebtors: top.rows, clientCount: top.total };
  },
} satisfies HandlersFor<'reports.'>;
