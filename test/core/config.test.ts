import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, enabledAdapters, loadConfig } from '../../src/config.ts';
import { ROOT, runCli } from '../helpers.ts';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
};

describe('configuration', () => {
  it('defaults to the console on the embedded SQLite file', () => {
    const config = loadConfig({});
    expect(config.HUIXIANG_DB).toBe('./data/huixiang.sqlite');
    expect(enabledAdapters(config)).toEqual(['console']);
  });

  it('turns on each platform whose credentials are present, and empty values count as unset', () => {
    expect(enabledAdapters(loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN }))).toEqual(['telegram']);
    expect(enabledAdapters(loadConfig({ WECHATY_PUPPET: 'wechaty-puppet-wechat4u', TELEGRAM_BOT_TOKEN: TOKEN }))).toEqual([
      'wechat',
      'telegram',
    ]);
    expect(enabledAdapters(loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, HUIXIANG_CONSOLE: 'on' }))).toEqual(['console', 'telegram']);
    expect(enabledAdapters(loadConfig({ TELEGRAM_BOT_TOKEN: '', WECHATY_PUPPET: '' }))).toEqual(['console']);
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN: must look like 123456789:AA… (from @BotFather)'],
    [
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'http://example.org/hook', TELEGRAM_WEBHOOK_SECRET: 'abcdefghijklmnop' },
      'TELEGRAM_WEBHOOK_URL: must be an https:// URL',
    ],
    [
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://example.org/hook' },
      'TELEGRAM_WEBHOOK_SECRET: is required when TELEGRAM_WEBHOOK_URL is set',
    ],
    [
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: 'https://example.org/hook', TELEGRAM_WEBHOOK_SECRET: 'short' },
      'TELEGRAM_WEBHOOK_SECRET: 16–256 characters',
    ],
    [{ TELEGRAM_WEBHOOK_PORT: '99999' }, 'TELEGRAM_WEBHOOK_PORT:'],
    [{ WECHATY_PUPPET: 'padlocal' }, 'WECHATY_PUPPET: must be a puppet package name'],
    [{ WECHATY_PUPPET: 'wechaty-puppet-service' }, 'WECHATY_PUPPET_SERVICE_TOKEN: is required with WECHATY_PUPPET=wechaty-puppet-service'],
    [
      { WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_padlocal_0123456789' },
      'WECHATY_PUPPET: is required when WECHATY_PUPPET_SERVICE_TOKEN is set',
    ],
    [
      { WECHAT_SWITCH_GAP_MIN_MS: '6000', WECHAT_SWITCH_GAP_MAX_MS: '5000' },
      'WECHAT_SWITCH_GAP_MIN_MS: must not be greater than WECHAT_SWITCH_GAP_MAX_MS',
    ],
    [{ WECHAT_PER_MINUTE: 'lots' }, 'WECHAT_PER_MINUTE:'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL:'],
  ])('%o is refused naming the variable', (env, message) => {
    const problems = problemsOf(env);
    expect(problems.join('\n')).toContain(message);
  });

  it('never repeats a secret in its messages', () => {
    const secret = 'puppet_padlocal_SECRETSECRET';
    expect(problemsOf({ WECHATY_PUPPET_SERVICE_TOKEN: secret }).join('\n')).not.toContain(secret);
    expect(problemsOf({ TELEGRAM_BOT_TOKEN: 'SECRET-but-malformed' }).join('\n')).not.toContain('SECRET-but-malformed');
  });

  it('.env.example documents every setting, and parses as a valid configuration', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const vars = Object.fromEntries([...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
    expect(Object.keys(vars).sort()).toEqual(Object.keys(ConfigSchema.shape ?? {}).sort());
    expect(problemsOf(vars)).toEqual([]);
  });

  it('npm start with a broken setting exits 1 with the message and no stack trace', async () => {
    const result = await runCli('npm', ['start', '--silent'], '', { TELEGRAM_BOT_TOKEN: 'nope' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TELEGRAM_BOT_TOKEN: must look like');
    expect(result.stderr).not.toMatch(/^\s+at \S/m);
  });
});
