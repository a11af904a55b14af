import { MAX_AWAY_DAYS, readAway, type AwayReading } from '../booking/away.ts';
import { awayAt, pauseAfter, type Mentor } from '../booking/mentors.ts';
import { formatDay, formatSlot } from '../booking/time.ts';
import type { Context } from '../core/context.ts';

/** "下周都出差 不接预约了", "帮我暂停接单", "暂停到12月20日", "这两周先别给我派": a mentor stopping new bookings for a while. */
export const PAUSES =
  /(?:不接|暂停|停止|停)(?:接)?(?:新的?)?(?:预约|咨询|单)|暂停接单|先别(?:给我)?(?:派|安排|约)|^暂停(?:到|至|\d|[一两二三四五六七八九十]+(?:天|周|个))/;
/** "恢复接预约", "可以接预约了", "取消暂停": the pause ended early. */
export const RESUMES = /恢复(?:接)?(?:新的?)?(?:预约|咨询|单)|(?:可以|能|又能)(?:继续|重新)?接(?:预约|咨询|单)了|取消暂停|不暂停了/;
const CHANGED_MIND = /^(?:算了|不(?:用)?暂停了?|先不(?:暂停)?了?|取消)[吧了。.!！]*$/;

const HOW = '回复如"7天"、"到12月20日"、"下周"或"12月10日到12月15日"';

/** "即日起至12月20日(周日)" or "12月7日(周一)起至12月13日(周日)": the last day is whole. */
function describe(away: NonNullable<Mentor['away']>, now: number): string {
  const start = away.from <= now ? '即日起' : `${formatDay(away.from)}起`;
  return `${start}至${formatDay(away.until - 1)}`;
}

/** One line on the pause for /schedule, or nothing when there is none. */
export function awayLine(mentor: Mentor, now: number): string | undefined {
  const away = pauseAfter(mentor, now);
  return away ? `您已暂停接新预约:${describe(away, now)}。提前恢复请发送 /resume。` : undefined;
}

function refuse(ctx: Context, why: Exclude<AwayReading, { ok: true }>['why']): void {
  const c = ctx.deps.knowledge.service.contacts;
  ctx.reply(
    {
      past: `这个日期已经过了。要暂停到哪天?${HOW}。`,
      impossible: `没有这个日期。要暂停到哪天?${HOW}。`,
      backwards: '结束的日子早于开始的日子,请重新说一下,如"12月10日到12月15日"。',
      'too-long': `一次最多暂停${MAX_AWAY_DAYS}天。更长时间不接预约,请联系工作人员(${c.office} ${c.phone})。`,
    }[why],
  );
}

/**
 * Sets the pause read from `words`: no new bookings are offered in it; bookings already made stay, and the mentor is
 * shown those in the period with how to decline them. Without a time it asks until when.
 */
export function pauseFromWords(ctx: Context, mentor: Mentor, words: string): void {
  const now = ctx.deps.now().getTime();
  const reading = readAway(words, now);
  if (!reading) {
    ctx.session.mentorAsked = 'pause';
    ctx.reply(`要暂停到哪天?${HOW}。暂停期间不给您分配新预约,已约好的不变。`);
    return;
  }
  delete ctx.session.mentorAsked;
  if (!reading.ok) {
    if (reading.why !== 'too-long') ctx.session.mentorAsked = 'pause';
    refuse(ctx, reading.why);
    return;
  }
  const away = { from: reading.from, until: reading.until };
  ctx.deps.booking.mentors.setAway(mentor.id, away);
  const during = ctx.deps.booking.bookings.upcomingOfMentor(mentor.id, now).filter((b) => awayAt({ away }, b.start));
  const lines = [`好的,已暂停接新预约:${describe(away, now)}。这段时间不会给您分配新的预约。`];
  if (during.length) {
    lines.push(
      '这段时间已约好的咨询仍然有效:',
      ...during.map((b) => `· ${formatSlot(b.start)} ${b.specialty} ${b.ref}`),
      '不能赴约的,请回复"婉拒 编号 原因",用户会改约其他导师。',
    );
    ctx.session.mentorShown = during.filter((b) => b.status === 'pending').map((b) => b.ref);
  }
  lines.push('提前恢复:发送 /resume 或"恢复接预约"。');
  ctx.reply(lines.join('\n'));
}

/** Ends the pause at once. */
export function resume(ctx: Context, mentor: Mentor): void {
  delete ctx.session.mentorAsked;
  const now = ctx.deps.now().getTime();
  if (!pauseAfter(mentor, now)) {
    ctx.reply('您目前没有暂停,正常接受预约。要暂停请发送 /pause 7天 或 /pause 到12月20日。');
    return;
  }
  ctx.deps.booking.mentors.setAway(mentor.id, null);
  ctx.reply('已恢复接预约,从现在起会给您分配新的预约。');
}

/** The answer to "要暂停到哪天?": a time sets the pause, "算了" drops it; anything else is not an answer (false). */
export function answerAwayQuestion(ctx: Context, mentor: Mentor, raw: string): boolean {
  if (CHANGED_MIND.test(raw.trim())) {
    delete ctx.session.mentorAsked;
    ctx.reply('好的,不暂停,照常接受预约。');
    return true;
  }
  // Only a short answer, or one about pausing: "下周三那个能改吗" is something else.
  if (!(PAUSES.test(raw) || [...raw].length <= 24) || !readAway(raw, ctx.deps.now().getTime())) return false;
  pauseFromWords(ctx, mentor, raw);
  return true;
}
