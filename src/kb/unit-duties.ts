import type { Entry } from './schema.ts';

/**
 * "我是农业农村局的 任务清单13项里面 有我们局的是哪几项", "市教育局的 两个方案里我们局要干哪些活": a member unit asking
 * what it is responsible for. The answer is every task row and plan article that names the unit among its
 * responsible units, read from the entries as loaded (nothing is listed by hand).
 */

/** Asking which tasks or articles fall to a unit. */
const ASKS_DUTIES =
  /哪几项|哪些项|哪几条|哪些条|哪条|哪项|哪些任务|哪些活|哪些事|哪些工作|干哪些|做哪些|(?:要|负责)(?:干|做)(?:什么|啥|些什么|些啥)|负责哪些|牵头哪些|涉及哪些/;
/** Asked by the unit itself in plainer words ("我们文旅局在这个方案里主要管么事"). */
export const ASKS_OWN_DUTIES =
  /(?:我们|我单位|本单位|咱们)[^。?？]{0,16}(?:(?:管|干|做|负责)(?:么事|么子|些么|些什么|什么事|啥事)|主要(?:管|干|做|负责)(?:什么|啥|么))/;

export interface UnitDuties {
  /** The unit as the plan names it ("市农业农村局"). */
  unit: string;
  /** Task-list rows naming it, in row order. */
  tasks: Entry[];
  /** Plan articles naming it, in the knowledge base's order. */
  articles: Entry[];
}

/** The unit's short name as people say it: "市农业农村局" → "农业农村局", "荆州金融监管分局" → "金融监管分局". */
const spoken = (unit: string): string => unit.replace(/^(?:荆州市?|市)/, '');

/** A spoken name this short is too common to name a unit on its own ("市委" in "团市委"). */
const MIN_NAME_CHARS = 3;

/** The unit a message names and asks the duties of, with them; undefined when it asks no such thing. */
export function unitDuties(text: string, entries: readonly Entry[]): UnitDuties | undefined {
  if (!ASKS_DUTIES.test(text) && !ASKS_OWN_DUTIES.test(text)) return undefined;
  const units = [...new Set(entries.flatMap((e) => e.units))].filter((u) => !/各县|人民政府|管委会/.test(u));
  // The longest name said wins ("市人社局" is not "人社局" inside another unit's name).
  const said = units
    .map((unit) => ({ unit, name: spoken(unit) }))
    .filter(({ name }) => [...name].length >= MIN_NAME_CHARS && text.includes(name))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (!said) return undefined;
  const naming = entries.filter((e) => e.units.includes(said.unit));
  const tasks = naming.filter((e) => /^task\.\d+$/.test(e.id));
  const articles = naming.filter((e) => !e.id.startsWith('task.'));
  return tasks.length || articles.length ? { unit: said.unit, tasks, articles } : undefined;
}
