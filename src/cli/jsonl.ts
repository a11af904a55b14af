import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Core } from '../core/message.ts';
import { sameRecipient, type Recipient } from '../core/message.ts';
import { renderNumbered } from '../dialogue/choice.ts';

const id = z.union([z.string().min(1), z.number()]).transform(String);

/** One input line. With `"group": true` the message is said by `user` in the group chat `chat`, not to the bot privately. */
const LineSchema = z
  .object({
    user: z.union([z.string(), z.number()]).transform(String),
    text: z.string(),
    time: z.iso.datetime({ offset: true }).optional(),
    chat: id.optional(),
    group: z.boolean().optional(),
  })
  .refine((line) => Boolean(line.group) === (line.chat !== undefined), { message: '"chat" and "group": true go together' });

const EXPECTED = 'expected {"user": "...", "text": "..."} (optional "time", and "chat" with "group": true for a group message)';

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
      return { user: null, intent: 'out_of_scope', reply: '', sources: [], notify: [], error: EXPECTED };
    }
    parsed = result.data;
  } catch {
    return { user: null, intent: 'out_of_scope', reply: '', sources: [], notify: [], error: 'not JSON' };
  }
  // In a group the bot answers the asker in the group: what it says there to this user is their reply.
  const me: Recipient = { platform: 'jsonl', userId: parsed.user, chatId: parsed.chat ?? parsed.user };
  const chatType = parsed.group ? 'group' : 'direct';
  const turn = await core.handle({ ...me, chatType, text: parsed.text, time: parsed.time ? new Date(parsed.time) : now() });
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

/** At most this many answered lines go out in one write. */
const BATCH = 64;

/**
 * Reads one JSON object per line and writes one JSON line per input, each as soon as it is answered: the lines
 * answered while more input was already waiting go out together (up to `BATCH`), once the process would wait; a line
 * typed alone goes at once. One write per line took 4 % of the process's time at 5,000 lines.
 */
export async function runJsonl(core: Core, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, now: () => Date): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let pending: string[] = [];
  const flush = (): void => {
    if (!pending.length) return;
    output.write(pending.join(''));
    pending = [];
  };
  for await (const line of rl) {
    if (!line.trim()) continue;
    pending.push(`${JSON.stringify(await answerLine(core, line, now))}\n`);
    if (pending.length === 1) setImmediate(flush);
    else if (pending.length >= BATCH) flush();
  }
  flush();
}
