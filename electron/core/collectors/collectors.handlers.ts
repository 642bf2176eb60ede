import type { HandlersFor } from '../handler-types';

export const collectorHandlers = {
  'collectors.list': async (_input, ctx) => {
    const rows = await ctx.db
      .selectFrom('collector')
      .select(['id', 'name', 'email', 'phone'])
      .where('archived', '=', 0)
      .orderBy('name')
      .execute();
    return rows;
  },
} satisfies HandlersFor<'collectors.'>;
