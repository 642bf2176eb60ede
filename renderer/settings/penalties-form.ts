import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { InputOf } from '../../shared/contract/contract';
import type { PenaltySettings } from '../../shared/contract/reminders.types';
import { centsToInput, parseMoney } from '../format/money-input';
import type { FormErrorKey } from '../forms/form-schemas';
import { bpToPercentInput, parsePercentToBp } from './percent';

export type DeadlineChoice = '8' | '15' | 'other';

export type PenaltiesValues = {
  rule: string;
  contractualRate: string;
  recoveryIndemnityEnabled: boolean;
  minimumDunning: string;
  paymentsStaleDays: string;
  deadlineChoice: string;
  formalNoticeDeadlineDays: string;
  promiseGraceDays: string;
  defaultDunningPlanId: string;
};

/** The core's field names → the form's inputs. */
export const PENALTIES_FIELD_ALIASES = {
  contractualRateBp: 'contractualRate',
  minimumDunningCents: 'minimumDunning',
} as const;

export function penaltiesValues(settings: PenaltySettings): PenaltiesValues {
  const deadline = settings.formalNoticeDeadlineDays;
  return {
    rule: settings.rule,
    contractualRate: bpToPercentInput(settings.contractualRateBp),
    recoveryIndemnityEnabled: settings.recoveryIndemnityEnabled,
    minimumDunning: centsToInput(settings.minimumDunningCents),
    paymentsStaleDays: String(settings.paymentsStaleDays),
    deadlineChoice: deadline === 8 || deadline === 15 ? String(deadline) : 'other',
    formalNoticeDeadlineDays: String(deadline),
    promiseGraceDays: String(settings.promiseGraceDays),
    defaultDunningPlanId: settings.defaultDunningPlanId === null ? '' : String(settings.defaultDunningPlanId),
  };
}

/** Whole days within [min, max], with a message saying which. */
const days = (t: TFunction, min: number, max: number) =>
  z.string().transform((text, ctx) => {
    const trimmed = text.trim();
    const value = Number(trimmed);
    if (!/^\d{1,3}$/.test(trimmed)) {
      ctx.addIssue({ code: 'custom', message: t('dunningSettings.errors.days') });
      return z.NEVER;
    }
    if (value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: t('dunningSettings.errors.range', { min, max }) });
      return z.NEVER;
    }
    return value;
  });

export type PenaltiesInput = InputOf<'penalties.update'>;

/** Checks the form and builds `penalties.update`'s input: percent → basis points, euros → cents. */
export function penaltiesSchema(t: TFunction) {
  return z
    .object({
      rule: z.enum(['ecb_plus_10', 'contractual']),
      contractualRate: z.string(),
      recoveryIndemnityEnabled: z.boolean(),
      minimumDunning: z.string().transform((text, ctx) => {
        const parsed = parseMoney(text === '' ? '0' : text);
        if (!parsed.ok || parsed.cents < 0) {
          ctx.addIssue({ code: 'custom', message: 'invalidAmount' satisfies FormErrorKey });
          return z.NEVER;
        }
        return parsed.cents;
      }),
      paymentsStaleDays: days(t, 1, 365),
      deadlineChoice: z.enum(['8', '15', 'other']),
      formalNoticeDeadlineDays: z.string(),
      promiseGraceDays: days(t, 0, 60),
      defaultDunningPlanId: z.string(),
    })
    .transform((v, ctx): PenaltiesInput => {
      let contractualRateBp: number | null = null;
      if (v.rule === 'contractual') {
        contractualRateBp = parsePercentToBp(v.contractualRate);
        if (contractualRateBp === null) {
          const key = v.contractualRate.trim() === '' ? 'rateRequired' : 'rate';
          ctx.addIssue({ code: 'custom', path: ['contractualRate'], message: t(`dunningSettings.errors.${key}`) });
        }
      }
      let deadline = Number(v.deadlineChoice);
      if (v.deadlineChoice === 'other') {
        const parsed = days(t, 8, 60).safeParse(v.formalNoticeDeadlineDays);
        if (!parsed.success) {
          const message = parsed.error.issues[0]?.message ?? t('dunningSettings.errors.days');
          ctx.addIssue({ code: 'custom', path: ['formalNoticeDeadlineDays'], message });
        } else deadline = parsed.data;
      }
      const input: PenaltiesInput = {
        rule: v.rule,
        contractualRateBp,
        recoveryIndemnityEnabled: v.recoveryIndemnityEnabled,
        minimumDunningCents: v.minimumDunning,
        paymentsStaleDays: v.paymentsStaleDays,
        formalNoticeDeadlineDays: deadline,
        promiseGraceDays: v.promiseGraceDays,
      };
      if (v.defaultDunningPlanId !== '') input.defaultDunningPlanId = Number(v.defaultDunningPlanId);
      return input;
    });
}
