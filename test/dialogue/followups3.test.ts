/**
 * Issue 12: while a hand-off ticket is open, agreeing to wait is a courtesy (the ticket stays open), not a new
 * hand-off; asking whether anyone is there still gets the ticket's status.
 */
import { describe, expect, it } from 'vitest';
import { makeApp, replyText, say } from '../helpers.ts';

describe('waiting on an open ticket', () => {
  it('answers "好 我等你们回话", "好的 等你们消息", "行 不急" as greet, saying the ticket stays open', async () => {
    const app = makeApp();
    expect((await say(app, '转人工', 'w1')).intent).toBe('handoff.human');
    for (const text of ['好 我等你们回话', '好的 等你们消息', '行 不急']) {
      const turn = await say(app, text, 'w1');
      expect(turn.intent, text).toBe('greet');
      expect(replyText(turn), text).toMatch(/工单 T\d+ 一直开着/);
      expect(replyText(turn), text).not.toContain('已为您转人工');
    }
    for (const text of ['有人冇', '人呢']) {
      const turn = await say(app, text, 'w1');
      expect(turn.intent, text).toBe('handoff.human');
      expect(replyText(turn), text).toMatch(/已等 \d+ 分钟/);
    }
  });

  it('reads "行 不急" on its own when no ticket is open', async () => {
    const app = makeApp();
    expect(replyText(await say(app, '行 不急', 'w2'))).not.toContain('工单');
  });
});

describe('follow-ups into the previous answer’s own items', () => {
  it('answers "第二条具体说说" from the second point shown, when no list was shown', async () => {
    const app = makeApp();
    const first = replyText(await say(app, '有哪些补贴', 'i1'));
    const second = first
      .split('\n')
      .filter((l) => l.startsWith('· '))[1]!
      .slice(2);
    const turn = await say(app, '第二条具体说说', 'i1');
    expect(turn.intent).toBe('policy.ask');
    expect(
      replyText(turn)
        .split('\n')
        .find((l) => l.startsWith('· '))
        ?.slice(2),
    ).toBe(second);
  });

  it('answers "依托什么建的" after task-list row 6 from the plan article the row restates', async () => {
    const app = makeApp();
    await say(app, '2025年任务清单有哪些任务', 'i2');
    expect((await say(app, '第6项', 'i2')).sources).toContain('task.06');
    const turn = await say(app, '依托什么建的', 'i2');
    expect(turn.intent).toBe('policy.ask');
    expect(replyText(turn)).toContain('200个驻外招商办事处');
  });
});
