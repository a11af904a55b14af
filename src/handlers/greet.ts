import type { Handler } from './handler.ts';
import { DELETION_STILL_OFFERED } from '../intent/deletion-words.ts';
import type { Context } from '../core/context.ts';
import { showMenu, WELCOME_EN } from './menu.ts';
import { THANKS_ABROAD } from '../text/thanks.ts';
import {
  ASKS_ABOUT_THE_BOT,
  COMPLAINS_OF_BOT,
  ASKS_DIALECT,
  ASKS_USE_AFTER_DELETING,
  ASKS_WHO_RUNS_US,
  PLEASANTRIES,
  PRAISES,
  WISHES,
} from '../intent/service-words.ts';

/** Words that leave something, said when nothing is open. */
const LEAVE = /^(取消|算了|不用了|不要了|退出|结束|没事了|cancel|quit)[了吧啊。!！]*$/i;
/** What the bot can do, asked ("那你能干什么", "你会些啥"). */
const ASKS_WHAT_WE_DO = /(?:你|你们)(?:能|会|可以)?(?:干|做|帮|搞)(?:些|点)?(?:什么|啥|么|哪些)/;
/** Putting it off for now ("那算了 不约了 我下次再说"). */
const LATER = /下次|以后|改天|回头|下回|再说|不约了|不预约了|先不|先这样|就这样/;

/** What the bot does, in a few words, for someone who found the menu too much ("字太多了 你讲简单点"). */
const IN_SHORT =
  '简单说:我能回答荆州返乡创业、楚商回乡的政策问题(贷款、补贴、园区、培训、用地),还能帮您约创业导师、登记回乡投资意向、查活动、转人工。直接打字问就行,比如"贷款能贷多少"。';
const IN_SHORT_EN =
  'In short: I answer questions on Jingzhou\'s returnee and Chushang homecoming policies (loans, subsidies, parks, training, land), book mentors, register investment plans, list events and pass you to staff. Just type your question, e.g. "What is the maximum loan?"';

export const greet: Handler = (ctx) => {
  if (ctx.brief) return ctx.reply(ctx.language === 'en' ? IN_SHORT_EN : IN_SHORT);
  const about = ABOUT_US.find((a) => a.asks.test(ctx.analysis.text) || a.asks.test(ctx.inbound.text));
  if (about) return ctx.reply(ctx.language === 'en' ? about.en : about.zh);
  if (ctx.language === 'en') return greetEnglish(ctx);
  const text = ctx.analysis.text;
  if (/谢|辛苦|感谢/.test(text) || THANKS_EN.test(text)) ctx.reply('不客气!还有问题随时问我。');
  else if (/再见|再会|拜拜|拜了|晚安|不聊了|睡了|bye|\bpeace\b|take care|see (?:you|ya)/i.test(text)) ctx.reply('再见!需要时随时来问。');
  else if (LATER.test(text) || /\b(?:maybe later|not now|another time|next time)\b/i.test(text))
    // (Booking again is pointed to only when a booking was what they put off: "先不约了", not "先不" to a deletion.)
    ctx.reply(/约/.test(text) ? '好的,不着急。需要时随时来问我,说"预约导师"就能再约。' : '好的,不着急。需要时随时来问我。');
  else if (LEAVE.test(text.trim())) ctx.reply('好的。现在没有进行中的预约或登记,还有问题随时问我。');
  else if (
    /^(那|好|行|嗯|哦|ok|收到|明白|知道|懂了|了解|可以了|确定|确认|没问题|是的|对的|同意|👍|记下|记住|记好)|开个?玩笑|说着玩|闹着玩|逗你/i.test(
      text,
    ) &&
    // ("那你能干么斯": what the bot does, asked; the menu says it.)
    !ASKS_WHAT_WE_DO.test(text)
  )
    // ("嗯" right after "确认删除吗?": nothing irreversible is done on a murmur; how to confirm is said.)
    ctx.reply(ctx.session.context?.shown === 'deletion-offer' ? DELETION_STILL_OFFERED : '好的。还有问题随时问我。');
  else showMenu(ctx, '您好!我是荆州"回乡通",为返乡创业人员和回乡投资的楚商服务。');
};

/**
 * Questions about the service itself, answered as they are: who runs it and whether it is official (the bot answers
 * from the city's published plan and names its sources; it does not claim to be an office), whether it reads dialect,
 * whether it can still be used after deleting one's data.
 */
