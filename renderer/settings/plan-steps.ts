import type { TFunction } from 'i18next';
import type { InputOf } from '../../shared/contract/contract';
import type { DunningChannel, DunningPlan } from '../../shared/contract/reminders.types';

/** A step as the plan editor holds it: the offset as typed (`-5`, `+7`, `J-5`). */
export interface StepRow {
  id: number;
  offset: string;
  channel: DunningChannel;
  templateId: string;
}

export type PlanStepInput = InputOf<'dunningPlans.save'>['steps'][number];

let nextStepId = 1;
export const newStepId = () => nextStepId++;

export function stepRows(plan?: DunningPlan): StepRow[] {
  return (plan?.steps ?? []).map((step) => ({
    id: newStepId(),
    offset: String(step.offsetDays),
    channel: step.channel,
    templateId: step.templateId === null ? '' : String(step.templateId),
  }));
}

/** `J-5`, `-5`, `−5` (the typographic minus), `+7`, `7` → days from the due date; null when unreadable. */
export function parseOffset(text: string): number | null {
  const match = /^(?:J\s*)?([+\-−]?)\s*(\d{1,3})$/i.exec(text.trim());
  if (!match) return null;
  const days = Number(match[2]);
  return match[1] === '-' || match[1] === '−' ? -days : days;
}

/** J−5 / J / J+7, as collectors say it. */
export function offsetLabel(days: number): string {
  if (days === 0) return 'J';
  return days < 0 ? `J\u2212${-days}` : `J+${days}`;
}

/** Rows by offset (unreadable ones last, in their order), as the plan will run them. */
export function sortSteps(rows: StepRow[]): StepRow[] {
  const key = (row: StepRow) => parseOffset(row.offset) ?? Number.POSITIVE_INFINITY;
  return [...rows].sort((a, b) => key(a) - key(b));
}

/** The steps as the core takes them, in the rows' order, or the message per row that stops the save. */
export function parseSteps(
  rows: StepRow[],
  t: TFunction,
): { ok: true; steps: PlanStepInput[] } | { ok: false; errors: Record<number, string> } {
  const errors: Record<number, string> = {};
  const steps = rows.map((row): PlanStepInput => {
    const offsetDays = parseOffset(row.offset);
    if (offsetDays === null) errors[row.id] = t('dunningSettings.errors.offset');
    else if (offsetDays < -60 || offsetDays > 365)
      errors[row.id] = t('dunningSettings.errors.range', { min: -60, max: 365 });
    return {
      offsetDays: offsetDays ?? 0,
      channel: row.channel,
      templateId: row.templateId === '' ? null : Number(row.templateId),
    };
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, steps };
}

/** `steps.2.offsetDays` → the third row sent; null when the error is not about one step. */
export function stepOfError(field: string | undefined, rows: StepRow[]): StepRow | null {
  const match = /^steps\.(\d+)/.exec(field ?? '');
  return match ? (rows[Number(match[1])] ?? null) : null;
}
