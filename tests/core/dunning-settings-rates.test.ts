import { describe, expect, it } from 'vitest';
import { newLedger, type TestLedger } from './helpers';

function table(ledger: TestLedger, name: 'ecb_rate' | 'legal_rate'): unknown[] {
  return ledger.core.ledger.sqlite.prepare(`SELECT * FROM ${name} ORDER BY id`).all();
}

describe('rate tables', () => {
  it('replaces the ECB table and returns it sorted', async () => {
    const ledger = await newLedger();
    const saved = await ledger.call('rates.ecb.save', {
      rates: [
        { effectiveDate: '2025-06-11', rateBp: 215 },
        { effectiveDate: '2023-09-20', rateBp: 450 },
        { effectiveDate: '2026-03-18', rateBp: 190 },
      ],
    });
    const expected = [
      { effectiveDate: '2023-09-20', rateBp: 450 },
      { effectiveDate: '2025-06-11', rateBp: 215 },
      { effectiveDate: '2026-03-18', rateBp: 190 },
    ];
    expect(saved).toEqual(expected);
    expect(await ledger.call('rates.ecb.list', {})).toEqual(expected);
  });

  it('refuses an ECB date given twice, naming the row, and keeps the table', async () => {
    const ledger = await newLedger();
    const before = table(ledger, 'ecb_rate');
    const error = await ledger.fail('rates.ecb.save', {
      rates: [
        { effectiveDate: '2024-06-12', rateBp: 425 },
        { effectiveDate: '2024-09-18', rateBp: 365 },
        { effectiveDate: '2024-10-23', rateBp: 340 },
        { effectiveDate: '2024-06-12', rateBp: 400 },
      ],
    });
    expect(error).toMatchObject({ code: 'validation', field: 'rates.3.effectiveDate' });
    expect(error.message).toContain('2024-06-12');
    expect(error.message).toContain('lignes 1 et 4');
    expect(table(ledger, 'ecb_rate')).toEqual(before);
  });

  it('refuses an empty table and a rate out of range', async () => {
    const ledger = await newLedger();
    const before = table(ledger, 'ecb_rate');
    expect(await ledger.fail('rates.ecb.save', { rates: [] })).toMatchObject({ code: 'validation', field: 'rates' });
    const tooHigh = await ledger.fail('rates.ecb.save', { rates: [{ effectiveDate: '2025-01-01', rateBp: 10_001 }] });
    expect(tooHigh).toMatchObject({ code: 'validation', field: 'rates.0.rateBp' });
    const negative = await ledger.fail('rates.legal.save', {
      rates: [{ halfYearStart: '2025-01-01', professionalRateBp: -1, consumerRateBp: 0 }],
    });
    expect(negative).toMatchObject({ code: 'validation', field: 'rates.0.professionalRateBp' });
    expect(table(ledger, 'ecb_rate')).toEqual(before);
  });

  it('replaces the legal table; half-years must start on 1 January or 1 July and be distinct', async () => {
    const ledger = await newLedger();
    const before = table(ledger, 'legal_rate');
    const notHalfYear = await ledger.fail('rates.legal.save', {
      rates: [{ halfYearStart: '2026-03-01', professionalRateBp: 300, consumerRateBp: 600 }],
    });
    expect(notHalfYear).toMatchObject({ code: 'validation', field: 'rates.0.halfYearStart' });
    const twice = await ledger.fail('rates.legal.save', {
      rates: [
        { halfYearStart: '2026-01-01', professionalRateBp: 300, consumerRateBp: 600 },
        { halfYearStart: '2026-07-01', professionalRateBp: 310, consumerRateBp: 610 },
        { halfYearStart: '2026-01-01', professionalRateBp: 320, consumerRateBp: 620 },
      ],
    });
    expect(twice).toMatchObject({ code: 'validation', field: 'rates.2.halfYearStart' });
    expect(twice.message).toContain('1er semestre 2026');
    expect(table(ledger, 'legal_rate')).toEqual(before);

    const saved = await ledger.call('rates.legal.save', {
      rates: [
        { halfYearStart: '2026-07-01', professionalRateBp: 310, consumerRateBp: 610 },
        { halfYearStart: '2026-01-01', professionalRateBp: 300, consumerRateBp: 600 },
      ],
    });
    expect(saved.map((r) => r.halfYearStart)).toEqual(['2026-01-01', '2026-07-01']);
    expect(await ledger.call('rates.legal.list', {})).toEqual(saved);
  });
});
