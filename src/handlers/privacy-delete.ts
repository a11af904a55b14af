import { formatSlot } from '../booking/time.ts';
import type { Booking } from '../booking/bookings.ts';
import type { Context } from '../core/context.ts';
import type { Choice } from '../core/message.ts';
import { classify } from '../intent/classify.ts';
import {
  ASKS_HOW_LONG_KEPT,
  ASKS_CONTACTED_AFTER,
  ASKS_IF_RECORDED,
  ASKS_REAL_NAME,
  ASKS_WHAT_DELETION_TAKES,
  ASKS_IF_DELETED,
  ASKS_WHAT_IS_KEPT,
  asksHowDataIsUsed,
  BY_A_NUMBER,
  confirmsDeletion,
  DELETE_WORDS,
  declinesDeletion,
  ofSomeoneElse,
  OTHERS_REFUSED_EN,
  OTHERS_REFUSED_ZH,
  THEIR_OWN_ACCOUNT_EN,
  THEIR_OWN_ACCOUNT_REASON,
  THEIR_OWN_ACCOUNT_ZH,
} from '../intent/deletion-words.ts';
import type { Handler } from './handler.ts';
import { maskPersonal } from '../core/logger.ts';
import { refOf } from '../leads/leads.ts';
import { ABANDONED_AFTER_DAYS } from '../dialogue/session.ts';
import { ENGLISH_QUESTION, soundsLikeQuestion } from '../dialogue/question.ts';

const PRIVACY_CHOICES: Choice[] = [
  { label: '确认删除', value: 'privacy:delete:yes' },
  { label: '不删除', value: 'privacy:delete:no' },
];
/** The same choices in English (same values: a pick is read alike). */
const PRIVACY_CHOICES_EN: Choice[] = [
  { label: 'Yes, delete', value: 'privacy:delete:yes' },
  { label: 'Do not delete', value: 'privacy:delete:no' },
];

/** How one's details are used, as SECURITY.md and the consent texts say. */
const HOW_USED =
  '您的信息这样使用:称呼、电话和项目信息经您同意才保存,只有本服务的管理员和您老家所在县市区的招商部门能看到;预约留的电话只给您的导师;转人工的对话给管理员,手机号、身份证号打码。随时发送"删除我的信息"可全部删除。';
const HOW_USED_EN =
  'How your details are used: your name, phone and project are kept only with your consent, and only this service\'s administrators and the investment office of your home county can see them; a phone number left for a booking goes only to your mentor; hand-off chats go to administrators with phone and ID numbers masked. Send "delete my data" at any time to delete everything.';

/** Whether deleting is possible, asked ("能删不", "可以删掉吗"), not asked for ("帮我删了"). */
const asksIfDeletable = (text: string): boolean =>
  /(?:能|可以|可不可以|能不能)删(?:掉|除)?(?:不|吗|么|没|冇)|删得(?:掉|了)(?:不|吗|么)/.test(text) &&
  !/帮我|给我|马上|现在就|直接/.test(text);

/** Before a deletion ("删之前", "删除以前"): something asked first, the deletion not yet. */
const BEFORE_DELETING = /删(?:除|掉)?(?:之前|以前|前)/;

/** Deleting only part of what is kept ("只删电话 预约留着"). */
const ONLY_SOME =
  /只删|(?:预约|登记|订阅|线索)[^,，。]{0,4}(?:留着|保留|别删|不删)|\bonly (?:delete|remove)\b|\bkeep (?:my|the) (?:booking|registration)\b/i;
/** What one can still do after deleting, asked ("删了以后还能约导师不"). */
const AFTERWARDS =
  /删(?:了|完|掉)(?:以后|之后|后)?.{0,8}(?:还能|还可以|能不能|可不可以)|\bafter (?:deleting|deletion)\b.{0,20}\b(?:can|still)\b/i;

