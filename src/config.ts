import { existsSync } from 'node:fs';
import { z } from 'zod';
import { LOG_LEVELS } from './core/logger.ts';
import { DEFAULT_LIMITS, type SecurityLimits } from './security/limits.ts';

/** An empty value in `.env` (`TELEGRAM_BOT_TOKEN=`) means "not set". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, value: z.input<T>) =>
  z.preprocess((v) => (v === '' || v === undefined ? value : v), schema);
const millis = z.coerce.number().int().min(0).max(600_000);
const count = z.coerce.number().int().min(1).max(1_000_000);

/** Every setting the bot reads, validated at start; `.env.example` documents each (in Chinese and English). */
export const ConfigSchema = z
  .object({
    HUIXIANG_DB: withDefault(z.string().min(1), './data/huixiang.sqlite'),
    HUIXIANG_KNOWLEDGE: withDefault(z.string().min(1), './knowledge'),
    LOG_LEVEL: withDefault(z.enum(LOG_LEVELS), 'warn'),
    /** Log lines are appended here when set; otherwise stderr, or huixiang.log next to the database while the terminal chat shares the terminal. */
    LOG_FILE: optional(z.string().min(1)),
    /** `auto`: the terminal chat runs when no platform is configured; `on` / `off` force it. */
    HUIXIANG_CONSOLE: withDefault(z.enum(['auto', 'on', 'off']), 'auto'),
    /** `auto`: the sample mentors, stations and events (示例) fill an empty database only when no platform is configured. */
    HUIXIANG_SAMPLES: withDefault(z.enum(['auto', 'on', 'off']), 'auto'),

    CODE_FAILURES_PER_HOUR: withDefault(z.coerce.number().int().min(1).max(100), DEFAULT_LIMITS.codeFailuresPerHour),
    CODE_FAILURES_PER_MINUTE: withDefault(z.coerce.number().int().min(1).max(10_000), DEFAULT_LIMITS.codeFailuresPerMinute),
    STAFF_CODE_TTL_HOURS: withDefault(
      z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 30),
      DEFAULT_LIMITS.staffCodeTtlHours,
    ),
    USER_MESSAGES_PER_MINUTE: withDefault(z.coerce.number().int().min(1).max(1000), DEFAULT_LIMITS.messagesPerMinute),
    WECHAT_SENT_RETENTION_DAYS: withDefault(z.coerce.number().int().min(1).max(365), DEFAULT_LIMITS.sentRetentionDays),

    WECHATY_PUPPET: optional(
      z
        .string()
        .regex(
          /^(@[\w-]+\/)?wechaty-puppet-[\w-]+$/,
          'must be a puppet package name such as wechaty-puppet-wechat4u or wechaty-puppet-service',
        ),
    ),
    WECHATY_PUPPET_SERVICE_TOKEN: optional(z.string().min(8, 'looks too short for a puppet service token')),
    WECHATY_NAME: withDefault(z.string().regex(/^[\w-]+$/, 'letters, digits, - and _ only (it names the login session file)'), 'huixiang'),
    WECHAT_QR_PNG: withDefault(z.string().min(1), './data/wechat-login.png'),
    WECHAT_WELCOME: withDefault(
      z.string().min(1).max(500),
      '您好,我是荆州"回乡通"。返乡创业贷款、补贴、园区、培训、用地、人才政策,楚商回乡投资,预约创业导师,都可以直接问我。',
    ),
    WECHAT_MIN_GAP_MS: withDefault(millis, 1000),
    WECHAT_SWITCH_GAP_MIN_MS: withDefault(millis, 3000),
    WECHAT_SWITCH_GAP_MAX_MS: withDefault(millis, 5000),
    WECHAT_PER_MINUTE: withDefault(count, 20),
    WECHAT_PER_DAY: withDefault(count, 1000),

    TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, 'must look like 123456789:AA… (from @BotFather)')),
    TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/, error: 'must be an https:// URL' })),
    TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, '16–256 characters of A-Z, a-z, 0-9, _ and -')),
    TELEGRAM_WEBHOOK_PORT: withDefault(z.coerce.number().int().min(1).max(65535), 8080),
    TELEGRAM_API_ROOT: withDefault(z.url(), 'https://api.telegram.org'),

    /** Nightly backups (03:15) and `admin -- backup` go here; empty: backups/ next to the database. */
    BACKUP_DIR: optional(z.string().min(1)),
    /** Nightly backups older than this many days are deleted; 0 turns the nightly backup off. */
    BACKUP_KEEP_DAYS: withDefault(z.coerce.number().int().min(0).max(3650), 14),
    /** The /healthz endpoint listens on this port when set (off by default). */
    HEALTH_PORT: optional(z.coerce.number().int().min(1).max(65535)),
    /** Address /healthz binds to; 127.0.0.1 keeps it on this machine (0.0.0.0 inside a container). */
    HEALTH_HOST: withDefault(z.string().min(1), '127.0.0.1'),

    /** The web console (issue 15) listens on this port when `npm start` runs (off by default); `npm run web` defaults to 8090. */
    WEB_PORT: optional(z.coerce.number().int().min(1).max(65535)),
    /** Address the console binds to; 127.0.0.1 keeps it on this machine (put an https proxy in front for others). */
    WEB_HOST: withDefault(z.string().min(1), '127.0.0.1'),
    /** Where sign-in links point, e.g. https://hx.example.cn (no trailing path); default http://127.0.0.1:WEB_PORT. */
    WEB_PUBLIC_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })),
    /** How long a console sign-in lasts, in hours. */
    WEB_SESSION_HOURS: withDefault(
      z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 30),
      8,
    ),

    /** The optional language model (issue 14): `none` keeps every answer offline and loads no provider package. */
    LLM_PROVIDER: withDefault(z.enum(['none', 'openai', 'ollama']), 'none'),
    /** An OpenAI-compatible endpoint as its provider documents it (usually ending in /v1), or Ollama's address. */
    LLM_BASE_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })),
    LLM_MODEL: optional(z.string().min(1).max(200)),
    /** A secret: never logged, never repeated in an error message. */
    LLM_API_KEY: optional(z.string().min(1)),
    LLM_TIMEOUT_MS: withDefault(z.coerce.number().int().min(100).max(60_000), 3000),
    /** What the model may do: `understand` (read unsure messages), `phrase` (write answers from retrieved facts). */
    LLM_ROLES: withDefault(
      z
        .string()
        .regex(/^\s*(understand|phrase)\s*(,\s*(understand|phrase)\s*)?$/, 'a comma list of understand and phrase')
        .transform((roles) => [...new Set(roles.split(',').map((role) => role.trim() as 'understand' | 'phrase'))]),
      'understand,phrase',
    ),
    LLM_CALLS_PER_MINUTE: withDefault(count, 30),
    LLM_CALLS_PER_DAY: withDefault(count, 2000),
    /** The model sees policy questions only (never booking, lead or notice conversations). */
    LLM_POLICY_ONLY: withDefault(z.stringbool({ error: 'must be true or false' }), 'true'),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TELEGRAM_WEBHOOK_SECRET'],
        message: 'is required when TELEGRAM_WEBHOOK_URL is set (Telegram sends it back in every request)',
      });
    }
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'is required when TELEGRAM_WEBHOOK_URL is set' });
    }
    if (c.WECHATY_PUPPET === 'wechaty-puppet-service' && !c.WECHATY_PUPPET_SERVICE_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHATY_PUPPET_SERVICE_TOKEN'],
        message: 'is required with WECHATY_PUPPET=wechaty-puppet-service',
      });
    }
    if (c.WECHATY_PUPPET_SERVICE_TOKEN && !c.WECHATY_PUPPET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHATY_PUPPET'],
        message: 'is required when WECHATY_PUPPET_SERVICE_TOKEN is set (usually wechaty-puppet-service)',
      });
    }
    if (c.WECHAT_SWITCH_GAP_MIN_MS > c.WECHAT_SWITCH_GAP_MAX_MS) {
      ctx.addIssue({ code: 'custom', path: ['WECHAT_SWITCH_GAP_MIN_MS'], message: 'must not be greater than WECHAT_SWITCH_GAP_MAX_MS' });
    }
    if (c.LLM_PROVIDER !== 'none') {
      const required = ['LLM_BASE_URL', 'LLM_MODEL', ...(c.LLM_PROVIDER === 'openai' ? ['LLM_API_KEY' as const] : [])] as const;
      for (const name of required) {
        if (!c[name]) ctx.addIssue({ code: 'custom', path: [name], message: `is required with LLM_PROVIDER=${c.LLM_PROVIDER}` });
      }
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

/** The abuse limits and retention periods a configuration sets. */
export const limitsOf = (config: Config): SecurityLimits => ({
  codeFailuresPerHour: config.CODE_FAILURES_PER_HOUR,
  codeFailuresPerMinute: config.CODE_FAILURES_PER_MINUTE,
  staffCodeTtlHours: config.STAFF_CODE_TTL_HOURS,
  messagesPerMinute: config.USER_MESSAGES_PER_MINUTE,
  sentRetentionDays: config.WECHAT_SENT_RETENTION_DAYS,
});

/**
 * Where the console's sign-in links point: WEB_PUBLIC_URL, or http://127.0.0.1:PORT for the port it listens on;
 * undefined when neither is known (then /web says the console is not open).
 */
export function webPublicUrl(config: Pick<Config, 'WEB_PUBLIC_URL' | 'WEB_PORT'>, port = config.WEB_PORT): string | undefined {
  if (config.WEB_PUBLIC_URL) return config.WEB_PUBLIC_URL.replace(/\/+$/, '');
  return port ? `http://127.0.0.1:${port}` : undefined;
}

/** The adapters a configuration asks for: each platform whose credentials are present, the console otherwise. */
export function enabledAdapters(config: Config): Array<'console' | 'wechat' | 'telegram'> {
  const platforms: Array<'console' | 'wechat' | 'telegram'> = [];
  if (config.WECHATY_PUPPET) platforms.push('wechat');
  if (config.TELEGRAM_BOT_TOKEN) platforms.push('telegram');
  if (config.HUIXIANG_CONSOLE === 'on' || (config.HUIXIANG_CONSOLE === 'auto' && !platforms.length)) platforms.unshift('console');
  return platforms;
}

/**
 * Whether the sample data (示例 mentors, stations, events) may fill an empty database: for the quick start without
 * credentials, or when asked (`HUIXIANG_SAMPLES=on`). A bot with WeChat or Telegram configured serves real people,
 * who must not book a made-up mentor.
 */
export function samplesWanted(config: Pick<Config, 'HUIXIANG_SAMPLES' | 'WECHATY_PUPPET' | 'TELEGRAM_BOT_TOKEN'>): boolean {
  if (config.HUIXIANG_SAMPLES !== 'auto') return config.HUIXIANG_SAMPLES === 'on';
  return !config.WECHATY_PUPPET && !config.TELEGRAM_BOT_TOKEN;
}

/** A setting that cannot be used; the message names the variable and what is wrong, never its value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration is invalid (see .env.example):\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` (if present) into the environment, then validates. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return result.data;
}
