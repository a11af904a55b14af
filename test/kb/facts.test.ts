import { describe, expect, it } from 'vitest';
import { makeApp, replyText, say } from '../helpers.ts';

const app = makeApp();
let users = 0;
/** A new user's first message, and what they see. */
const ask = async (text: string): Promise<string> => replyText(await say(app, text, `facts-${++users}`));
/** The fact lines ("· ...") of a reply. */
const factLines = (reply: string) => reply.split('\n').filter((l) => l.startsWith('· '));

describe('fact recall: the fact that answers is shown', () => {
  it('lists the things a "哪几个X" question names: the festivals for 哪几个节', async () => {
    const reply = await ask('节日招商的事 文件点了哪几个节');
    expect(reply).toMatch(/春节/);
    expect(reply).toMatch(/中秋/);
  });

  it("reads 伢 and 读小学 as the children's schooling of the investors' services", async () => {
    const reply = await ask('回来投资的话 屋里伢要读小学 政府管不管');
    expect(reply).toContain('子女义务教育');
  });

  it('reads "要自己出钱不" as asking whether it costs, and says plainly the plan does not give it', async () => {
    const reply = await ask('参加返乡创业培训 要自己出钱不');
    expect(reply).toMatch(/文件没有写明.*(收费|培训补贴)/);
  });

  it('answers what the joint meeting does with its duties, not how it was set up', async () => {
    const reply = await ask('联席会议一般都负责哪些事');
    expect(factLines(reply).join('\n')).toMatch(/研究制定|重大问题|重大活动|检查督促/);
  });

  it("maps 租厂房 and 买设备 to the plan's 租赁厂房 and 购置生产设备", async () => {
    const reply = await ask('我回老家租厂房买设备 有补贴拿不');
    expect(reply).toContain('租赁厂房');
  });

  it('does not let a filler word ("列出来") pull in an entry that happens to use it', async () => {
    const reply = await ask('回乡创业都有些么补贴 帮我全部列出来看看');
    expect(reply).toContain('创业培训补贴');
  });

  it('shows a second fact on the topic when the best one alone is short', async () => {
    const reply = await ask('驻外推介服务站是干嘛的');
    expect(factLines(reply).length).toBeGreaterThanOrEqual(2);
  });

  it("reads 房租 as the plan's 场租 and 能减不 as asking for a reduction", async () => {
    const reply = await ask('搬进创业园区以后 房租能减不');
    expect(reply).toMatch(/场租、水电减免/);
  });

  it('answers from the plan article, not the shorter task-list row restating it, unless the task list is asked about', async () => {
    const reply = await ask('返乡创业培训 要不要自己掏钱');
    expect(reply).not.toMatch(/任务清单第/);
    expect(reply).toMatch(/收费|培训补贴/);
  });
});

describe('fact recall in a conversation', () => {
  it('keeps the topic a correction asks for when it was already answered ("我不是问X 我是问Y")', async () => {
    const user = `facts-${++users}`;
    await say(app, '回乡创业有哪些补贴', user);
    const reply = replyText(await say(app, '我不是问劳务品牌 我是问自己租厂房买设备的补贴', user));
    expect(reply).toContain('租赁厂房');
  });
});
