import { existsSync } from 'node:fs';
import { z } from 'zod';

/** Every setting the bot reads, validated at start; `.env.example` documents each. */
export const ConfigSchema = z.object({
  HUIXIANG_DB: z.string().min(1).default('./data/huixiang.sqlite'),
  HUIXIANG_KNOWLEDGE: z.string().min(1).default('./knowledge'),
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).default('warn'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** A setting that cannot be used; the message names the variable and what is wrong. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration is invalid:\n  ${problems.join('\n  ')}`);
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