/** Questions about one's data, each with its answer, first match wins (how long before whether it is recorded). */
const DATA_QUESTIONS: ReadonlyArray<{ asks: RegExp; zh: string; en: string; ofDeleting?: true }> = [
  // "删了以后你们还会打给我不": no; nothing left to reach them by, and the notices stop.
  {
    asks: ASKS_CONTACTED_AFTER,
    // (It names deleting, and asks about it; it asks for none.)
    ofDeleting: true,
    zh: '不会。删除后,您留的电话、登记、预约和活动通知订阅都不在了,本服务不会再联系您,也不再推送通知。以后想预约或登记,可以重新开始。',
    en: 'No. Once deleted, your phone, registrations, bookings and notice subscription are gone: this service will not contact you or send notices again. You can book or register again later if you wish.',
  },
  // "你们会存多久": how long, as SECURITY.md keeps it.
  {
    asks: ASKS_HOW_LONG_KEPT,
    zh: `保存多久:登记、预约和转人工的记录保存到您删除为止;对话记录${ABANDONED_AFTER_DAYS}天没有新消息就清除。随时发送"删除我的信息"可立即全部删除。`,
    en: `How long your details are kept: a registration, a booking and a hand-off chat are kept until you delete them; the conversation state is cleared after ${ABANDONED_AFTER_DAYS} days without a message. Send "delete my data" at any time to delete everything now.`,
  },
  // "我跟你说的话会被录下来不": what is kept of a conversation, and for how long.
  {
    asks: ASKS_IF_RECORDED,
    zh: `这里是文字咨询,不录音。对话只用来接着回答您的问题,${ABANDONED_AFTER_DAYS}天没有新消息就清除;答不上来的问题会隐去手机号、身份证号后留给工作人员改进答案;转人工时,最近几轮对话会给管理员看(手机号、身份证号打码)。问政策不用实名。随时发送"删除我的信息"可全部删除。`,
    en: `This is a text chat; nothing is recorded as audio. The conversation is kept only to follow on from your questions and is cleared after ${ABANDONED_AFTER_DAYS} days without a message; questions the bot could not answer are kept for staff to improve the answers, with phone and ID numbers masked; if you ask for a person, the last few messages go to administrators, masked the same way. Asking about policies needs no name. Send "delete my data" at any time to delete everything.`,
  },
  // "问政策要实名不": no; a name and phone only for a registration or a booking, with consent.
  {
    asks: ASKS_REAL_NAME,
    zh: '问政策不用实名,也不用留电话。只有登记项目或预约导师时才请您留称呼和电话,并且先征得您同意。随时发送"删除我的信息"可全部删除。',
    en: 'Asking about policies needs no real name and no phone. Only to register a project or book a mentor are you asked for a name and phone, and only with your consent. Send "delete my data" at any time to delete everything.',
  },
];

/**
 * Asks for confirmation first: deletion cannot be undone. A typed confirmation right after the question (in the
 * user's own chat) deletes, like pressing "确认删除". A worry about the data gets how it is used instead.
 */