const ABOUT_US: ReadonlyArray<{ asks: RegExp; zh: string; en: string }> = [
  {
    asks: ASKS_WHO_RUNS_US,
    zh: '我是"回乡通"咨询助手,只按荆州市公开的返乡创业、楚商回乡方案文件作答,每条答复都注明出处;本服务不收任何费用,也不会让您交钱。要核实,可以打文件列出的楚商回乡和返乡创业联席会议办公室(设在市人社局)电话8514460。',
    en: 'I am the "Huixiang" assistant. I answer only from Jingzhou\'s published returnee and Chushang homecoming plans and cite the source of each answer; the service charges nothing and never asks you to pay. To check, call the joint-meeting office listed in the plan (at the Municipal Human Resources and Social Security Bureau): 8514460.',
  },
  {
    asks: ASKS_DIALECT,
    zh: '能。荆州话、错别字、语音转出来的字我都尽量看懂;实在看不懂会问您。直接说就行。',
    en: 'Yes. I try to read dialect, typos and voice-typed text; if I cannot, I will ask. Just type as you speak.',
  },
  {
    asks: ASKS_ABOUT_THE_BOT,
    zh: '我叫"回乡通",是荆州返乡创业和楚商回乡的咨询助手(不是真人),按市里公开的方案文件作答。贷款、补贴、园区、活动的问题直接问我;要找真人,说"转人工"。',
    en: 'I am "Huixiang", the Jingzhou returnee and Chushang homecoming assistant (not a person); I answer from the city\'s published plans. Ask me about loans, subsidies, parks or events; say "human" for staff.',
  },
  {
    asks: PRAISES,
    zh: '谢谢夸奖!有返乡创业、回乡投资的问题随时问我。',
    en: 'Thank you! Ask me anytime about returning home to start a business or invest.',
  },
  {
    asks: WISHES,
    zh: '谢谢,也祝您一切顺利!有返乡创业、回乡投资的问题随时问我。',
    en: 'Thank you, all the best to you too! Ask me anytime.',
  },
  {
    asks: PLEASANTRIES,
    zh: '我在呢,随时为您解答荆州返乡创业和楚商回乡的问题。想问贷款、补贴、园区还是活动?',
    en: "I am here to answer questions on Jingzhou's returnee and Chushang homecoming plans. Loans, subsidies, parks or events?",
  },
  {
    asks: COMPLAINS_OF_BOT,
    zh: '抱歉没帮上您。我只按市里公开的方案文件作答,文件没写的我不能编。可以换个说法再问(比如"返乡创业贷款最多多少"),或说"转人工"找工作人员,也可以直接打联席会议办公室电话8514460。',
    en: 'Sorry I did not help. I answer only from the city\'s published plans and cannot make up what they do not say. Try asking another way (e.g. "What is the maximum start-up loan?"), say "human" for staff, or call the joint-meeting office: 8514460.',
  },
  {
    asks: ASKS_USE_AFTER_DELETING,
    zh: '可以,随时接着问。删掉的是您以前留下的信息;以后再约导师或登记,会重新征得您同意。',
    en: 'Yes, ask anytime. What was deleted is what you left before; booking or registering again asks your consent again.',
  },
];

/** Thanks in English and the other languages merchants abroad write ("merci", "danke", "唔该晒"). */
const THANKS_EN = new RegExp(String.raw`thank|\b(?:thx|ty|tks|cheers|ta)\b|(?<![a-z])(?:${THANKS_ABROAD})(?![a-z])|appreciate`, 'i');

/** The same courtesies in English. */
function greetEnglish(ctx: Context): void {
  const text = ctx.inbound.text;
  if (THANKS_EN.test(text)) ctx.reply("You're welcome! Ask me anytime.");
  else if (/\b(?:bye|goodbye|good night|see (?:you|ya)|cya|that'?s all|that is all|peace(?: out)?|take care|tchau|poka)\b/i.test(text))
    ctx.reply('Goodbye! Come back whenever you need.');
  else if (/\b(?:later|another time|next time|never mind|forget it)\b/i.test(text))
    ctx.reply('No hurry. Ask me whenever you need; say "book a mentor" to book again.');
  else if (/^\s*(?:cancel|quit|stop)\b/i.test(text)) ctx.reply('OK. Nothing is in progress. Ask me anything else.');
  else if (
    /^\s*(?:ok|okay|got it|i see|understood|great|fine|alright|sure|good|yes|yeah|yep|yup|confirm(?:ed)?)\b(?! (?:morning|afternoon|evening|day)\b)/i.test(
      text,
    )
  )
    ctx.reply('OK. Ask me anything else.');
  else showMenu(ctx, WELCOME_EN);
}
