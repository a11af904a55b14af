import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';

/**
 * What the bot can do, as choices: numbered on WeChat, buttons on Telegram. Each value is a phrase the bot
 * understands, so a button works even when the menu has been forgotten (a restart, another device).
 */
const MENU_CHOICES: Choice[] = [
  { label: '问政策(贷款、补贴、园区等)', value: '返乡创业有哪些扶持政策' },
  { label: '预约创业导师', value: '预约创业导师' },
  { label: '登记回乡投资或创业项目', value: '登记回乡投资意向' },
  { label: '近期活动', value: '最近有什么活动' },
  { label: '订阅活动通知', value: '订阅活动通知' },
  { label: '我的预约', value: '我的预约' },
  { label: '转人工', value: '转人工' },
];

/** The same menu for people who write in English; the values stay phrases the bot understands. */
const MENU_CHOICES_EN: Choice[] = [
  { label: 'Ask about policies (loans, subsidies, parks ...)', value: '返乡创业有哪些扶持政策' },
  { label: 'Book a business mentor', value: '预约创业导师' },
  { label: 'Register an investment or business project', value: '登记回乡投资意向' },
  { label: 'Upcoming events', value: '最近有什么活动' },
  { label: 'Subscribe to event notices', value: '订阅活动通知' },
  { label: 'My bookings', value: '我的预约' },
  { label: 'Talk to a person', value: '转人工' },
];

/** The greeting before the menu for English speakers. */
export const WELCOME_EN =
  'Hello! I am Jingzhou "Huixiang Tong", serving people who return home to start a business and Chushang entrepreneurs investing back home.';

/** Shows the menu and remembers it, so that a reply of its number picks the item. `intro` in English when the user writes English. */
export function showMenu(ctx: Context, intro: string): void {
  ctx.intent = 'greet';
  const en = ctx.language === 'en';
  const choices = en ? MENU_CHOICES_EN : MENU_CHOICES;
  ctx.reply(
    en
      ? `${/[\u3400-\u9fff]/.test(intro) ? WELCOME_EN : intro}\nPick one, or just type your question, e.g. "What is the maximum start-up loan?"`
      : `${intro}\n请选一项,或直接打字提问,比如"返乡创业贴息贷款最多多少"。`,
    choices,
  );
  ctx.session.pending = { kind: 'menu', choices, asked: '' };
}