export const privacyDelete: Handler = (ctx) => {
  const text = ctx.analysis.text;
  if (ctx.session.context?.shown === 'deletion-offer' && ctx.inbound.chatType === 'direct' && confirmsDeletion(text)) {
    deleteEverything(ctx);
    return;
  }
  // "那算了 先不删" while the confirmation waits: nothing is deleted.
  if (ctx.session.context?.shown === 'deletion-offer' && declinesDeletion(text)) {
    ctx.reply(ctx.language === 'en' ? 'OK, nothing was deleted.' : '好的,没有删除任何信息。');
    return;
  }
  if (ctx.classification?.reason === THEIR_OWN_ACCOUNT_REASON) {
    ctx.reply(ctx.language === 'en' ? THEIR_OWN_ACCOUNT_EN : THEIR_OWN_ACCOUNT_ZH);
    return;
  }
  // "聊天记录也算", "那我的预约也会没了?" while the confirmation waits: answered, and the confirmation asked again.
  const whatItTakes = ctx.classification?.reason === ASKS_WHAT_DELETION_TAKES;
  // "真删了？你们后台肯定还有备份": what a deletion removes, and what the nightly backup is (README: Backups).
  if (ASKS_IF_DELETED.test(text) && !/(也|都|一起|连)(给我)?(删|清)|(删|清)(掉|了)?(备份|留底)/.test(text)) {
    ctx.reply(
      ctx.language === 'en'
        ? 'A deletion removes your details from this service\'s database at once, in every table; only a record with no personal data that a deletion happened is kept. The nightly database backup is used only to recover from a failure and is deleted automatically when it expires. Send "delete my data" again at any time if anything of yours remains.'
        : '删除是直接从本服务的数据库里删掉,所有表一起删,只留一条不含个人信息的删除记录。数据库每晚的备份只用于故障恢复,到期自动删除。如果还有您的信息没删到,随时再发"删除我的信息"。',
    );
    return;
  }
  // A question about one's data, asked without asking to delete: answered, nothing offered.
  const question = whatItTakes ? undefined : DATA_QUESTIONS.find((q) => q.asks.test(ctx.analysis.text) || q.asks.test(ctx.inbound.text));
  // ("保存好久 不用的时候能删不": whether it can be deleted is asked, not asked for; the answer says how.)
  if (question && (question.ofDeleting || !DELETE_WORDS.test(ctx.analysis.text) || asksIfDeletable(ctx.analysis.text))) {
    ctx.reply(ctx.language === 'en' ? question.en : question.zh);
    return;
  }
  // "帮我老公把他的资料删掉": only the owner can, from their own account; the sender's own data is not offered up
  // in its place (confirming would delete theirs, not his).
  // (With a form open, what they typed about family in it is theirs: "把我爸的信息也删了" while registering for him.)
  if (!ctx.session.form && (ofSomeoneElse(text) || ofSomeoneElse(ctx.inbound.text))) {
    ctx.reply(ctx.language === 'en' ? OTHERS_REFUSED_EN : OTHERS_REFUSED_ZH);
    return;
  }
  // "我换号了 新号186000 你们按这个查": nothing is looked up or deleted by a number anyone can type.
  if (BY_A_NUMBER.test(ctx.analysis.text)) {
    ctx.reply(
      ctx.language === 'en'
        ? 'Nothing is looked up or deleted by a phone number: a number does not show who is asking. What this account left here is yours to see ("what do you keep about me") or delete ("delete my data").'
        : '我们不按电话号码查找或删除信息:号码证明不了是谁在问。您这个账号在这里留下的信息,可以发"存了我哪些信息"查看,或发"删除我的信息"删除。',
    );
    return;
  }
  // "你们到底存了我哪些信息": what is kept of them, shown to its owner, before how it is used.
  // ("删之前你先把我登记的电话念给我听": shown before deleting, which is still to be asked for.)
  if (!whatItTakes && ASKS_WHAT_IS_KEPT.test(text) && (!DELETE_WORDS.test(text) || BEFORE_DELETING.test(text))) {
    ctx.reply(keptOf(ctx));
    return;
  }
  // ("删之前问下 你们把我信息给过哪些单位": asked before deleting, it is answered; the deletion is still to confirm.)
  if (!whatItTakes && asksHowDataIsUsed(BEFORE_DELETING.test(text) ? text.replace(new RegExp(BEFORE_DELETING.source, 'g'), ' ') : text)) {
    if (ctx.language === 'en') {
      ctx.reply(HOW_USED_EN);
      return;
    }
    ctx.reply(HOW_USED);
    return;
  }
  // "约完你们会留我哪些信息" (read as this intent by the trained classifier): a question about one's data that asks
  // no deletion is answered with what is kept; nothing is offered to delete.
  if (!whatItTakes && !DELETE_WORDS.test(text) && (soundsLikeQuestion(text) || ENGLISH_QUESTION.test(ctx.inbound.text))) {
    ctx.reply(keptOf(ctx));
    return;
  }
  // "只删电话 预约留着 可以不": only the whole can be deleted; said before the offer, not hidden in it.
  // ("确认" right after someone else's details were refused: what is offered is the sender's own.)
  const ownOnly =
    ctx.session.context?.shown === 'others-refused'
      ? ctx.language === 'en'
        ? "Another person's details cannot be deleted here; what can be deleted is your own. "
        : '别人的信息我删不了,能删的只有您本人的。'
      : '';
  const partly =
    ownOnly ||
    (ONLY_SOME.test(text)
      ? ctx.language === 'en'
        ? 'Only everything can be deleted at once, not one item. '
        : '目前只能一次全部删除,不能只删其中一项。'
      : AFTERWARDS.test(text)
        ? ctx.language === 'en'
          ? 'Yes: after deleting you can book or register again at any time; only what was kept before is gone. '
          : '可以。删除后随时可以重新预约或登记,只是之前的记录不再保留。'
        : whatItTakes
          ? ctx.language === 'en'
            ? 'Yes, that goes too: everything is deleted together. '
            : '会的,都一起删除。'
          : '');
  if (ctx.language === 'en') {
    ctx.session.pending = { kind: 'choose-action', choices: PRIVACY_CHOICES_EN, asked: ctx.inbound.text };
    ctx.reply(
      `${partly}This deletes all personal data you left with this service: registered leads, bookings (future ones are cancelled and the mentor told), hand-off chats and ratings, event-notice subscriptions, the conversation record, linked accounts (with what they left), and messages to you or about you. It cannot be undone. Delete everything?`,
      PRIVACY_CHOICES_EN,
    );
    return;
  }
  ctx.session.pending = { kind: 'choose-action', choices: PRIVACY_CHOICES, asked: ctx.inbound.text };
  ctx.reply(
    `${partly}将删除您在本服务留下的全部个人信息:登记的线索、预约(未来的预约会取消并通知导师)、人工咨询记录和评价、活动通知订阅、对话记录、账号关联(关联账号以前留下的信息一并删除),以及给您和提到您的消息。删除后无法恢复。确认删除吗?`,
    PRIVACY_CHOICES,
  );
};

