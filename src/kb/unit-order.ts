import type { Entry } from './schema.ts';

/**
 * What a question names that one kind of unit handles ("孩子上学", "hospitals", "拿地"). Units are cut to two or three
 * on a phone screen, in the document's order; the one the question is about comes first, so it is not the one cut.
 */
const UNIT_TOPICS: ReadonlyArray<{ unit: RegExp; asks: RegExp }> = [
  { unit: /教育/, asks: /教育|上学|入学|读书|学校|孩子|子女|\bschool|\beducation|\bkids?\b|\bchildren/i },
  { unit: /卫健|卫生/, asks: /医疗|看病|医院|就医|\bmedical|\bhospital|\bhealth/i },
  { unit: /住房|住建/, asks: /住房|买房|房子|\bhousing|\bhouses?\b/i },
  { unit: /自然资源/, asks: /用地|土地|拿地|\bland\b/i },
  { unit: /侨联/, asks: /侨|\boverseas chinese/i },
];

/**
 * The entry with the units the question is about first, in both languages (the English list follows the Chinese by
 * position where the two are as long); the entry itself when the question names none of its units' work.
 */
export function unitsAskedFirst(entry: Entry, question: string): Entry {
  // ("housing and healthcare": every unit asked about comes first, in the entry's order.)
  const topics = UNIT_TOPICS.filter((t) => t.asks.test(question) && entry.units.some((u) => t.unit.test(u)));
  if (!topics.length) return entry;
  const asked = (unit: string): number => Number(topics.some((t) => t.unit.test(unit)));
  const order = entry.units.map((_, i) => i);
  order.sort((a, b) => asked(entry.units[b]!) - asked(entry.units[a]!));
  if (order.every((n, i) => n === i)) return entry;
  const aligned = entry.en.units.length === entry.units.length;
  return {
    ...entry,
    units: order.map((i) => entry.units[i]!),
    en: { ...entry.en, units: aligned ? order.map((i) => entry.en.units[i]!) : entry.en.units },
  };
}
