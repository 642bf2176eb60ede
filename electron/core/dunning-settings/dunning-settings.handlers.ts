import { MERGE_FIELDS } from '../../../shared/domain/templates/merge-fields';
import type { LedgerHandlers } from '../handler-types';
import { readLogo, setLogo } from './logo.service';
import { readPenalties, updatePenalties } from './penalties.service';
import { listPlans } from './plans.repo';
import { archivePlan, assignPlan, savePlan } from './plans.service';
import { listEcbRates, listLegalRates, saveEcbRates, saveLegalRates } from './rates.service';
import { listTemplates, saveTemplate } from './templates.service';

/** Penalty settings, rate tables, dunning plans, templates, letterhead logo. */
export const dunningSettingsHandlers = {
  'penalties.get': async (_input, ctx) => readPenalties(ctx.db, ctx.today()),
  'penalties.update': async (input, ctx) => updatePenalties(ctx, input),

  'letterhead.logo': async (_input, ctx) => readLogo(ctx.db),
  'letterhead.setLogo': async ({ image }, ctx) => setLogo(ctx.db, image),

  'rates.ecb.list': async (_input, ctx) => listEcbRates(ctx.db),
  'rates.ecb.save': async ({ rates }, ctx) => saveEcbRates(ctx.db, rates),
  'rates.legal.list': async (_input, ctx) => listLegalRates(ctx.db),
  'rates.legal.save': async ({ rates }, ctx) => saveLegalRates(ctx.db, rates),

  'dunningPlans.list': async ({ includeArchived }, ctx) => listPlans(ctx.db, { includeArchived }),
  'dunningPlans.save': async (input, ctx) => savePlan(ctx.db, input),
  'dunningPlans.archive': async ({ id, archived }, ctx) => archivePlan(ctx.db, id, archived),
  'dunningPlans.assign': async ({ clientId, planId }, ctx) => assignPlan(ctx.db, clientId, planId),

  'templates.list': async ({ language }, ctx) => listTemplates(ctx.db, language),
  'templates.save': async (input, ctx) => saveTemplate(ctx.db, input),
  'templates.fields': async () => MERGE_FIELDS,
} satisfies Pick<
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
>;
