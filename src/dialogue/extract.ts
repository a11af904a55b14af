/**
 * Field extractors shared by the chat forms (lead, booking, notice): each reads one kind of value out of free text
 * as people type it on a phone, with filler, dialect, typos and mixed English. Pure functions, no I/O; the clock is
 * passed in. Where an older parser already reads a field (amounts, places, dates, specialties) it is reused here and
 * only its known misreadings are corrected on top.
 */
import { DAY_MS, startOfLocalDay, toLocal } from '../booking/time.ts';
import { countyOf, GENERAL, SPECIALTY_NAMES, type Specialty, specialtyOf, specialtyWords } from '../booking/vocabulary.ts';
import { parseWhen, type When } from '../booking/when.ts';
import { parseInvestment } from '../leads/amount.ts';
import { currentCityOf, type Hometown, hometownOf } from '../leads/places.ts';
import { OTHER_PLACES_EN } from '../kb/places.ts';
import { MOBILE_NUMBER } from '../text/phone.ts';
import { regionOfEnglish } from '../notices/regions.ts';

export type { When } from '../booking/when.ts';
export type { Specialty } from '../booking/vocabulary.ts';

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers

const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;
/** Full-width digits, letters and punctuation as their ASCII forms; the ideographic space as a space. */
const halfWidth = (text: string): string =>
  text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
