import { toLocal } from '../../booking/time.ts';
import { festivalsOf, FIRST_YEAR, LAST_YEAR } from '../../notices/festivals.ts';
import { UsageError } from '../startup.ts';
import type { AdminArea } from './area.ts';

/** `festivals [YEAR]`: the festival dates of a year (this year by default), as YYYY-MM-DD. */
export const festivals: AdminArea = {
  '*': ({ args, out }) => {
    const raw = args[0] ?? 'list';
    const year = raw === 'list' ? toLocal(Date.now()).year : Number(raw);
    if (!/^\d{4}$/.test(raw === 'list' ? String(year) : raw) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new UsageError(`festivals: the year must be 4 digits from ${FIRST_YEAR} to ${LAST_YEAR}, got "${raw}"`);
    }
    const list = festivalsOf(year);
    out.json(list);
    for (const f of list) out.text(`${f.date}  ${f.name}`);
  },
};
