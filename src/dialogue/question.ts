// Whether a message asks something, from its wording alone (no knowledge, no classifier): shared by the forms,
// the follow-ups and the intent classification.

/** Saying one asks ("问一下", "顺便问", "问哈"). */
export const SAYS_ASKING = '问一下|问下|问一句|问句|问一?哈|请问|想问|顺便问';

// Question wording: asking words, "A不A" (要不要, 能不能), a sentence-final 不/冇 ("能减免不"), English questions.
const QUESTION_WORDS = new RegExp(
  `${SAYS_ASKING}|还没(?:有)?(?:说|讲|回答|答|告诉)|么|吗|嘛|[?？]|多少|几多|好多钱|好多[个家场次人回]|好多[?？]?$|(?:是|号码?|电话|专线|热线)好多|(?:要|能|有|引|给|补|贷|建|办|搞|招|评|选)好多|怎么|咋|哪|什么|啥|能不能|可不可以|是否|有没有|有冇|冇得(?!事|问题|关系)|冇[吗啊呀嘛。!！?？\\s]*$|(?:对|是)吧[?？。!！\\s]*$|对不对|(?<![十一二两三四五六七八九百千万好])几[个家场次年月天号岁回批期届轮位项条]|多久|多远|多长时间|会不会|谁(?!都|也)`,
);
const A_NOT_A = /(\p{Script=Han})[不没]\1/u;
/** "场租水电是全免还是减半": a choice between two, asked ("还是线下吧" chooses, and "都行" leaves it open). */
const EITHER_OR = /是[^,，。!！]{1,12}还是(?!算了)[^,，。!！吧]{1,12}[呢啊]?$/;
// ("还有位置冇 我想搬进去": the question ends its clause, a remark follows.)
const TRAILING_NOT = /(?:能|可以|会|有|行|要|是|给|减|免|办|算|够|好|贷|批|补|收)[^\s,，。]{0,12}[不冇没][咯啊呢嘛哦撒]?(?=$|[\s,，。])/;
/** "流转土地有补贴吧": a guess put to be confirmed ("可以吧", "那就周六吧" are no questions). */
const TAG_QUESTION = /(?:有|能|可以|会|算|给|减|免|补|贷)[^\s,，。]{1,8}吧[?？]?$/;
export const ENGLISH_QUESTION =
  /(?:^|[,.!;:，。！；：]\s*)(?:(?:btw|by the way|oh|also|hmm+|um+|ok|okay|quick question|one more thing)[,\s]+)?(?:what|whats|how|hows|when|where|wheres|who|whos|whom|which|why|can|could|is|are|do|does|did|will|would|should|may)\b|\?\s*$/i;

/** "哪个园区还冇定", "么时候回还没想好": the asking word says what is not decided yet, a statement. */
const UNDECIDED = /(?:哪|么|什么|啥|多少|几).{0,8}(?:还|都|暂时)?(?:冇|没|未|不)(?:定|想好|确定|决定|落实)/;

/** "随便哪个都行", "什么时候都可以", "随便哪个 第一个吧": any will do, a statement. */
const ANY_WILL_DO =
  /(?:随便)?(?:哪个|哪天|哪里|哪|什么时候|啥时候|么时候|几点|怎么)(?:都|也)(?:行|可以|好|成|中|没问题|无所谓)|随便(?:哪个|哪一个|哪位|哪天|哪里|什么时候|啥时候|么时候|几点)[吧啦嘛哈]?(?=$|[\s,，。!！])/;

/** "那住房呢", "还有培训呢": the topic asked again of something else. */
const AND_THIS = /^(?:那|还有|那么)[^,，。!！]{1,12}呢[?？]?$/;

/** The clauses of a message, between spaces and punctuation ("厂里要招本地工人 招了有么补贴" → two). */
export const clausesOf = (text: string): string[] => text.split(/[\s,，。;；!！]+/).filter(Boolean);

/** True when the wording asks something (Chinese or English), whatever the form asked. */
export function soundsLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (UNDECIDED.test(t) && !/[?？]|吗|么样|能不能|可不可以/.test(t.replace(UNDECIDED, ''))) return false;
  if (ANY_WILL_DO.test(t) && !QUESTION_WORDS.test(t.replace(ANY_WILL_DO, ''))) return false;
  return (
    QUESTION_WORDS.test(t) ||
    A_NOT_A.test(t) ||
    (EITHER_OR.test(t) && !/都(?:行|可以|好|成)/.test(t)) ||
    AND_THIS.test(t) ||
    TRAILING_NOT.test(t) ||
    TAG_QUESTION.test(t) ||
    ENGLISH_QUESTION.test(t)
  );
}
