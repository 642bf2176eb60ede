import { describe, expect, it } from 'vitest';
import { newLedger, type TestLedger } from './helpers';

/** The company row as stored: a refused update must leave it byte for byte as it was. */
function companyRow(ledger: TestLedger): unknown {
  return ledger.core.ledger.sqlite.prepare('SELECT * FROM company').get();
}

describe('penalty settings', () => {
  it('changes only the settings given, and stamps the company row', async () => {
    const ledger = await newLedger();
    const before = ledger.core.ledger.sqlite.prepare('SELECT updated_at FROM company').pluck().get() as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = await ledger.call('penalties.update', {
      minimumDunningCents: 5_000,
      recoveryIndemnityEnabled: false,
      paymentsStaleDays: 30,
      formalNoticeDeadlineDays: 8,
      promiseGraceDays: 0,
    });
    expect(after).toMatchObject({
      rule: 'ecb_plus_10',
      contractualRateBp: null,
      recoveryIndemnityEnabled: false,
      minimumDunningCents: 5_000,
      paymentsStaleDays: 30,
      formalNoticeDeadlineDays: 8,
      promiseGraceDays: 0,
    });
    expect(await ledger.call('penalties.get', {})).toEqual(after);
    const stamped = ledger.core.ledger.sqlite.prepare('SELECT updated_at FROM company').pluck().get() as string;
    expect(stamped > before).toBe(true);
  });

  it('refuses the contractual rule without a rate, and changes nothing', async () => {
    const ledger = await newLedger();
    const before = companyRow(ledger);
    const error = await ledger.fail('penalties.update', { rule: 'contractual', minimumDunningCents: 100 });
    expect(error).toMatchObject({ code: 'validation', field: 'contractualRateBp' });
    expect(error.message).toContain('taux contractuel');
    expect(companyRow(ledger)).toEqual(before);

    await ledger.call('penalties.update', { rule: 'contractual', contractualRateBp: 1_200 });
    const cleared = await ledger.fail('penalties.update', { contractualRateBp: null });
    expect(cleared).toMatchObject({ code: 'validation', field: 'contractualRateBp' });
  });

  it('refuses a contractual rate below 3 × the legal rate, giving the floor and its half-year', async () => {
    const ledger = await newLedger();
    const before = companyRow(ledger);
    // Today 2026-11-22: no rate yet for 2026-H2, the latest known is 2025-H2 at 2.76 %, floor 8.28 %.
    const error = await ledger.fail('penalties.update', { rule: 'contractual', contractualRateBp: 827 });
    expect(error).toMatchObject({ code: 'validation', field: 'contractualRateBp' });
    expect(error.message).toContain('8,28\u00a0%');
    expect(error.message).toContain('2,76\u00a0%');
    expect(error.message).toContain('2e semestre 2025');
    expect(companyRow(ledger)).toEqual(before);

    const atFloor = await ledger.call('penalties.update', { rule: 'contractual', contractualRateBp: 828 });
    expect(atFloor).toMatchObject({ rule: 'contractual', contractualRateBp: 828, floorWarning: null });
  });

  it('checks a stored rate when the contractual rule starts to use it', async () => {
    const ledger = await newLedger();
    // Under the ECB rule the rate is not used; once given it must still respect the floor.
    const given = await ledger.fail('penalties.update', { contractualRateBp: 500 });
    expect(given.field).toBe('contractualRateBp');
    await ledger.core.ledger.sqlite.prepare('UPDATE company SET contractual_rate_bp = 500').run();
    const switched = await ledger.fail('penalties.update', { rule: 'contractual' });
    expect(switched).toMatchObject({ code: 'validation', field: 'contractualRateBp' });
    expect((await ledger.call('penalties.get', {})).rule).toBe('ecb_plus_10');
  });

  it('warns when the legal rate table is raised above a contractual rate already set', async () => {
    const ledger = await newLedger();
    await ledger.call('penalties.update', { rule: 'contractual', contractualRateBp: 900 });
    expect((await ledger.call('penalties.get', {})).floorWarning).toBeNull();

    const legal = await ledger.call('rates.legal.list', {});
    await ledger.call('rates.legal.save', {
      rates: [...legal, { halfYearStart: '2026-07-01', professionalRateBp: 400, consumerRateBp: 700 }],
    });
    const warned = await ledger.call('penalties.get', {});
    expect(warned.floorWarning).toContain('9,00\u00a0%');
    expect(warned.floorWarning).toContain('12,00\u00a0%');
    expect(warned.floorWarning).toContain('2e semestre 2026');
    // The stored rate is kept (the user decides), but a new rate below the new floor is refused.
    expect(warned.contractualRateBp).toBe(900);
    expect((await ledger.fail('penalties.update', { contractualRateBp: 1_100 })).message).toContain('12,00');
  });

  it('accepts only an existing, active plan as the default', async () => {
    const ledger = await newLedger();
    const plans = await ledger.call('dunningPlans.list', {});
    const gentle = plans.find((p) => p.code === 'gentle')!;
    const before = companyRow(ledger);

    const missing = await ledger.fail('penalties.update', { defaultDunningPlanId: 999 });
    expect(missing).toMatchObject({ code: 'not_found', field: 'defaultDunningPlanId' });
    await ledger.call('dunningPlans.archive', { id: gentle.id, archived: true });
    const archived = await ledger.fail('penalties.update', { defaultDunningPlanId: gentle.id, promiseGraceDays: 9 });
    expect(archived).toMatchObject({ code: 'validation', field: 'defaultDunningPlanId' });
    expect(archived.message).toContain('Souple (grands comptes)');
    expect(companyRow(ledger)).toEqual(before);

    await ledger.call('dunningPlans.archive', { id: gentle.id, archived: false });
    const changed = await ledger.call('penalties.update', { defaultDunningPlanId: gentle.id });
    expect(changed.defaultDunningPlanId).toBe(gentle.id);
    const listed = await ledger.call('dunningPlans.list', {});
    expect(listed.filter((p) => p.isDefault).map((p) => p.code)).toEqual(['gentle']);
  });
});
