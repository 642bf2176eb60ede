import type { LedgerHandlers } from '../handler-types';

/** Penalty settings, rate tables, plans, templates, letterhead logo (helper D fills this in). */
export const dunningSettingsHandlers: Partial<
  Pick<
    LedgerHandlers,
    | 'penalties.get'
    | 'penalties.update'
    | 'letterhead.logo'
    | 'letterhead.setLogo'
    | 'rates.ecb.list'
    | 'rates.ecb.save'
    | 'rates.legal.list'
    | 'rates.legal.save'
    | 'dunningPlans.list'
    | 'dunningPlans.save'
    | 'dunningPlans.archive'
    | 'dunningPlans.assign'
    | 'templates.list'
    | 'templates.save'
    | 'templates.fields'
  >
> = {};