/**
 * What this service keeps of the sender, as its owner may see it: registrations (phone masked), bookings to come,
 * the notice subscription, an open hand-off. Only in their own chat: a group is public, so there it is only said how to
 * ask. Nothing is looked up by a phone number or a name given in the message (they prove nothing about who asks).
 */
function keptOf(ctx: Context): string {
  const en = ctx.language === 'en';
  if (ctx.inbound.chatType !== 'direct')
    return en
      ? 'To see what this service keeps about you, message me in a private chat.'
      : '要查看本服务存了您哪些信息,请私聊我问。群里不显示个人信息。';
  const { leads, booking, subscriptions, tickets, now } = ctx.deps;
  const own = leads.ofPerson(ctx.person);
  const upcoming = booking.bookings.upcomingOf(ctx.person, now().getTime());
  const subscribed = subscriptions.get(ctx.person)?.active === true;
  const ticket = tickets.openOf(ctx.person);
  // (What a form still being filled in holds is kept only in the conversation until it is submitted.)
  const filling = ctx.session.form?.kind;
  const phone = (p: string | null | undefined) => (p ? maskPersonal(p) : en ? 'no phone' : '未留电话');
  const lines = en
    ? [
        ...own.map((l) => `• Registration ${refOf(l.id)}: ${l.name ?? 'no name'}, ${phone(l.phone)}, project: ${l.project ?? 'not given'}`),
        ...upcoming.map((b) => `• Booking ${b.ref}: ${formatSlot(b.start)}, ${phone(b.phone)}`),
        ...(subscribed ? ['• Event-notice subscription'] : []),
        ...(ticket ? ['• An open hand-off chat with staff'] : []),
        ...(filling ? ['• What you have typed into the form still open (kept only in this conversation until submitted)'] : []),
      ]
    : [
        ...own.map((l) => `· 登记 ${refOf(l.id)}:${l.name ?? '未留称呼'},${phone(l.phone)},项目:${l.project ?? '未说明'}`),
        ...upcoming.map((b) => `· 预约 ${b.ref}:${formatSlot(b.start)},${phone(b.phone)}`),
        ...(subscribed ? ['· 活动通知订阅'] : []),
        ...(ticket ? ['· 一个未结束的人工咨询'] : []),
        ...(filling ? ['· 正在填、还没提交的表里您填的内容(提交前只存在这段对话里)'] : []),
      ];
  if (en)
    return lines.length
      ? `This service keeps of you:\n${lines.join('\n')}\nand this conversation (cleared after ${ABANDONED_AFTER_DAYS} days without a message).\n${HOW_USED_EN}`
      : `This service keeps no registration, booking or subscription of yours; only this conversation, cleared after ${ABANDONED_AFTER_DAYS} days without a message.\n${HOW_USED_EN}`;
  return lines.length
    ? `本服务存着您的:\n${lines.join('\n')}\n以及这段对话(${ABANDONED_AFTER_DAYS}天没有新消息就清除)。\n${HOW_USED}`
    : `本服务没有存您的登记、预约或订阅,只有这段对话(${ABANDONED_AFTER_DAYS}天没有新消息就清除)。\n${HOW_USED}`;
}

