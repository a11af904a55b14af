import type { Handler } from './handler.ts';

/**
 * Deletes what the bot holds about the sender. Today that is the dialogue state and cross-platform links (no names, phones or leads
 * are stored yet); issue 5 extends this to every store, with a confirmation step.
 */
export const privacyDelete: Handler = (ctx) => {
  ctx.deps.sessions.delete(ctx.person);
  ctx.deps.identities.forget(ctx.person);
  ctx.session = {};
  ctx.reply('已删除您在本服务中的对话记录和账号绑定。我们目前不保存您的姓名、电话、身份证或微信号。');
};
