import { describe, expect, it } from 'vitest';
import { newLedger, type TestLedger } from './helpers';

function planTables(ledger: TestLedger): unknown {
  const all = (sql: string) => ledger.core.ledger.sqlite.prepare(sql).all();
  return {
    plans: all('SELECT * FROM dunning_plan ORDER BY id'),
    steps: all('SELECT * FROM dunning_step ORDER BY id'),
    clients: all('SELECT id, dunning_plan_id, updated_at FROM client ORDER BY id'),
    activity: all('SELECT * FROM activity ORDER BY id'),
  };
}

async function shipped(ledger: TestLedger) {
  const plans = await ledger.call('dunningPlans.list', {});
  const templates = await ledger.call('templates.list', {});
  const template = (code: string) => templates.find((t) => t.code === code)!.id;
  const plan = (code: string) => plans.find((p) => p.code === code)!;
  return { plan, template };
}

describe('dunning plans', () => {
  it('creates a plan with its steps ordered by offset, positions 1..n', async () => {
    const ledger = await newLedger();
    const { template } = await shipped(ledger);
    const created = await ledger.call('dunningPlans.save', {
      code: 'btp',
      name: 'Bâtiment',
      steps: [
        { offsetDays: 30, channel: 'registered_letter', templateId: template('fr.formal_notice') },
        { offsetDays: -2, channel: 'email', templateId: template('fr.courtesy') },
        { offsetDays: 10, channel: 'call', templateId: null },
      ],
    });
    expect(created).toMatchObject({
      code: 'btp',
      name: 'Bâtiment',
      description: '',
      archived: false,
      isDefault: false,
    });
    expect(created.steps.map((s) => [s.position, s.offsetDays, s.channel])).toEqual([
      [1, -2, 'email'],
      [2, 10, 'call'],
      [3, 30, 'registered_letter'],
    ]);
    expect((await ledger.call('dunningPlans.list', {})).map((p) => p.code)).toEqual([
      'standard',
      'strict',
      'gentle',
      'btp',
    ]);
  });

  it('refuses a taken code, repeated offsets, a missing or unknown template, and writes nothing', async () => {
    const ledger = await newLedger();
    const { plan, template } = await shipped(ledger);
    const before = planTables(ledger);
    const letter = template('fr.reminder_1');

    const taken = await ledger.fail('dunningPlans.save', {
      code: 'strict',
      name: 'Autre',
      steps: [{ offsetDays: 5, channel: 'letter', templateId: letter }],
    });
    expect(taken).toMatchObject({ code: 'conflict', field: 'code' });
    expect(taken.message).toContain('« strict »');

    const repeated = await ledger.fail('dunningPlans.save', {
      id: plan('standard').id,
      code: 'standard',
      name: 'Standard',
      steps: [
        { offsetDays: 5, channel: 'letter', templateId: letter },
        { offsetDays: 10, channel: 'call', templateId: null },
        { offsetDays: 5, channel: 'email', templateId: letter },
      ],
    });
    expect(repeated).toMatchObject({ code: 'validation', field: 'steps.2.offsetDays' });
    expect(repeated.message).toContain('J+5');

    const noTemplate = await ledger.fail('dunningPlans.save', {
      code: 'x',
      name: 'X',
      steps: [
        { offsetDays: 5, channel: 'call', templateId: null },
        { offsetDays: 9, channel: 'litigation', templateId: null },
      ],
    });
    expect(noTemplate).toMatchObject({ code: 'validation', field: 'steps.1.templateId' });
    expect(noTemplate.message).toContain('contentieux, J+9');

    const unknown = await ledger.fail('dunningPlans.save', {
      code: 'x',
      name: 'X',
      steps: [
        { offsetDays: -3, channel: 'email', templateId: letter },
        { offsetDays: 7, channel: 'letter', templateId: 9_999 },
      ],
    });
    expect(unknown).toMatchObject({ code: 'not_found', field: 'steps.1.templateId' });
    expect(unknown.message).toContain('9999');

    const missingPlan = await ledger.fail('dunningPlans.save', {
      id: 9_999,
      code: 'x',
      name: 'X',
      steps: [{ offsetDays: 7, channel: 'letter', templateId: letter }],
    });
    expect(missingPlan).toMatchObject({ code: 'not_found', field: 'id' });
    expect(planTables(ledger)).toEqual(before);
  });

  it('replaces the steps of a plan and keeps the reminders already done on the old ones', async () => {
    const ledger = await newLedger();
    const { plan, template } = await shipped(ledger);
    const standard = plan('standard');
    const client = await ledger.call('clients.create', { code: 'C001', name: 'Garage Lefèvre' });
    const invoice = await ledger.call('invoices.create', {
      clientId: client.id,
      number: 'FA-1',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      amountCents: 120_000,
    });
    const oldStep = standard.steps.find((s) => s.offsetDays === 7)!;
    const sqlite = ledger.core.ledger.sqlite;
    const { lastInsertRowid } = sqlite
      .prepare(
        `INSERT INTO reminder (client_id, plan_id, step_id, offset_days, channel, template_id, level, date, status, open_cents)
         VALUES (?, ?, ?, 7, 'letter', ?, 'reminder_1', '2026-10-08', 'done', 120000)`,
      )
      .run(client.id, standard.id, oldStep.id, oldStep.templateId);
    sqlite
      .prepare(
        'INSERT INTO reminder_invoice (reminder_id, invoice_id, offset_days, open_cents) VALUES (?, ?, 7, 120000)',
      )
      .run(lastInsertRowid, invoice.id);

    const edited = await ledger.call('dunningPlans.save', {
      id: standard.id,
      code: 'standard',
      name: 'Standard revu',
      description: 'Deux relances puis la mise en demeure.',
      steps: [
        { offsetDays: 40, channel: 'registered_letter', templateId: template('fr.formal_notice') },
        { offsetDays: 10, channel: 'letter', templateId: template('fr.reminder_1') },
        { offsetDays: 20, channel: 'letter', templateId: template('fr.reminder_2') },
      ],
    });
    expect(edited).toMatchObject({ id: standard.id, name: 'Standard revu', isDefault: true, clientCount: 1 });
    expect(edited.steps.map((s) => [s.position, s.offsetDays])).toEqual([
      [1, 10],
      [2, 20],
      [3, 40],
    ]);
    expect(sqlite.prepare('SELECT COUNT(*) FROM dunning_step WHERE plan_id = ?').pluck().get(standard.id)).toBe(3);
    expect(sqlite.prepare('SELECT step_id, plan_id, offset_days, status FROM reminder').all()).toEqual([
      { step_id: null, plan_id: standard.id, offset_days: 7, status: 'done' },
    ]);
    expect(sqlite.prepare('SELECT invoice_id, offset_days FROM reminder_invoice').all()).toEqual([
      { invoice_id: invoice.id, offset_days: 7 },
    ]);
  });

  it('archives a plan nobody follows, but never the default one or one clients follow', async () => {
    const ledger = await newLedger();
    const { plan } = await shipped(ledger);
    const client = await ledger.call('clients.create', { code: 'C001', name: 'Garage Lefèvre' });
    await ledger.call('dunningPlans.assign', { clientId: client.id, planId: plan('strict').id });
    const before = planTables(ledger);

    const isDefault = await ledger.fail('dunningPlans.archive', { id: plan('standard').id, archived: true });
    expect(isDefault).toMatchObject({ code: 'validation', field: 'id' });
    expect(isDefault.message).toContain('par défaut');
    const followed = await ledger.fail('dunningPlans.archive', { id: plan('strict').id, archived: true });
    expect(followed).toMatchObject({ code: 'validation', field: 'id' });
    expect(followed.message).toContain('1 client suit');
    expect(planTables(ledger)).toEqual(before);

    const archived = await ledger.call('dunningPlans.archive', { id: plan('gentle').id, archived: true });
    expect(archived).toMatchObject({ code: 'gentle', archived: true });
    expect((await ledger.call('dunningPlans.list', {})).map((p) => p.code)).toEqual(['standard', 'strict']);
    const all = await ledger.call('dunningPlans.list', { includeArchived: true });
    expect(all.map((p) => [p.code, p.archived])).toEqual([
      ['standard', false],
      ['strict', false],
      ['gentle', true],
    ]);
    const refused = await ledger.fail('dunningPlans.assign', { clientId: client.id, planId: plan('gentle').id });
    expect(refused).toMatchObject({ code: 'validation', field: 'planId' });
    const restored = await ledger.call('dunningPlans.archive', { id: plan('gentle').id, archived: false });
    expect(restored.archived).toBe(false);
  });

  it('assigns a plan to a client, records it in the timeline, and counts the followers', async () => {
    const ledger = await newLedger();
    const { plan } = await shipped(ledger);
    const a = await ledger.call('clients.create', { code: 'C001', name: 'Garage Lefèvre' });
    await ledger.call('clients.create', { code: 'C002', name: 'Boulangerie Dupré' });
    const archivedClient = await ledger.call('clients.create', { code: 'C003', name: 'Ancien client' });
    await ledger.call('clients.archive', { id: archivedClient.id, archived: true });
    const before = planTables(ledger);

    expect(await ledger.fail('dunningPlans.assign', { clientId: 999, planId: null })).toMatchObject({
      code: 'not_found',
      field: 'clientId',
    });
    expect(await ledger.fail('dunningPlans.assign', { clientId: a.id, planId: 999 })).toMatchObject({
      code: 'not_found',
      field: 'planId',
    });
    expect(planTables(ledger)).toEqual(before);

    await ledger.call('dunningPlans.assign', { clientId: a.id, planId: plan('strict').id });
    const counts = (await ledger.call('dunningPlans.list', {})).map((p) => [p.code, p.clientCount]);
    expect(counts).toEqual([
      ['standard', 1],
      ['strict', 1],
      ['gentle', 0],
    ]);
    expect((await ledger.call('clients.get', { id: a.id })).dunningPlanId).toBe(plan('strict').id);

    await ledger.call('dunningPlans.assign', { clientId: a.id, planId: null });
    expect((await ledger.call('clients.get', { id: a.id })).dunningPlanId).toBeNull();
    const summaries = ledger.core.ledger.sqlite
      .prepare("SELECT summary FROM activity WHERE client_id = ? AND kind = 'client.updated' ORDER BY id")
      .pluck()
      .all(a.id);
    expect(summaries).toEqual([
      'Scénario de relance : Strict (clients à risque)',
      'Scénario de relance : Standard (par défaut)',
    ]);
  });
});
