/** Minimal structured logger port; writes JSON lines to stderr by default so stdout stays clean for JSONL mode. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const ID_CARD = /(?<![0-9xX])(\d{6})\d{8}(\d{3}[0-9xX])(?![0-9xX])/g;

/** Masks personal data that may appear in logged text: mobile numbers and ID card numbers. */
export function maskPersonal(text: string): string {
  return text.replace(ID_CARD, '$1********$2').replace(PHONE, '$1****$2');
}

/** Bot tokens (Telegram's 123456789:AA…) can appear in URLs inside network errors. */
const BOT_TOKEN = /\d{5,}:[A-Za-z0-9_-]{30,}/g;
const clean = (text: string) => maskPersonal(text).replace(BOT_TOKEN, '<token>');

function scrub(value: unknown): unknown {
  if (typeof value === 'string') return clean(value.length > 200 ? `${value.slice(0, 200)}…` : value);
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
