import { createInterface } from 'node:readline';
import type { Adapter, Delivery } from '../../src/core/adapter.ts';
import type { Core } from '../../src/core/message.ts';
import { sameRecipient, type Recipient } from '../../src/core/message.ts';
import { renderNumbered } from '../../src/dialogue/choice.ts';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  userId?: string;
  now?: () => Date;
  /** Where messages for other people (a mentor on Telegram, staff on WeChat) go; printed here when absent. */
  delivery?: Delivery;
}

/** An interactive chat in the terminal: one user, choices shown numbered, `/quit` or Ctrl-D to leave. */
export async function runConsole(core: Core, options: ConsoleOptions): Promise<void> {
  const { input, output } = options;
  const userId = options.userId ?? 'console-user';
  const me: Recipient = { platform: 'console', userId, chatId: userId };
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  const say = (text: string) => output.write(`${text}\n`);
  say('回乡通 · 荆州返乡创业和楚商回乡服务(输入 /quit 退出)');
  say('您好!请直接打字提问,比如"返乡创业贴息贷款最多多少"。');
  // Ctrl-C in a terminal arrives here (raw mode), not as a process signal: leave the chat like Ctrl-D.
  rl.on('SIGINT', () => rl.close());
  rl.setPrompt('你> ');
  rl.prompt();
  for await (const line of rl) {
    if (/^\/(quit|exit)$/.test(line.trim())) break;
    const turn = await core.handle({ ...me, chatType: 'direct', text: line, time: options.now?.() ?? new Date() });
    for (const m of turn.messages) {
      const body = renderNumbered(m.text, m.choices);
      if (sameRecipient(m.to, me)) say(`回乡通> ${body.replace(/\n/g, '\n        ')}`);
      else if (options.delivery && m.to.platform !== 'console') await options.delivery.deliver([m]);
      else say(`[通知 ${m.to.platform}:${m.to.userId}] ${body}`);
    }
    rl.prompt();
  }
  rl.close();
}

/** The terminal as a platform for messages that start elsewhere (a reminder, a mentor's answer). */
export function createConsoleAdapter(output: NodeJS.WritableStream): Adapter {
  return {
    platform: 'console',
    start: async () => {},
    deliver: async (m) => {
      output.write(`\n回乡通> ${renderNumbered(m.text, m.choices).replace(/\n/g, '\n        ')}\n`);
    },
    stop: async () => {},
  };
}
