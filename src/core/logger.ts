/** Minimal structured logger port; writes JSON lines to stderr by default so stdout stays clean for JSONL mode. */
export interface Logger {
  /** Details for whoever debugs (LOG_LEVEL=debug): the only level at which errors carry their stack. */
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

// Patterns run on a half-width copy of the text (same length: every character changed is one UTF-16 unit), so
// full-width digits, ＋ （ ） －, other dashes and (ideographic, no-break) spaces are found too; only the digits of `hide` become '*'.
// Groups may be split by one space or dash, as people type them: 138 1234 5678, 420102-19900101-123X.
const SEP = '[ -]?';
const ID_18 = new RegExp(`(?<!\\d)[1-8]\\d{5}${SEP}(?<hide>\\d{4}${SEP}\\d{4})${SEP}\\d{3}[\\dXx](?![\\dXx])`, 'dg');
const ID_15 = new RegExp(`(?<!\\d)[1-8]\\d{5}${SEP}(?<hide>\\d{6})${SEP}\\d{3}(?![\\dXx])`, 'dg');
// A mobile may follow +86, 86, 0086 or (+86) glued on: the digits before it are then the country code.
const MOBILE = new RegExp(`(?:(?<!\\d)|(?<=(?<!\\d)(?:00)?86))1[3-9]\\d${SEP}(?<hide>\\d{4})${SEP}\\d{4}(?!\\d)`, 'dg');

// A number abroad, "+65 8765 4321", "+1-415-555-0123": the country code and the last two digits stay.
const ABROAD = new RegExp(`(?<![\\d+])\\+(?!86)\\d{1,3}${SEP}(?<hide>(?:\\d${SEP}){4,12})\\d{2}(?!\\d)`, 'dg');

const halfWidth = (text: string) =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00A0\u2000-\u200A\u202F\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-');

/** A mobile number as shown to anyone but those who call it: 139****5678. */
export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

/**
 * Masks personal data in free text before it is stored or logged: mainland mobile numbers (with or without +86,
 * spaces or dashes, full-width or not) keep their first 3 and last 4 digits, ID numbers (18 digits, also with X,
 * and the old 15) keep the area code and the last digits, numbers abroad written with their "+" keep its code and
 * their last two digits. Ordinary numbers (amounts, dates, refs, postcodes,
 * landlines) are left alone. Idempotent.
 */
export function maskPersonal(text: string): string {
  let seen = halfWidth(text);
  const hidden: number[] = [];
  for (const pattern of [ID_18, ID_15, MOBILE, ABROAD]) {
    for (const match of seen.matchAll(pattern)) {
      const [start, end] = match.indices!.groups!['hide']!;
      for (let i = start; i < end; i++) if (/\d/.test(seen[i]!)) hidden.push(i);
    }
    // Hidden digits are no longer digits for the next pattern (an ID's tail is not a phone).
    if (hidden.length) {
      const chars = seen.split('');
      for (const i of hidden) chars[i] = '*';
      seen = chars.join('');
    }
  }
  if (!hidden.length) return text;
  const chars = text.split('');
  for (const i of hidden) chars[i] = '*';
  return chars.join('');
}

/** Bot tokens (Telegram's 123456789:AA…) can appear in URLs inside network errors. */
const BOT_TOKEN = /\d{5,}:[A-Za-z0-9_-]{30,}/g;
const clean = (text: string) => maskPersonal(text).replace(BOT_TOKEN, '<token>');

/** The levels, from the most to the least talkative; `silent` writes nothing. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Masks and shortens a logged value; an error keeps its stack only when `stacks` (LOG_LEVEL=debug). */
function scrub(value: unknown, stacks: boolean): unknown {
  // Masked before it is cut to 200 characters, so that a number or token across the cut is not half kept (the
  // margin to 1000 is far longer than any of them, and bounds the work on a huge value).
  if (typeof value === 'string') {
    const masked = clean(value.slice(0, 1000));
    return value.length > 200 ? `${masked.slice(0, 200)}…` : masked;
  }
  if (value instanceof Error) {
    return { name: value.name, message: clean(value.message), ...(stacks && value.stack ? { stack: clean(value.stack) } : {}) };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, stacks));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, stacks)]));
  return value;
}

/**
 * A logger writing one JSON line per event. Errors are logged with their name and message; their stack (many lines
 * of frames, repeated for every failure) only at `debug`, where someone is looking for it.
 */
export function createLogger(options: { level?: LogLevel; write?: (line: string) => void } = {}): Logger {
  const min = LOG_LEVELS.indexOf(options.level ?? 'info');
  const stacks = options.level === 'debug';
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log =
    (level: Exclude<LogLevel, 'silent'>) =>
    (event: string, fields: Record<string, unknown> = {}): void => {
      if (LOG_LEVELS.indexOf(level) < min) return;
      write(JSON.stringify({ t: new Date().toISOString(), level, event, ...(scrub(fields, stacks) as object) }));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });
