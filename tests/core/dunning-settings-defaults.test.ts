import { describe, expect, it } from 'vitest';
import { newLedger } from './helpers';

describe('reminder settings of a new ledger', () => {
  it('ships three plans, standard being the default, each step pointing at a shipped template', async () => {
    const ledger = await newLedger();
    const plans = await ledger.call('dunningPlans.list', {});
    expect(plans.map((p) => [p.code, p.isDefault, p.archived])).toEqual([
      ['standard', true, false],
      ['strict', false, false],
      ['gentle', false, false],
    ]);
    const standard = plans[0];
    expect(standard.steps.map((s) => [s.position, s.offsetDays, s.channel])).toEqual([
      [1, -5, 'email'],
      [2, 7, 'letter'],
      [3, 15, 'call'],
      [4, 30, 'letter'],
      [5, 45, 'registered_letter'],
      [6, 60, 'litigation'],
    ]);
    const templates = await ledger.call('templates.list', {});
    const codeOf = new Map(templates.map((t) => [t.id, t.code]));
    expect(standard.steps.map((s) => (s.templateId === null ? null : codeOf.get(s.templateId)))).toEqual([
      'fr.courtesy',
      'fr.reminder_1',
      'fr.call_script',
      'fr.reminder_2',
      'fr.formal_notice',
      'fr.statement',
    ]);
    expect(plans.map((p) => p.steps.length)).toEqual([6, 6, 4]);

    const settings = await ledger.call('penalties.get', {});
    expect(settings).toEqual({
      rule: 'ecb_plus_10',
      contractualRateBp: null,
      recoveryIndemnityEnabled: true,
      minimumDunningCents: 0,
      paymentsStaleDays: 15,
      formalNoticeDeadlineDays: 15,
      promiseGraceDays: 3,
      defaultDunningPlanId: standard.id,
      floorWarning: null,
    });
    expect(await ledger.call('letterhead.logo', {})).toBeNull();
  });

  it('ships twelve templates, French then English, in the order letters escalate', async () => {
    const ledger = await newLedger();
    const templates = await ledger.call('templates.list', {});
    expect(templates).toHaveLength(12);
    const levels = ['courtesy', 'reminder_1', 'reminder_2', 'formal_notice', 'statement', 'call_script'];
    expect(templates.map((t) => `${t.language}.${t.level}`)).toEqual([
      ...levels.map((l) => `fr.${l}`),
      ...levels.map((l) => `en.${l}`),
    ]);
    const english = await ledger.call('templates.list', { language: 'en' });
    expect(english.map((t) => t.code)).toEqual(levels.map((l) => `en.${l}`));
    const formal = templates.find((t) => t.code === 'fr.formal_notice')!;
    expect(formal.subject).toMatch(/^Mise en demeure/);
    expect(formal.body).toContain('{{invoices.table}}');
  });

  it('ships the ECB and legal rate tables, oldest first', async () => {
    const ledger = await newLedger();
    const ecb = await ledger.call('rates.ecb.list', {});
    expect(ecb).toHaveLength(19);
    expect(ecb[0]).toEqual({ effectiveDate: '2016-03-16', rateBp: 0 });
    expect(ecb.at(-1)).toEqual({ effectiveDate: '2025-06-11', rateBp: 215 });
    expect(ecb).toContainEqual({ effectiveDate: '2024-09-18', rateBp: 365 });
    expect(ecb.map((r) => r.effectiveDate)).toEqual(ecb.map((r) => r.effectiveDate).sort());
    const legal = await ledger.call('rates.legal.list', {});
    expect(legal).toHaveLength(8);
    expect(legal.at(-1)).toEqual({ halfYearStart: '2025-07-01', professionalRateBp: 276, consumerRateBp: 665 });
  });

  it('lists the merge fields, blocks marked', async () => {
    const ledger = await newLedger();
    const fields = await ledger.call('templates.fields', {});
    const byKey = new Map(fields.map((f) => [f.key, f.block]));
    expect(byKey.get('client.name')).toBe(false);
    expect(byKey.get('company.iban')).toBe(false);
    expect(byKey.get('invoices.table')).toBe(true);
    expect(byKey.get('payment.details')).toBe(true);
    expect(fields.filter((f) => f.block).map((f) => f.key)).toEqual([
      'invoices.table',
      'totals.table',
      'payment.details',
    ]);
    expect(fields).toHaveLength(28);
  });

  it("names the default plan in a client's file until the client gets one of its own", async () => {
    const ledger = await newLedger();
    const client = await ledger.call('clients.create', { code: 'C001', name: 'Garage Lefèvre' });
    const before = await ledger.call('clients.file', { id: client.id });
    expect([before.dunningPlanName, before.dunningPlanIsDefault]).toEqual(['Standard', true]);

    const strict = (await ledger.call('dunningPlans.list', {})).find((p) => p.code === 'strict')!;
    await ledger.call('dunningPlans.assign', { clientId: client.id, planId: strict.id });
    const after = await ledger.call('clients.file', { id: client.id });
    expect([after.dunningPlanName, after.dunningPlanIsDefault]).toEqual(['Strict (clients à risque)', false]);

    const gentle = (await ledger.call('dunningPlans.list', {})).find((p) => p.code === 'gentle')!;
    await ledger.call('dunningPlans.assign', { clientId: client.id, planId: null });
    await ledger.call('penalties.update', { defaultDunningPlanId: gentle.id });
    const back = await ledger.call('clients.file', { id: client.id });
    expect([back.dunningPlanName, back.dunningPlanIsDefault]).toEqual(['Souple (grands comptes)', true]);
  });
});
