import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Core } from '../core/bot.ts';
import { sameRecipient, type Recipient } from '../core/message.ts';
import { renderNumbered } from '../dialogue/choice.ts';

const LineSchema = z.object({
  user: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  time: z.iso.datetime({ offset: true }).optional(),
});

export interface JsonlResult {
  user: string | null;
  intent: string;
  reply: string;
  sources: string[];
  notify: Array<{ to: string; text: string }>;
  error?: string;
}

/** Answers one JSONL input line; any input, however malformed, yields exactly one result. */
export async function answerLine(core: Core, line: string, now: () => Date): Promise<JsonlResult> {
  let parsed: z.infer<typeof LineSchema>;
  try {
    const result = LineSchema.safeParse(JSON.parse(line));
    if (!result.success) {
      return { user: null, intent: 'out_of_scope', reply: '', sources: [], notify: [], error: 'expected {"user": "...", "text": "..."}' };
    }
    parsed = result.data;
  } catch {
    return { user: null, intent: 'out_of_scope', reply: '', sources: [], notify: [], error: 'not JSON' };
  }
  const me: Recipient = { platform: 'jsonl', userId: parsed.user, chatId: parsed.user };
  const turn = await core.handle({ ...me, chatType: 'direct', text: parsed.text, time: parsed.time ? new Date(parsed.time) : now() });
  const mine = turn.messages.filter((m) => sameRecipient(m.to, me));
  const others = turn.messages.filter((m) => !sameRecipient(m.to, me));
  return {
    user: parsed.user,
    intent: turn.intent,
    reply: mine.map((m) => renderNumbered(m.text, m.choices)).join('\n'),
    sources: turn.sources,
    notify: others.map((m) => ({ to: `${m.to.platform}:${m.to.userId}`, text: renderNumbered(m.text, m.choices) })),
  };
}

/** Reads one JSON object per line and writes one JSON line per input, each as soon as it is answered. */
export async function runJsonl(core: Core, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, now: () => Date): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    output.write(`${JSON.stringify(await answerLine(core, line, now))}\n`);
  }
}
