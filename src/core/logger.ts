/** Minimal structured logger port; writes JSON lines to stderr by default so stdout stays clean for JSONL mode. */
export interface Logger {
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

const halfWidth = (text: string) =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00A0\u2000-\u200A\u202F\u3000]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\uFE63]/g, '-');

/**
 * Masks personal data in free text before it is stored or logged: mainland mobile numbers (with or without +86,
 * spaces or dashes, full-width or not) keep their first 3 and last 4 digits, ID numbers (18 digits, also with X,
 * and the old 15) keep the area code and the last digits. Ordinary numbers (amounts, dates, refs, postcodes,
 * landlines) are left alone. Idempotent.
 */
export function maskPersonal(text: string): string {
  let seen = halfWidth(text);
  const hidden: number[] = [];
  for (const pattern of [ID_18, ID_15, MOBILE]) {
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

function scrub(value: unknown): unknown {
  // Masked before it is cut to 200 characters, so that a number or token across the cut is not half kept (the
  // margin to 1000 is far longer than any of them, and bounds the work on a huge value).
  if (typeof value === 'string') {
    const masked = clean(value.slice(0, 1000));
    return value.length > 200 ? `${masked.slice(0, 200)}…` : masked;
  }
  if (value instanceof Error) return { name: value.name, message: clean(value.message), ...(value.stack ? { stack: clean(value.stack) } : {}) };
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
  return value;
}

export function createLogger(options: { level?: 'info' | 'warn' | 'error' | 'silent'; write?: (line: string) => void } = {}): Logger {
  const order = { info: 0, warn: 1, error: 2, silent: 3 } as const;
  const min = order[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (level: 'info' | 'warn' | 'error') => (event: string, fields: Record<string, unknown> = {}) => {
    if (order[level] < min) return;
    write(JSON.stringify({ t: new Date().toISOString(), level, event, ...(scrub(fields) as object) }));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });
