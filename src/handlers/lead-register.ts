import type { Handler } from './handler.ts';
import { contacts, entryAbout } from './handler.ts';

/** Until lead capture exists (issue 5): thanks the person and gives the units that follow up investment. */
export const leadRegister: Handler = (ctx) => {
  const entry = entryAbout(ctx, '楚商楚才信息库 回乡投资 考察 接待 签约 落地');
  if (entry) ctx.cite(entry.id);
  ctx.reply(
    [
      '感谢您回乡投资、创业的打算!我现在还不能在聊天里登记您的信息,请不要在这里发送手机号等个人信息。',
      '楚商回乡投资由市招商中心对接,返乡创业由市人社局对接。',
      `也可联系${contacts(ctx)}。`,
    ].join('\n'),
  );
};
