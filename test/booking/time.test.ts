/**
 * Beijing wall-clock arithmetic used by slot search: local midnight by plain arithmetic must agree with the calendar
 * (Date's own fields at UTC+8) on every hour of years around now, across month and year ends and leap days.
 */
import { describe, expect, it } from 'vitest';
import { DAY_MS, fromLocal, HOUR_MS, startOfLocalDay, toLocal } from '../../src/booking/time.ts';

describe('local midnight', () => {
  it('is the calendar day of the time, at 00:00 Beijing time, for every hour of 2024 to 2028', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(2023, 11, 31); ms < Date.UTC(2029, 0, 2); ms += HOUR_MS) {
      const t = toLocal(ms);
      if (startOfLocalDay(ms) !== fromLocal(t.year, t.month, t.day)) wrong.push(new Date(ms).toISOString());
    }
    expect(wrong).toEqual([]);
  });

  it('is the time itself at midnight, and the day before one millisecond earlier', () => {
    const midnight = fromLocal(2028, 2, 29);
    expect(startOfLocalDay(midnight)).toBe(midnight);
    expect(startOfLocalDay(midnight - 1)).toBe(midnight - DAY_MS);
    expect(toLocal(startOfLocalDay(midnight + 23 * HOUR_MS))).toMatchObject({ month: 2, day: 29, minutes: 0 });
  });
});
