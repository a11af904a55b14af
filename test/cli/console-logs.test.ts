import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../adapters/console/console.ts';
import { createApp } from '../../src/app.ts';
import { startLogger, type LogStream } from '../../src/cli/startup.ts';
import { KNOWLEDGE_DIR, tempDir } from '../helpers.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

/** Saturday 28 November 2026, 10:00 in Jingzhou. */
const now = () => new Date('2026-11-28T10:00:00+08:00');

/** A JSON log line as the logger writes it (`{"t":…,"level":"warn","event":…}`), also after a prompt (`你> {"t":…`). */
const LOG_LINE = /\{"t":"[^"]*","level":"/;

/**
 * Books the sample mentor (who has no chat account bound, so the bot logs `booking.mentor_unbound` at warn) in the
 * terminal chat, with the process's logger made as `npm start` makes it. Returns what the chat printed.
 */
async function bookInConsoleChat(stderr: LogStream, dataDir: string, chat: PassThrough): Promise<string> {
  const config = { LOG_LEVEL: 'warn' as const, LOG_FILE: undefined, HUIXIANG_DB: join(dataDir, 'huixiang.sqlite') };
  const { logger } = startLogger(config, { consoleChat: true, stderr });
  const app = createApp({
    knowledgeDir: KNOWLEDGE_DIR,
    understanding: sharedUnderstanding(KNOWLEDGE_DIR),
    dbPath: ':memory:',
    logger,
    samples: true,
    now,
  });
  let printed = '';
  chat.setEncoding('utf8').on('data', (text: string) => (printed += text));
  const input = new PassThrough();
  input.end(['想约个懂电商的老师 线上聊 下周二下午', '1', '138-1234-5678', '确认', '/quit', ''].join('\n'));
  try {
    await runConsole(app.core, { input, output: chat, now });
  } finally {
    app.close();
  }
  return printed;
}

describe('logs in the terminal chat', () => {
  it('a booking of an unbound mentor logs to a file, not into the chat, when stderr is the same terminal', async () => {
    const dataDir = tempDir();
    // One screen: what the chat prints and what goes to stderr end up in the same place, as in a terminal.
    const terminal = new PassThrough();
    const printed = await bookInConsoleChat({ isTTY: true, write: (line) => terminal.write(line) }, dataDir, terminal);

    expect(printed).toMatch(/预约已提交,编号 YY\d{7}/);
    expect(printed).toContain('工作人员会转告');
    expect(printed).not.toMatch(LOG_LINE);
    expect(printed).not.toContain('booking.mentor_unbound');
    // One plain line says where the logs are; the warning itself is there.
    const file = join(dataDir, 'huixiang.log');
    expect(printed).toContain(`logs go to ${file}`);
    const logged = readFileSync(file, 'utf8');
    expect(logged).toMatch(LOG_LINE);
    expect(logged).toContain('"event":"booking.mentor_unbound"');
  });

  it('keeps a redirected stderr (2>bot.log, Docker) as the destination, still apart from the chat', async () => {
    const dataDir = tempDir();
    let onStderr = '';
    const chat = new PassThrough();
    const printed = await bookInConsoleChat({ isTTY: false, write: (line) => (onStderr += line) }, dataDir, chat);

    expect(printed).toMatch(/预约已提交,编号 YY\d{7}/);
    expect(printed).not.toMatch(LOG_LINE);
    expect(onStderr).toContain('"event":"booking.mentor_unbound"');
    expect(onStderr).not.toContain('logs go to');
  });
});