/** True when the message asks to delete the sender's data (not a worry about it): recognised even while a form is open. */
export function isDeletionRequest(ctx: Context): boolean {
  // "确认" right after the deletion was offered, while a form waits: the confirmation, not the form's answer.
  if (ctx.session.context?.shown === 'deletion-offer' && confirmsDeletion(ctx.analysis.text)) return true;
  if (!DELETE_WORDS.test(ctx.analysis.text)) return false;
  return classify(ctx.analysis, ctx.deps.retriever, ctx.deps.intents).intent === 'privacy.delete';
}

/** Whether the sender was just asked to confirm a deletion and may answer it (only in their own chat). */
export const deletionOffered = (ctx: Context, offered: readonly Choice[]): boolean =>
  ctx.inbound.chatType === 'direct' && offered.some((c) => c.value === PRIVACY_CHOICES[0]!.value);

/**
 * Deletes everything of the sender in one transaction, through every registered holder of personal data: their
 * rows under every key (linked accounts' earlier rows too), dialogue state, links, and what adapters keep (queued
 * messages to them or about them, their WeChat name). Future bookings are cancelled and their mentors told. Only an
 * anonymous audit record of how much was deleted is kept.
 */
export function deleteEverything(ctx: Context): void {
  const { booking, personalData, now } = ctx.deps;
  const at = now().getTime();
  let upcoming: Booking[] = [];
  const { removed } = personalData.forget(ctx.person, {
    before: (subject) => {
      upcoming = subject.keys.flatMap((key) => booking.bookings.upcomingOf(key, at));
    },
    after: (counts, subject) =>
      ctx.deps.audit('privacy.delete', { ...counts, accounts: subject.accounts.length, cancelledBookings: upcoming.length }),
  });
  for (const b of upcoming) {
    const mentor = booking.mentors.get(b.mentorId);
    const to = mentor && booking.mentorReach(mentor);
    // Not marked as about the person: it names nobody, and nothing of theirs may stay linked to it.
    if (to) ctx.messages.push({ to, text: `预约 ${b.ref}(${formatSlot(b.start)})已取消:用户删除了个人信息。这个时间空出来了。` });
  }
  ctx.session = {};
  const n = (name: string) => removed[name] ?? 0;
  if (ctx.language === 'en') {
    const en = [
      n('leads') && `${n('leads')} lead(s)`,
      n('bookings') && `${n('bookings')} booking(s)${upcoming.length ? ` (${upcoming.length} future one(s) cancelled, mentors told)` : ''}`,
      n('tickets') && `${n('tickets')} hand-off chat(s)`,
      n('subscriptions') && 'your event-notice subscription',
    ].filter(Boolean);
    ctx.reply(
      `Deleted: ${en.length ? `${en.join(', ')}, and ` : ''}the conversation record, account links and messages to you or about you. We keep only a deletion record with no personal data.`,
    );
    return;
  }
  const parts = [
    n('leads') && `线索${n('leads')}条`,
    n('bookings') && `预约${n('bookings')}个${upcoming.length ? `(其中${upcoming.length}个未来预约已取消并通知导师)` : ''}`,
    n('tickets') && `人工咨询${n('tickets')}次`,
    n('subscriptions') && '活动通知订阅',
  ].filter(Boolean);
  ctx.reply(
    `已删除:${parts.length ? `${parts.join('、')},以及` : ''}对话记录、账号关联和给您或提到您的消息。我们只保留一条不含个人信息的删除记录。`,
  );
}