/** Runs of 7+ digits (phones, ID numbers, account numbers): never a name, a company or a place. */
const LONG_DIGITS = /(?:\+?86[\s-]?)?\d(?:[\s\-.·]?\d){6,}[Xx]?/g;
const withoutLongDigits = (text: string): string => text.replace(LONG_DIGITS, ' ');
const PUNCT = /[\s,，。.、;；:：!！?？~～…"'“”‘’()（）【】[\]<>《》]+/;
/** Particles and soft endings that carry no content: "何建国啊", "好的呀", "可以哒". */
const PARTICLES = '了的吧啊呀哈嘛哒啦咯噻撒滴呢哦喔嘞咧哟呗噢么';
const TRAILING_PARTICLES = new RegExp(`[${PARTICLES}]+$`);
/** Soft endings stripFiller drops; 的 and 了 stay, they change what an answer says ("好的", "做服装的"). */
const SOFT_ENDING = /(?<=.)[啊呀吧嘛哈啦噻撒哟呗噢哦喔]+$/;
/** "小张就可以", "洪湖就行": the answer is what comes before. */
const JUST_FINE = /(?<=\p{Script=Han}{2})(?:就行了?|就可以了?|就好了?|就是了|就成|好了)$/u;
const chars = (text: string): number => [...text].length;

// ---------------------------------------------------------------------------------------------------------------
// Filler

/** "我刚才说了啊", "前面发给你了", "不是讲了吗": pointing back at an earlier answer. */
const POINTING_BACK =
  /(?:我|俺)?(?:刚才|刚刚|前面|上面|之前|早就|已经|都)*(?:都|已经|不是)?(?:说|讲|发|告诉你|跟你说|写|填|给你|发给你|发你)(?:过|了|的)+(?:的|啊|呀|嘛|撒|噻|哈|吧|吗|么)*/g;
/** "你看一下", "你翻一下上面", "自己看": asking the bot to look back. */
const LOOK_BACK = /(?:你|您)?(?:自己)?(?:再)?(?:看|翻|瞅|瞧)(?:一下|下|一哈|哈)?(?:上面|前面|记录|聊天记录)?(?:撒|噻|嘛|吧|啊|哈)*/g;
/** Interjections and hedges at either end: "嗯 那个 何建国", "额，就是洪发服饰". */
const HEDGES = /^(?:嗯+|额+|呃+|哦+|噢+|喔+|唉+|哎+|诶+|欸+|哈+|那个|这个|就是|就|那|emm+|um+|uh+|hmm+)(?=[\s,，。.、]|$|\p{Script=Han})/iu;

/** Going on with the form, said before the answer ("接着登记 天津立新钢构 …", "好 继续约 下周三下午"). */
const RESUMING = /^(?:好|好的|行|嗯)?[\s,，]*(?:接着|继续)(?:登记|约|预约|填|说)?吧?(?=[\s,，。.、]|$)/u;

/** Filler people put around an answer: "我刚才说了啊 何建国" → "何建国"; "我前面都发给你了 你看一下" → "". */
export function stripFiller(text: string): string {
  let t = halfWidth(text).replace(POINTING_BACK, ' ').replace(LOOK_BACK, ' ');
  let before: string;
  do {
    before = t;
    t = t
      .trim()
      .replace(/^[\s,，。.、;；:：!！~～…]+|[\s,，。.、;；:：!！~～…]+$/g, '')
      .replace(HEDGES, '')
      .replace(RESUMING, '');
  } while (t !== before);
  t = t
    .replace(SOFT_ENDING, '')
    .replace(JUST_FINE, '')
    .replace(SOFT_ENDING, '')
    .replace(/[\s,，。.!！~～…]+$/, '');
  return t.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Phone

export { MOBILE_NUMBER };
const MOBILE = new RegExp(`^${MOBILE_NUMBER.source}$`);
const HAN_DIGIT: Record<string, string> = {
  零: '0',
  〇: '0',
  洞: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  拐: '7',
  八: '8',
  九: '9',
  勾: '9',
};
/** A number read out digit by digit ("一三九一二三四五六七八"), seven digits or more. */
const HAN_DIGITS = /[零〇洞一幺二两三四五六七拐八九勾](?:[\s-]?[零〇洞一幺二两三四五六七拐八九勾]){6,}/g;
/** Digits with the separators people type inside a number: "139 1234 5678", "139-1234-5678", "(139)1234.5678". */
const DIGIT_RUN = /(?:\+\s*)?\d(?:[\s\-.·()（）]*\d)*[Xx]?/g;
/** A number with a country code other than China's ("+1 604 …", "+61 412 …", "0044 20 …"). */
const ABROAD = /^(?:\+\s*(?!8\s*6)\d|00(?!86)[1-9])/;
/** Units after a number that make it an amount, a size or a date, not a phone attempt. */
const NOT_PHONE_AFTER = /^\s*(?:元|块|万|亿|w|W|平|亩|人|年|月|日|号|岁|吨|斤|个|家|台|米|公里|%|‰)/;
/** 18-digit (or 17 + X) and old 15-digit ID numbers. */
const ID_NUMBER = /^(?:\d{17}[\dXx]|\d{15})$/;

/**
 * A mainland mobile in any format inside any text ("139 1234 5678", "+86-139…", "电话:13912345678。", "一三九…").
 * `invalid` when digits look like a phone attempt but are not 11 digits starting 1[3-9] (the digit count is given
 * for the retry message). Never the middle of an 18-digit ID number.
 */
export function extractPhone(text: string): { phone: string } | { invalid: number; abroad?: true } | undefined {
  const t = halfWidth(text).replace(HAN_DIGITS, (run) => run.replace(/[\s-]/g, '').replace(/./g, (c) => HAN_DIGIT[c] ?? c));
  let attempt: number | undefined;
  let abroad: number | undefined;
  for (const m of t.matchAll(DIGIT_RUN)) {
    const after = t.slice(m.index + m[0].length);
    // "+1 604 555 0148" is a number abroad, however much its digits look like a mainland mobile (16045550148).
    if (ABROAD.test(m[0])) {
      abroad ??= m[0].replace(/\D/g, '').length;
      continue;
    }
    // Each space-separated piece first: "421002198801011234 13912345678" is an ID and a phone, not 29 digits.
    const pieces = [m[0], ...m[0].split(/\s+/)];
    for (const piece of pieces) {
      const digits = piece.replace(/[^\dXx]/g, '');
      if (ID_NUMBER.test(digits)) continue;
      const mobile = digits.replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '');
      if (MOBILE.test(mobile)) return { phone: mobile };
    }
    const digits = m[0].replace(/[^\dXx]/g, '');
    if (ID_NUMBER.test(digits) || /[Xx]/.test(digits) || NOT_PHONE_AFTER.test(after)) continue;
    const count = digits.replace(/^(?:0086|\+?86)(?=1)/, '').length;
    if (count >= 7) attempt ??= count;
  }
  if (attempt !== undefined) return { invalid: attempt };
  if (abroad !== undefined && abroad >= 7) return { invalid: abroad, abroad: true };
  // A short number sent alone after a lead-in ("手机 139123"): an attempt too.
  const bare = t
    .replace(/^\s*(?:我的|俺的)?(?:手机号码|手机号|手机|电话号码|电话|号码|联系方式|tel|phone|mobile)?\s*(?:是|为|[:：])?\s*/i, '')
    .replace(/[\s\-.。!！~]/g, '')
    .replace(/^\+?86(?=1)/, '');
  return /^\d{5,6}$/.test(bare) ? { invalid: bare.length } : undefined;
}

/** Whose a number is, said beside it: a relative's or a friend's ("填他的138…", "13902951176 是我爸的"). */
const SOMEONE_ELSES =
  /(?:(?<!其|我)他|她|他们|我?爸爸?|我?妈妈?|我?老公|我?老婆|我?爱人|我?儿子|我?女儿|我?哥哥?|我?姐姐?|我?弟弟?|我?妹妹?|家里人|亲戚|朋友|\b(?:his|her|their|my (?:son|daughter|husband|wife|father|mother|dad|mum|mom|brother|sister|friend)'?s?)\b)的?\s*(?:电话|手机号?|号码|number|phone|mobile)?(?:号码?)?\s*(?:是|填|写|留|:|：|is)?\s*1[3-9]\d{9}|(?:填|写|留|用)(?:他|她|我爸|我妈|我老公|我老婆|我儿子|我女儿)的|1[3-9]\d{9}[\s,，]*(?:是|这是)?(?:他|她|我爸|我妈|我老公|我老婆|我儿子|我女儿|我爱人)的|\b(?:it'?s|this is) (?:his|her|my (?:son|daughter|husband|wife|father|mother|dad|mum|mom)'?s?)\b/i;
/** That person agrees, said beside it ("他晓得", "我老公同意的", "he agreed"). */
const THEY_AGREE =
  /(?:(?<!其)他|她|他们|本人|我爸|我妈|我老公|我老婆|我爱人|我儿子|我女儿)(?:也|都|本人)?(?:同意|晓得|知道|答应|愿意|说可以|说行|让我留)|\b(?:he|she|they) (?:agreed|agrees|knows|said (?:it'?s )?ok)\b/i;

/**
 * Whether a mobile number given is said to be someone else's, with nothing said of their agreeing: a number proves
 * nothing of who owns it, and a third party's is kept only with their say-so.
 */
function othersPhoneUnagreed(text: string): boolean {
  return SOMEONE_ELSES.test(text) && !THEY_AGREE.test(text);
}

/** What a form's phone step says to such a number (it is not kept). */
const OTHERS_PHONE_RETRY = {
  zh: '留家人或朋友的电话要他本人同意,这个号码先没有记。他同意了,就把号码和"他同意了"一起发;也可以留您自己的电话,或选1不留。',
  en: 'A relative\'s or friend\'s number is kept only if they agree, so it is not kept. Send it again with "he agreed" (or "she agreed"), leave your own number, or pick 1 to leave none.',
};

/** A phone step's reading of an answer: the number to keep, or what to say instead, in both languages. */
export type PhoneStep = { phone: string } | { retry: { zh: string; en: string } };

/**
 * Reads an answer to a form's phone step (the booking's and the lead's): a mobile number is kept unless it is said
 * to be someone else's without their agreeing; a number abroad or a wrong one is answered with why. `contactedBy`
 * names who would use the chat instead ("导师" / "your mentor"). Nothing number-like gives undefined.
 */
export function readPhoneStep(text: string, contactedBy: { zh: string; en: string }): PhoneStep | undefined {
  const found = extractPhone(text);
  if (!found) return undefined;
  if ('phone' in found) return othersPhoneUnagreed(text) ? { retry: OTHERS_PHONE_RETRY } : { phone: found.phone };
  if (found.abroad)
    return {
      retry: {
        zh: `这里只能留中国大陆手机号。境外号码请选1,${contactedBy.zh}会在这里联系您。`,
        en: `Only a mainland China mobile number can be left here. With a number abroad, pick 1: ${contactedBy.en} will contact you in this chat.`,
      },
    };
  return {
    retry: {
      zh: `这个号码不对:${whyNotMobile(found.invalid, false)}。请重新输入。`,
      en: `That number is not right: ${whyNotMobile(found.invalid, true)}. Send it again.`,
    },
  };
}

/**
 * Why a mobile number attempt is wrong, for the retry message: its digit count, or, with 11 digits, how a mobile
 * begins ("12345678901" has eleven; "您发的是11位" would not say what is wrong).
 */
function whyNotMobile(invalid: number, english: boolean): string {
  if (invalid === 11) return english ? 'a mobile number starts with 13 to 19' : '手机号以13到19开头';
  return english
    ? `a mobile number has 11 digits and starts with 1 (yours has ${invalid})`
    : `手机号是11位数字,以1开头(您发的是${invalid}位)`;
}

/**
 * Whether a message gives a mobile number, or tries to: a valid one anywhere, or a wrong one that is not asked about
 * ("8514460是哪个单位的" asks whose number the plan's one is; it is no mistyped mobile of the user's).
 */
export function givesPhone(text: string): boolean {
  const found = extractPhone(text);
  return Boolean(found) && ('phone' in found! || !ASKS_ABOUT_A_NUMBER.test(text));
}
const ASKS_ABOUT_A_NUMBER =
  /(是|归)?(哪个|哪家|什么|啥|么)(单位|部门|地方|号码|电话)|是谁的|谁的(号|电话)|打得通|打不通|能打|怎么打|对不对|是不是|[?？吗]|\b(?:whose|which (?:office|department)|is (?:this|that|it)\b)/i;

// ---------------------------------------------------------------------------------------------------------------
// Yes / no

const YES_WORD =
  /^(?:我|我们|那|那就|就)?(?:同意|好|好的|好得|好滴|好哒|好嘞|好咧|好呀|行|可以|可|中|要得|得行|搞得|可得|是|是的|对|对的|嗯|嗯嗯|嗯呐|嗯哪|恩|没问题|冇问题|冇得问题|么得问题|没得问题|确认|确定|愿意|当然|当然可以|妥|妥了|没毛病|ok|okay|okk|oki|k|yes|yeah|yep|yup|y|sure|agree|i agree|i do|of course|fine|alright|好的没问题|👌|👍|🆗)$/i;
const NO_WORD =
  /^(?:我|我们|那|那就|就|还是)?(?:不同意|不|不要|不了|算了|算哒|不行|不用|不可以|不好|不需要|不愿意|拒绝|否|不中|不得行|要不得|搞不得|冇得|没得|么得|莫|莫搞|不搞|不弄|先不|暂时不|不想|不必|没兴趣|(?:冇得|没得|么得|没有)兴趣|no|nope|nah|n|no thanks|no thank you|i disagree|i don't agree|i do not agree|disagree|👎)$/i;

/** Yes/no to a question, Chinese, dialect, English: "同意", "要得", "中", "I agree" → 'yes'; "不同意", "算了", "no" → 'no'. */
export function extractYesNo(text: string): 'yes' | 'no' | undefined {
  const t = halfWidth(text).toLowerCase().trim();
  if (!t || /[?？吗]|不不|好不好|行不行|可不可以|要不要|中不中|同不同意|是不是|对不对|能不能/.test(t)) return undefined;
  // English phrases stay one part: "I agree", "no thanks", "I don't agree".
  const parts = t
    .replace(/(\p{Extended_Pictographic})/gu, ' $1 ')
    .replace(/\b(?:i|no|of|thank)(?:\s+(?:don't|do|not|agree|disagree|thanks|course|you))+/g, (s) => s.replace(/\s+/g, '_'))
    .split(/[\s,，。.、;；!！~～…]+/)
    .map((p) => p.replace(/_/g, ' '))
    .filter(Boolean);
  if (!parts.length) return undefined;
  const read = (part: string): 'yes' | 'no' | undefined => {
    // "那就算了吧" is read as itself, then "那就算了", then "那就算": particles come off one at a time.
    for (let word = part; word; word = word.slice(0, -1)) {
      // Repeats: "好好好", "行行行", "可以可以", "要得要得".
      const once = /^(.+?)\1+$/.exec(word)?.[1] ?? word;
      if (NO_WORD.test(once)) return 'no';
      if (YES_WORD.test(once)) return 'yes';
      if (!PARTICLES.includes(word.at(-1)!)) return undefined;
    }
    return undefined;
  };
  const readings = parts.map(read);
  if (readings.every((r) => r === 'yes')) return 'yes';
  // "算了 不用了", "不了 谢谢", "no thanks": a no may come with thanks.
  const noParts = readings.filter((r, i) => r === 'no' || /^(?:谢谢|谢了|多谢|thanks|thank you|sorry|不好意思)$/.test(parts[i]!));
  if (readings.includes('no') && noParts.length === parts.length && !readings.includes('yes')) return 'no';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

/** Common surnames, leaving out characters that mostly start ordinary words (都, 那, 来, 和, 明, 时 ...). */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌皮粟冼蔺楼盘满闻厉伊仝郜阚帅屠豆朴盖练廉禹井祖漆巴丰卿狄索晁芮邰赫杭况逯嵇湛戎勾茅';
const COMPOUND_SURNAMES = '欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯|端木|长孙|宇文|轩辕|独孤|南宫|西门|万俟|申屠|闻人';
const SURNAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])`;
/** Forms of address after a surname: 王先生, 李总, 张老师, 刘姐. */
const TITLES =
  '先生|女士|小姐|老板娘|老板|总经理|经理|总|董事长|董|老师|师傅|主任|书记|会计|医生|律师|大姐|大哥|大叔|阿姨|姐|哥|叔|嫂|伯|爹爹|婆婆|老表';
/** A surname with a title, or 老/小/阿 before a surname: "王先生", "老王", "小李". */
const ADDRESS = new RegExp(`^(?:${SURNAME}(?:${TITLES})|[老小阿]${SURNAME})$`, 'u');
/** Characters a given name almost never has: function words that make "钱不够", "高兴的" sentences. */
const NOT_IN_NAME = /[的了吗呢吧啊呀哈不没是在有个么啥这那都也就还要会能想去到给把被让说做搞很太好多少几点号天年月周些们事儿]/;
/** Words shaped like names (a surname character first) that are not names. */
const NOT_A_NAME = new RegExp(
  [
    '好的|可以|同意|不同意|是的|对的|没有|不用|谢谢|你好|您好|收到|知道|明白|没问题|算了|跳过|保密|不说',
    '方便|方面|方向|方法|方式|马上|周末|周一|周二|周三|周四|周五|周六|周日|周天|万一|万元|金额|余额|白天|常用|常见|成本|成功|成立|高兴|高新|龙虾|小龙虾|黄鳝|江边|石首|洪湖|监利|公安|松滋|江陵|荆州|沙市',
    '老家|老板|老师|老婆|老公|老乡|老铁|老表|小孩|小吃|小店|小厂|小本|小型|小规模|阿姨',
    '项目|投资|创业|公司|企业|工厂|服装|电子|餐饮|养殖|种植|加工|电商|直播|农业|政策|贷款|补贴|导师|预约|登记|咨询|联系|电话|手机|微信|号码',
    '上海|北京|深圳|广州|武汉|杭州|东莞|温州|宁波|苏州|长沙|郑州|成都|重庆|南京|厦门|汕头|江苏|浙江|广东|湖南|湖北|河南|江西',
  ]
    .join('|')
    .replace(/^/, '^(?:')
    .replace(/$/, ')$'),
);

/** True when a place makes up (nearly) all of `word`: "洪湖人", "上海的", not "王海南". */
function isPlace(word: string): boolean {
  const bare = word.replace(/[人的]$/, '');
  const places = extractPlaces(bare);
  const named = places.outside ?? places.city ?? places.hometown?.replace(/[市县区]$|经开区$|文旅区$|高新区$/, '');
  if (places.jingzhou) return /^荆州/.test(bare);
  return !!named && bare.includes(named.slice(0, 2)) && chars(named) >= chars(bare) - 1;
}

/**
 * True when `word` (Han only) can be a person's name or form of address. A cued word ("我叫阿芳") needs no surname;
 * an uncued one must start with one.
 */
function nameLike(word: string, cued = false): boolean {
  if (!ONLY_HAN.test(word) || chars(word) < 2 || chars(word) > 4) return false;
  if (NOT_A_NAME.test(word) || extractYesNo(word) || isPlace(word)) return false;
  if (ADDRESS.test(word)) return true;
  const surname = new RegExp(`^${SURNAME}`, 'u').exec(word)?.[0];
  if (!surname && !(cued && /^[阿老小]/.test(word))) return false;
  const given = word.slice(surname?.length ?? 1);
  if (!given || NOT_IN_NAME.test(given)) return false;
  return !extractIndustry(word);
}

/** A name in Latin letters given as the whole answer: one to three capitalised words, a title before them. */
const LATIN_NAME = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+){0,2})[\s,，.。]*$/;
/** Capitalised words that answer something else ("Skip", "Hello", "Honghu"); other cities are `OTHER_PLACES_EN`. */
const NOT_A_LATIN_NAME =
  /^(?:skip|hello|hi|hey|thanks|thank|ok|okay|sure|fine|agree|yes|no|none|cancel|stop|help|human|menu|online|offline|either|any|anywhere|jingzhou|shashi|jiangling|songzi|gong'?an|shishou|jianli|honghu|london|singapore)\b/i;
const latinPlace = (name: string): boolean =>
  OTHER_PLACES_EN.some((place) => place.toLowerCase() === name.split(/[\s-]/)[0]!.toLowerCase());

/** Cues before a name, strongest first; the name is the 2-4 Han characters after the cue. */
const NAME_CUES: readonly RegExp[] = [
  /(?:叫我|喊我|称呼我|就叫我)\s*([\p{Script=Han}]{2,4}?)(?=就行|就可以|就好|就是|吧|好了|$|[\s,，。!！])/u,
  /(?:我叫|我名字叫|我的名字叫|我名叫|我的名字是|我名字是|名字是|名字叫|姓名是|姓名叫|姓名[:：]|名字[:：]|^(?:名字|姓名)(?=\p{Script=Han}{2,4}(?:$|[\s,，。!！]))|本人|鄙人|在下|俺叫)\s*([\p{Script=Han}]{2,4}?)(?=$|[\s,，。!！]|是|在|来自|老家|今年|现在|做|从|啊|呀|哈)/u,
  /(?:我是|我就是|这边是|俺是)\s*([\p{Script=Han}]{2,4}?)(?=$|[\s,，。!！]|在|来自|老家|今年|现在|目前|做|从|啊|呀|哈)/u,
];

/**
 * A person's name or form of address: "我叫何建国", "免贵姓王" (→ "王"), "叫我老王就行" (→ "老王"), "王先生", "我是张三
 * 在上海做服装" (→ "张三"). Undefined for what is not a name (a city, a company, a phone, a question, "好的", "同意").
 * With `whole` (the default: the message answers "怎么称呼您"), a whole message of 2-4 Han characters counts as a
 * name when it starts with a surname and is no known place, industry or common word; pass `{ whole: false }` when
 * reading a name out of any message, where only cued names count.
 */
export function extractName(text: string, opts: { whole?: boolean } = {}): string | undefined {
  const t = stripFiller(withoutLongDigits(halfWidth(text)));
  if (!t || /[?？吗]/.test(t)) return undefined;
  // "My name is Anders Zhou", "Name Tan", "surname: Wang".
  const english =
    /(?:my name is|i am|i'm|call me|this is|^(?:my )?(?:name|surname|family name|last name)(?:\s+is)?\s*[:：]?)\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/i.exec(
      t,
    )?.[1];
  if (english) return english;
  for (const cue of NAME_CUES) {
    const word = cue.exec(t)?.[1];
    if (word && nameLike(word, true)) return word;
  }
  // "免贵姓王 叫王建国", "我姓王": the full name when it follows, else the surname alone.
  const surname = new RegExp(`(?:免贵|我|本人|俺)?姓\\s*(${SURNAME})`, 'u').exec(t);
  if (surname) {
    const rest = t.slice(surname.index + surname[0].length);
    const full = new RegExp(`(${surname[1]}\\p{Script=Han}{1,2})(?=$|[\\s,，。!！])`, 'u').exec(rest)?.[1];
    if (full && nameLike(full)) return full;
    const given = /^[\s,，]*(?:叫|名)\s*(\p{Script=Han}{1,2})(?=$|[\s,，。!！])/u.exec(rest)?.[1];
    if (given && nameLike(surname[1] + given)) return surname[1] + given;
    return surname[1];
  }
  if (opts.whole === false) return undefined;
  // "Chen Lei, 135…", "Mr Wang": a whole answer of capitalised words.
  const latin = LATIN_NAME.exec(t.trim())?.[1];
  if (latin && !extractYesNo(latin) && !NOT_A_LATIN_NAME.test(latin) && !latinPlace(latin)) return latin;
  const words = t.split(PUNCT).filter(Boolean);
  // "王先生", "老王", anywhere as its own word.
  const address = words.map((w) => w.replace(TRAILING_PARTICLES, '')).find((w) => ADDRESS.test(w) && !NOT_A_NAME.test(w));
  if (address) return address;
  // "何 建国": one name typed with a space.
  const spaced = /^(\p{Script=Han}{1,2})\s(\p{Script=Han}{1,2})$/u.exec(t);
  if (spaced && nameLike(spaced[1]! + spaced[2]!)) return spaced[1]! + spaced[2]!;
  // A whole answer: "何建国", "何建国 洪湖的" (the first word, when the rest says something else).
  const first = words[0]?.replace(TRAILING_PARTICLES, '');
  if (first && nameLike(first) && (words.length === 1 || !ONLY_HAN.test(words.slice(1).join('')) || words.length <= 3)) return first;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Company

/** Endings of company and shop names. */
const COMPANY_SUFFIX =
  '股份有限公司|有限责任公司|有限公司|集团|公司|工厂|加工厂|厂|商行|超市|便利店|专卖店|旗舰店|门市部|经营部|工作室|合作社|家庭农场|农场|养殖场|种植基地|基地|饭庄|酒楼|酒家|餐厅|饭店|饭馆|大排档|馆|店|铺|坊|事务所|网店';
/** Words that make a phrase ending in 店/厂 a sentence ("我想开个店"), not a name. */
const NOT_IN_COMPANY = /[我你他她想要做搞办]|开[个了家一]|有[个家一]|[一这那][个家间]|^[个家间]/;
/** Cues before a company name: "公司叫", "店名是", "厂子名字叫". */
const COMPANY_CUE =
  /(?:公司|企业|单位|厂子?|店子?|门店|门面|网店|馆子|馆|合作社|农场|超市|铺子)\s*(?:的)?(?:名字|名称|全称|名)?\s*(?:叫做|叫|名叫|名称是|为|是(?!做|在|搞|干|开|卖|我|个|一)|[:：])\s*|(?:店名|厂名|公司名|企业名|名称|全称)(?:叫做|叫|是|为|[:：])?\s*/;
/** A whole answer about what the business does or where it is, not its name: "公司在上海", "做服装的". */
const DESCRIBES_BUSINESS = /^(?:我|我们|我家)?(?:公司|厂子?|店)?(?:是|在|就是)?(?:做|搞|干|卖|开|在|生产|经营)|^(?:公司|厂子?|店)(?:在|是)/;
/** Opening words before a named business: "开了家", "办了个", "有一家". */
const OPENED = /(?:开了?|办了?|搞了?|经营|创办了?|注册了?|成立了?|有)(?:一)?(?:家|个|间|所)\s*/g;
/** Where a company name stops. */
const COMPANY_END = /[\s,，。;；!！?？、]|主要|专门|是做|做的|做|在|现在|目前|已经|有\d|大概|规模|差不多|的时候/;
const NOT_A_COMPANY = /^(?:没有|没|无|暂无|还没有?|冇得|么得|个体|个体户|自己干|打工|上班|没公司|没注册|还没注册|不方便说|保密)/;

function cleanCompany(word: string): string | undefined {
  const w = word
    .replace(/^(?:叫|是|为|名叫|[:：])\s*/, '')
    .replace(/[的了吧啊呀哈]+$/, '')
    .replace(/^["“「『《]|["”」』》]$/g, '')
    .trim();
  if (chars(w) < 2 || chars(w) > 40 || !HAN.test(w) || /\d{7,}/.test(w)) return undefined;
  if (NOT_A_COMPANY.test(w) || extractYesNo(w) || /[?？吗么]$/.test(w)) return undefined;
  // A place alone is not a company: "上海", "洪湖的", "在深圳".
  const bare = w.replace(/^(?:在|是)/, '').replace(/(?:市|县|区|省|那边|这边)$/, '');
  if (currentCityOf(`在${bare}`) === bare || (hometownOf(bare) && chars(bare) <= 3)) return undefined;
  return w;
}

/**
 * A company or shop name: "上海洪发服饰有限公司", "我的公司叫洪发服饰", "店名叫老王饭庄", "在深圳开了家华强电子厂" →
 * "华强电子厂". Never a phone number (runs of 7+ digits are ignored), never a city alone. With `whole` (the default:
 * the message answers "公司或店名叫什么"), a short answer without cues is taken as the name.
 */
export function extractCompany(text: string, opts: { whole?: boolean } = {}): string | undefined {
  const t = stripFiller(withoutLongDigits(halfWidth(text)));
  if (!t) return undefined;
  const upTo = (from: number): string => {
    const rest = t.slice(from);
    const end = rest.search(COMPANY_END);
    return end < 0 ? rest : rest.slice(0, end);
  };
  const cue = COMPANY_CUE.exec(t);
  if (cue) {
    const found = cleanCompany(upTo(cue.index + cue[0].length));
    if (found) return found;
  }
  for (const m of t.matchAll(OPENED)) {
    const found = cleanCompany(upTo(m.index + m[0].length));
    if (found && new RegExp(`(?:${COMPANY_SUFFIX})$`).test(found)) return found;
  }
  // A name with a legal or shop ending anywhere: "上海洪发服饰有限公司", "老王饭庄".
  const suffixed = new RegExp(`([\\p{Script=Han}A-Za-z()（）]{2,30}?(?:${COMPANY_SUFFIX}))(?=[的吧啊呀哈]*$)`, 'u');
  for (const word of t.split(/[\s,，。;；!！?？、]+/)) {
    const m = suffixed.exec(word.replace(/^(?:我的|我们的?|我家|在[^\s,，。]{2,3}?(?=[^\s,，。]{2,}(?:公司|厂|店))|就是|是)+/, ''));
    const found = m && cleanCompany(m[1]!);
    if (found && !NOT_IN_COMPANY.test(found)) return found;
  }
  if (opts.whole === false) return undefined;
  // "电话是139…" when the company is asked gives the phone: what is left of it ("电话是") names no company.
  if (t !== stripFiller(halfWidth(text)) && /电话|手机|号码|微信|联系|phone|number/i.test(t)) return undefined;
  if (chars(t) > 20 || /[?？我你他她]/.test(t) || DESCRIBES_BUSINESS.test(t) || !/^[\p{Script=Han}A-Za-z0-9()（）&·\s]+$/u.test(t))
    return undefined;
  return cleanCompany(t.replace(/\s+/g, ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Industry

/**
 * Industry keywords: the list of lead-form.ts (kept there until the lead moves onto this module), extended with
 * trades people name often. Longer words first, so "服装加工" is 服装 and "新能源汽车" is 新能源.
 */
const INDUSTRIES = [
  ...'服装|纺织|餐饮|湘菜|川菜|火锅|饭店|酒店|建材|装修|电子|机械|装备|化工|医药|物流|电商|直播|农业|种植|养殖|水产|小龙虾|莲藕|食品|加工|汽车|零部件|家具|包装|新能源|光伏|文旅|民宿|旅游|房地产|教育|培训|软件|互联网|贸易|五金|模具|印刷'.split(
    '|',
  ),
  ...'服饰|制衣|鞋业|制鞋|箱包|玩具|小吃|烧烤|奶茶|卤菜|茶叶|白酒|酿酒|粮油|水果|蔬菜|苗木|花卉|中药材|畜牧|家电|电器|半导体|芯片|锂电|电池|塑料|注塑|钢材|钢铁|有色金属|造纸|纸业|陶瓷|玻璃|美容|美发|健身|养老|医疗|家政|快递|外卖|汽修|建筑|工程|广告|传媒|设计|金融|保险|科技|人工智能|大数据|物业|宾馆|冷链|仓储|农产品|食品加工|生物|电线电缆|灯具|照明|纺织品|外贸|跨境电商|直播带货|新媒体|短视频|农家乐|采摘|渔业|稻虾|龙虾|母婴|医美|口腔|眼镜|珠宝|服务业|制造业|汽配'.split(
    '|',
  ),
];
const INDUSTRY = new RegExp([...new Set(INDUSTRIES)].sort((a, b) => b.length - a.length).join('|'));

/** An industry keyword named in the text ("在上海做服装的" → "服装"); the first one named wins. */
export function extractIndustry(text: string): string | undefined {
  return INDUSTRY.exec(halfWidth(text))?.[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Project

/** Words of intent before a project: "想", "打算", "准备". */
const INTENT = /想|打算|准备|计划|要|考虑|希望|有意|意向|规划/;
/** Verbs that open a project phrase; 开 is not 开发区, 开始, 开心; 投资 only before what is invested in. */
const PROJECT_VERB =
  /投资(?![\s,，。]|$|[大约概]|规模|额|金额|建|开|办|搞|做|新建|扩建|\s*[\d零一二两三四五六七八九十百千几.]+\s*[个多来]*\s*[万亿wW千百])|投建|新建|扩建|引进|承包|搞|做|办|开(?!发区|发|心|始|会|车|玩笑|了\d)|建(?!议|设银行)|种|养|干|弄|上马|发展(?=[^\s,，。]{2})|经营|租/;
/** Where a project phrase stops: an amount or a hedge before one, a site or a side remark. */
const PROJECT_END =
  /[\s,，。;；!！?？、]|大概|大约|预计|估计|差不多|投资?(?=[\d零一二两三四五六七八九十百千几大约概]|规模|额)|规模|需要|要多少|用地|左右|[\d零一二两三四五六七八九十百千几]+(?:个)?(?:多)?(?:万|亿|w|亩)/;
/** Nouns that make a verb phrase a project even without a word of intent. */
const PROJECT_NOUN = /厂|店|馆|基地|园|项目|合作社|农场|公司|民宿|农家乐|加工|养殖|种植|直播|电商|生产线|车间|工作室|门面/;

function phraseFrom(clause: string): string | undefined {
  const verb = PROJECT_VERB.exec(clause);
  if (!verb) return undefined;
  const rest = clause.slice(verb.index);
  const stop = rest.slice(verb[0].length).search(PROJECT_END);
  const phrase = (stop < 0 ? rest : rest.slice(0, verb[0].length + stop)).replace(/[的吧啊呀哈了]+$/, '');
  const object = phrase.slice(verb[0].length).replace(/^(?:了|过)/, '');
  // "做了二十年服装": what they have done, not a project.
  if (/^(?:了|过)/.test(phrase.slice(verb[0].length)) || chars(object) < 2) return undefined;
  return phrase;
}

/** The project: "想回洪湖老家投资 开个小龙虾加工厂 大概两个亿" → "开个小龙虾加工厂" (not "投资"). */
/** The project named after "项目(就)是" ("项目就是不锈钢制品加工", "项目主要是做冷链的"). */
const PROJECT_IS =
  /项目(?:内容|名称)?(?:就|主要|大概)?(?:是|[:：]\s*)(?:做|搞|开)?([^\s,，。;；!！?？吗呢:：]{2,30}?)(?:的)?(?=$|[\s,，。;；!！?？])/;
/** A clause that is only the thing to build ("米粉厂", "冷链仓库"), as a registration lists it. */
const PROJECT_NAMED =
  /^(?!.*(?:想|要|回|投|搞|做|开|建|办|意|打算|准备|计划|在|去|来))[\u4e00-\u9fff]{1,10}(?:厂|店|馆|基地|产业园|合作社|农场|公司|民宿|农家乐|生产线|车间|工作室|冷库|仓库|营地|酒店)$/u;

export function extractProject(text: string): string | undefined {
  const t = withoutLongDigits(halfWidth(text));
  // "项目就是不锈钢制品加工", "项目是做冷链仓储的": the project said to be it, in so many words.
  const said = PROJECT_IS.exec(t)?.[1];
  if (said && !/^(?:什么|啥|么|哪)/.test(said)) return said;
  // "有个物流仓储项目想落在荆州开发区": the project named as one.
  const named = /(?:有|是)(?:个|一个)([\u4e00-\u9fff]{2,10}项目)/.exec(t)?.[1];
  if (named && !/^(?:什么|啥|么|哪|这|那)/.test(named)) return named;
  const clauses = t.split(/[\s,，。;；!！?？、]+/).filter(Boolean);
  // After a word of intent (in its own clause or the next ones), the first verb phrase with an object.
  const intent = clauses.findIndex((c) => INTENT.test(c));
  if (intent >= 0) {
    for (const [i, clause] of clauses.slice(intent).entries()) {
      const from = i === 0 ? clause.search(INTENT) : 0;
      // "想回洪湖老家投资", "打算回来": going home is not the project.
      const body = clause.slice(from).replace(/^(?:想|打算|准备|计划|要|考虑|希望|有意)+/, '');
      const homeward = body.replace(/^(?:再|还是)?回(?:到|去|来|乡|老家)?(?:[^\s,，。]{0,6}?(?:老家|家乡|那边|这边|来|去))?/, '');
      const found = phraseFrom(homeward);
      if (found) return found;
    }
  }
  for (const clause of clauses) {
    const found = phraseFrom(clause);
    if (found && PROJECT_NOUN.test(found)) return found;
  }
  // "给我记一下 米粉厂 江陵县 两千万": the project as a bare name, listed among the other details.
  return clauses.find((c) => PROJECT_NAMED.test(c) && !/^(?:我|我们|你们|他们|这个|那个|哪个|什么|么)/.test(c));
}

// ---------------------------------------------------------------------------------------------------------------
// Amount

/** Investment amount in 万元 via parseInvestment: `{ wan, text }`, `{ invalid }` or undefined. Phone numbers are never money. */
export function extractAmount(text: string): ReturnType<typeof parseInvestment> {
  return parseInvestment(withoutLongDigits(inChineseUnits(text)));
}

/** English amounts in the units the parser reads: "80 million" → "8000万", "2 billion" → "20亿", "$5 million" in 美元. */
function inChineseUnits(text: string): string {
  const scaled = (n: string, by: number) => String(Math.round(Number(n.replace(/,/g, '')) * by * 100) / 100);
  return text
    .replace(/(\d[\d,]*(?:\.\d+)?)\s*(?:million|mn|m)\b/gi, (_all, n: string) => `${scaled(n, 100)}万`)
    .replace(/(\d[\d,]*(?:\.\d+)?)\s*(?:billion|bn|b)\b/gi, (_all, n: string) => `${scaled(n, 10)}亿`)
    .replace(/(?:US)?\$\s*(\d[\d,.]*(?:万|亿)?)/gi, '$1美元')
    .replace(/\b(?:rmb|cny|yuan)\b/gi, '元');
}

// ---------------------------------------------------------------------------------------------------------------
// Places

const NOW_IN_JINGZHOU = /(?:^|[^家落])在(?:荆州市?)?(?:沙市|荆州|江陵|松滋|公安(?!局)|石首|监利|洪湖|经开区|纪南|高新区)/;
const HOME_WORDS = /老家|家乡|祖籍|籍贯|原籍|户口|出生|土生土长|是[^\s,，。]{2,6}(?:人|的)|[^\s,，。]{2,6}人(?!在)|回/;

/**
 * Places: the Jingzhou hometown unit (as places.ts names it: "洪湖市"), or `jingzhou` when only 荆州 is named, or an
 * outside hometown; and the current city outside. "我是洪湖人 现在在上海" → { hometown: '洪湖市', city: '上海' }. A
 * phone number is never a city.
 */
/** Where an English speaker says they are from or live ("from Jianli", "in Shenzhen"). */
const PLACE_EN = /\b(?:(from|in|based in|living in|working in|work in|live in)\s+)?([a-z]+(?:'[a-z]+)?(?: (?:district|zone))?)\b/gi;

/**
 * English place names in Chinese, by the names the project already knows (the counties of the booking vocabulary,
 * the regions of the subscriptions): "from Jianli" → "老家监利市", "in Shenzhen" → "在深圳". (A Jingzhou place after
 * "in" is where a project is, "a park in Jingzhou Development Zone": left alone.)
 */
function placesInChinese(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text.replace(PLACE_EN, (m, lead: string | undefined, word: string) => {
    const home = countyOf(word) ?? (/^jingzhou$/i.test(word) ? '荆州' : undefined);
    const away = home ? undefined : regionOfEnglish(word);
    if (!home && !away) return m;
    if (lead && /from/i.test(lead)) return ` 老家${home ?? away} `;
    if (home) return lead || text.trim().toLowerCase() !== word.toLowerCase() ? m : home;
    return lead ? ` 在${away} ` : ` ${away} `;
  });
}

/** A place said not to be the one ("是沙市区 不是荆州区", "不在武汉了"): no place of theirs. */
const NEGATED_PLACE = /(?:而)?不(?:是|在)(?:在)?[^\s,，。;；!！?？]{1,8}/g;

export function extractPlaces(text: string): { hometown?: Hometown; jingzhou?: true; outside?: string; city?: string } {
  const t = placesInChinese(withoutLongDigits(halfWidth(text)))
    .replace(NEGATED_PLACE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return {};
  const places: { hometown?: Hometown; jingzhou?: true; outside?: string; city?: string } = {};
  const home = hometownOf(t);
  if (home && 'hometown' in home) places.hometown = home.hometown;
  else if (home && 'jingzhou' in home) places.jingzhou = true;
  else if (home && 'outside' in home) places.outside = home.outside;
  // "现在在洪湖", "湖南岳阳的 在荆州打工": where they are now, not where they are from (hometownOf takes any Jingzhou
  // name as the hometown when no clause says otherwise).
  if ((places.hometown || places.jingzhou) && NOW_IN_JINGZHOU.test(t) && !HOME_WORDS.test(t)) {
    places.city = places.hometown ?? '荆州';
    delete places.hometown;
    delete places.jingzhou;
    for (const clause of t.split(/[\s,，。;；!！?？]+/)) {
      const other = clause && !NOW_IN_JINGZHOU.test(clause) ? hometownOf(clause) : undefined;
      if (other && 'outside' in other) {
        places.outside = other.outside;
        break;
      }
    }
  }
  // "在沙市上班 老家洪湖": a Jingzhou place they are in now, beside a hometown elsewhere in Jingzhou.
  const now = places.hometown && !places.city ? t.split(/[\s,，。;；!！?？]+/).find((c) => NOW_IN_JINGZHOU.test(c)) : undefined;
  const nowHome = now ? hometownOf(now.replace(/^.*?在/, '')) : undefined;
  if (nowHome && 'hometown' in nowHome && nowHome.hometown !== places.hometown) places.city = nowHome.hometown;
  const city = currentCityOf(t);
  // "荆州的" alone is the hometown, not also the city.
  if (city && city !== places.outside && !(places.jingzhou && city === '荆州') && !places.city) places.city = city;
  return places;
}

// ---------------------------------------------------------------------------------------------------------------
// Date and time

/** Short forms parseWhen does not know: "今晚", "明早", "明儿个". */
const WHEN_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/今晚|今儿晚上|今天晚上/g, '今天晚上'],
  [/明晚|明儿晚上/g, '明天晚上'],
  [/明早|明儿早上|明天一早/g, '明天早上'],
  [/今早/g, '今天早上'],
  [/明儿个?|明个/g, '明天'],
  [/后儿个?/g, '后天'],
  [/今儿个?/g, '今天'],
];
/** A clause that puts an earlier date right ("那就3月2号", "改成周五", "还是下周一吧"). */
const PUTS_RIGHT = /^(?:那就|那|改成|改到|换成|换到|还是|应该是|是)/;
const WEEKEND = /(下下|下|这|本)?(?:个)?(?:周末|礼拜六礼拜天|星期六星期天|周六周日|周六日|双休日?)|weekend/i;

/** A time said to be taken ("上午有会", "周三没空", "明天不方便", "礼拜四又来事了"), not wished. */
const BUSY_AT =
  /(?:大后天|后天|明天|今天|上午|下午|晚上|早上|中午|(?:这|下)?(?:周|礼拜|星期)[一二三四五六日天])(?:要|都|我|又|也)?(?:有会|有事|来事|有点事|没空|冇空|不行|不方便|忙|要开会|开会|没时间|冇时间|走不开|去不了|出差|要去[^,，。\s]{0,6}办事)/g;

/**
 * A wished date and time of day ("下周五下午", "周六上午", "十二月三号", "这个周末", "明天上午十点"): parseWhen, with
 * 今晚/明早 spelled out and "周末" read as Saturday to Sunday (parseWhen alone reads "这个周末" as the whole week).
 */
export function extractWhen(text: string, now: number): When | undefined {
  // "改下午吧 上午有会": a time said to be taken is no wish.
  let t = halfWidth(text).replace(BUSY_AT, ' ');
  for (const [from, to] of WHEN_WORDS) t = t.replace(from, to);
  let when = parseWhen(t, now);
  // "2月30号不行 那就3月2号上午", "哦 2月冇得30号 那就3月2号上午": a date put right later in the message; the last
  // clause's date is meant.
  const last = t
    .split(/[\s,，。;；!！]+/)
    .filter(Boolean)
    .at(-1);
  if (last && last !== t.trim() && (when?.invalid || PUTS_RIGHT.test(last))) {
    const corrected = parseWhen(last, now);
    // ("明天上午 还是下午吧": only the part of the day is put right; the day stays.)
    if (corrected && !corrected.invalid)
      when =
        corrected.from === undefined && when && !when.invalid && when.from !== undefined
          ? { ...when, ...(corrected.partOfDay ? { partOfDay: corrected.partOfDay } : {}) }
          : corrected;
  }
  const weekend = WEEKEND.exec(t);
  if (!weekend || when?.invalid) return when;
  const today = startOfLocalDay(now);
  const weekday = toLocal(now).weekday;
  const weeks = weekend[1] === '下下' ? 2 : weekend[1] === '下' ? 1 : 0;
  // On a Sunday "这个周末" is today; "下个周末" is always the one after the coming Saturday.
  const saturday = today + (6 - weekday + weeks * 7) * DAY_MS;
  return { ...(when?.partOfDay ? { partOfDay: when.partOfDay } : {}), from: Math.max(saturday, today), until: saturday + DAY_MS };
}

// ---------------------------------------------------------------------------------------------------------------
// Specialties

/** Cues read before the vocabulary, because a dish or product word there would send them elsewhere. */
const SPECIFIC: ReadonlyArray<[RegExp, Specialty]> = [
  [/馆子|饭店|餐馆|餐厅|饭馆|夜宵|宵夜|大排档|排档|虾馆|龙虾馆|酒楼|小吃|卤味|私房菜|农家菜|快餐|开(?!网).{0,3}(?:店|馆)卖/, '餐饮'],
  [/加工|深加工|预制菜|冷链|烘干|包装厂|食品厂/, '农产品加工'],
  [/直播|带货|电商|网店|抖音|快手|拼多多|视频号|网上卖|线上卖/, '电商直播'],
  [/养殖|种植|养虾|养鱼|养猪|养鸡|养鸭|养牛|养羊|稻虾|虾稻|种田|种地|种菜|大棚|鱼塘|虾塘|塘口|基地|育苗|果园|茶园/, '种植养殖'],
  [/民宿|农家乐|露营|研学|采摘/, '文旅民宿'],
];
/** Products that the vocabulary files under 种植养殖 although they also are what a restaurant or a shop sells. */
const PRODUCE_ONLY = /^(?:小龙虾|龙虾|水产|蔬菜|水果|莲藕|中药材)$/;
/** "菜市场", "农贸市场": a place, not marketing. */
const NOT_MARKETING = /菜市场|农贸市场|市场监管|超市/g;

/**
 * Every specialty a booking topic fits, most specific first: "小龙虾馆子" → ['餐饮'] (never 种植养殖), "小龙虾养殖" →
 * ['种植养殖'], "抖音卖小龙虾" → ['电商直播']. 综合创业 only when nothing more specific fits. Empty when nothing does.
 */
export function extractSpecialties(text: string): Specialty[] {
  const t = halfWidth(text)
    .replace(/创业导师|导师|专家|辅导员|联络员|老师|预约|咨询/g, ' ')
    .replace(NOT_MARKETING, ' ');
  const found: Specialty[] = [];
  const add = (s: Specialty) => {
    if (!found.includes(s)) found.push(s);
  };
  for (const [cue, specialty] of SPECIFIC) if (cue.test(t)) add(specialty);
  // Every word of the vocabulary that occurs, not only the first specialtyOf would stop at.
  const hits = specialtyWords(t);
  for (const name of SPECIALTY_NAMES) {
    const words = hits.get(name);
    if (!words) continue;
    // "小龙虾馆子", "卖小龙虾的网店": the product is what is sold, not what is farmed.
    if (name === '种植养殖' && !found.includes(name) && words.every((w) => PRODUCE_ONLY.test(w)) && found.length) continue;
    add(name);
  }
  if (!found.length && specialtyOf(t) === GENERAL) add(GENERAL);
  return found;
}
