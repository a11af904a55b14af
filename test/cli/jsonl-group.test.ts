/**
 * `chat --jsonl` lines with `"chat"` and `"group": true` (issue 10, finding 3): a group message from that user in that
 * chat, so that group attacks are scriptable. Driven in-process through `answerLine`, as `runJsonl` does per line.
 */
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/cli/jsonl.ts';
import { makeApp } from '../helpers.ts';

const now = () => new Date();

describe('chat --jsonl: group messages', () => {
  it('a line with "chat" and "group": true is said in that group: private things are refused there, and the reply is what the user sees in it', async () => {
    const app = makeApp();
    const line = (fields: Record<string, unknown>) => answerLine(app.core, JSON.stringify(fields), now);

    const inGroup = await line({ user: 'u1', chat: 'g1', group: true, text: '/link' });
    expect(inGroup.user).toBe('u1');
    expect(inGroup.reply).toMatch(/^请私聊我/);
    expect(inGroup.reply).not.toMatch(/绑定码是/);
    expect(inGroup.notify).toEqual([]);
    expect(Object.keys(inGroup).sort()).toEqual(['intent', 'notify', 'reply', 'sources', 'user']);

    // A numeric chat id (a Telegram group) is accepted too; public questions are answered in the group.
    const policy = await line({ user: 'u1', chat: -100200, group: true, text: '返乡创业贴息贷款最多多少' });
    expect(policy.intent).toBe('policy.ask');
    expect(policy.reply).toMatch(/万元/);

    const deletion = await line({ user: 'u1', chat: 'g1', group: true, text: '删除我的信息' });
    expect(deletion.intent).toBe('privacy.delete');
    expect(deletion.reply).toMatch(/^请私聊我/);
  });

  it('without them nothing changes: the same /link in private shows the code', async () => {
    const app = makeApp();
    const direct = await answerLine(app.core, JSON.stringify({ user: 'u1', text: '/link' }), now);
    expect(direct.reply).toContain('/link ');
    expect(direct.reply).not.toMatch(/^请私聊我/);
    const explicit = await answerLine(app.core, JSON.stringify({ user: 'u2', text: '/link', group: false }), now);
    expect(explicit.reply).not.toMatch(/^请私聊我/);
  });

  it('"chat" without "group": true, or "group": true without "chat", is an input error with one answer line', async () => {
    const app = makeApp();
    for (const fields of [
      { user: 'u1', text: '你好', group: true },
      { user: 'u1', text: '你好', chat: 'g1' },
      { user: 'u1', text: '你好', chat: '', group: true },
      { user: 'u1', text: '你好', chat: 'g1', group: 'yes' },
    ]) {
      const result = await answerLine(app.core, JSON.stringify(fields), now);
      expect(result.error, JSON.stringify(fields)).toMatch(/group/);
      expect(result.reply).toBe('');
    }
  });
});
