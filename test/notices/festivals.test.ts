import { describe, expect, it } from 'vitest';
import { festivalsOf, planningReminderDue, upcomingFestivals } from '../../src/notices/festivals.ts';
import { adminCli } from '../support/admin.ts';

/** Checked against the State Council holiday notices and Hong Kong Observatory's calendar tables. */
const TABLE: Record<number, Record<string, string>> = {
  2025: { 春节: '2025-01-29', 清明: '2025-04-04', 端午: '2025-05-31', 中秋: '2025-10-06', 国庆: '2025-10-01' },
  2026: { 春节: '2026-02-17', 清明: '2026-04-05', 端午: '2026-06-19', 中秋: '2026-09-25', 国庆: '2026-10-01' },
  2027: { 春节: '2027-02-06', 清明: '2027-04-05', 端午: '2027-06-09', 中秋: '2027-09-15', 国庆: '2027-10-01' },
  2028: { 春节: '2028-01-26', 清明: '2028-04-04', 端午: '2028-05-28', 中秋: '2028-10-03', 国庆: '2028-10-01' },
  2029: { 春节: '2029-02-13', 清明: '2029-04-04', 端午: '2029-06-16', 中秋: '2029-09-22', 国庆: '2029-10-01' },
  2030: { 春节: '2030-02-03', 清明: '2030-04-05', 端午: '2030-06-05', 中秋: '2030-09-12', 国庆: '2030-10-01' },
};

describe('festival calendar', () => {
  it.each(Object.keys(TABLE).map(Number))('gives the five festivals of %i', (year) => {
    const festivals = festivalsOf(year);
    expect(Object.fromEntries(festivals.map((f) => [f.name, f.date]))).toEqual(TABLE[year]);
    expect(festivals.map((f) => f.date)).toEqual([...festivals.map((f) => f.date)].sort());
  });

  it('refuses a year outside the calendar', () => {
    expect(() => festivalsOf(1800)).toThrow(/1901 to 2099/);
    expect(() => festivalsOf(2026.5)).toThrow(RangeError);
  });

  it('looks ahead across the year end in Shanghai time, and finds the day 21 days before each festival', () => {
    // 2027-01-16T16:00Z is already 17 January in Shanghai: 春节 2027-02-06 is 20 days away.
    const soon = upcomingFestivals(new Date('2027-01-16T16:00:00Z'), 30);
    expect(soon).toEqual([{ name: '春节', date: '2027-02-06', inDays: 20 }]);
    // From 2026-12-20 the next 春节 is in 2027.
    expect(upcomingFestivals(new Date('2026-12-20T02:00:00Z'), 60).map((f) => f.date)).toEqual(['2027-02-06']);
    expect(planningReminderDue(new Date('2027-01-16T02:00:00Z'))).toEqual([{ name: '春节', date: '2027-02-06' }]);
    expect(planningReminderDue(new Date('2027-01-16T16:00:00Z'))).toEqual([]);
    expect(planningReminderDue(new Date('2026-09-10T00:00:00Z'), 15)).toEqual([{ name: '中秋', date: '2026-09-25' }]);
  });

  it('prints a year as JSON through the admin CLI, and refuses a bad year without a stack', async () => {
    // In this process: the entry point is started in test/cli/admin.test.ts.
    const ok = await adminCli(['festivals', '2027', '--json', '--db', ':memory:']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(festivalsOf(2027));
    const bad = await adminCli(['festivals', '20x7', '--db', ':memory:']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/year/);
    expect(bad.stderr).not.toMatch(/^\s*at \S/m);
  });
});
