/**
 * Cantonese as written by merchants from Hong Kong, Macau, Guangdong and abroad ("呢啲係邊個部門管", "唔該晒",
 * "有冇專線"), read as the Mandarin the knowledge base and the wording rules know ("这些是哪个部门管", "谢谢", "有没有专线").
 *
 * Only words no Mandarin sentence uses are replaced, so that Mandarin passes unchanged: 係 is 是 except in 關係 and
 * 係數; 點 is 怎么 only before a verb (地點, 重點 stay); 呢 is 这 only before a measure word (the particle 呢 stays).
 * The table is written in traditional characters; each key is also read in simplified characters, as typed on the
 * mainland. It runs before the conversion to simplified characters, which would make 係 the 系 of 联系 (and 嗰 a
 * rare 𠮶); so Cantonese has this one table, not the lexicon, whose replacements run after that conversion.
 */
import { traditionalToSimplified } from './opencc.ts';

/** Cantonese words and their Mandarin, in traditional characters. */
const WORDS: Record<string, string> = {
  哈囉: '哈喽',
  唔該晒: '谢谢',
  唔該: '谢谢',
  多謝晒: '谢谢',
  唔使: '不用',
  唔駛: '不用',
  唔好意思: '不好意思',
  唔好: '不要',
  唔得: '不行',
  唔知: '不知道',
  唔明: '不明白',
  唔: '不',
  係咪: '是不是',
  唔係: '不是',
  有咩分別: '有什么区别',
  呢樣嘢: '这个',
  搬返: '搬回',
  返嚟: '回来',
  返去: '回去',
  有冇講: '有没有讲',
  邊個部門: '哪个部门',
  邊個單位: '哪个单位',
  點算: '怎么办',
  而家: '现在',
  睇病: '看病',
  入面: '里面',
  話我知: '告诉我',
  細路讀書: '子女义务教育入学',
  點樣: '怎么样',
  幾多錢: '多少钱',
  幾多: '多少',
  乜嘢: '什么',
  咩嘢: '什么',
  咩: '什么',
  乜: '什么',
  嘢: '东西',
  佢哋啲: '他们的',
  你哋啲: '你们的',
  我哋啲: '我们的',
  佢哋: '他们',
  你哋: '你们',
  我哋: '我们',
  佢: '他',
  嘅: '的',
  取消咗佢: '取消掉',
  咗佢: '了',
  都係: '还是',
  咗: '了',
  嚟: '来',
  喺: '在',
  嗰啲: '那些',
  呢啲: '这些',
  有啲: '有些',
  啲: '些',
  嗰: '那',
  諗: '想',
  畀: '给',
  俾: '给',
  睇: '看',
  搵: '找',
  攞: '拿',
  啱: '对',
  噉: '这样',
  㗎: '',
  成日: '整天',
  喎: '',
  返工: '上班',
  放工: '下班',
  仲有: '还有',
  琴日: '昨天',
  搞掂: '搞定',
  揀: '选',
  細公司: '小公司',
  細生意: '小生意',
  等陣: '等一下',
  咁: '这么',
};

/** Words read only as typed in traditional characters: their simplified forms occur in Mandarin (旁边个人, 周边度假,
 * 我听日语, 接着数, 干净系统, 觉得闲). */
const TRADITIONAL_ONLY: Record<string, string> = {
  邊個: '谁',
  邊度: '哪里',
  邊間: '哪家',
  邊日: '哪天',
  邊位: '哪位',
  聽日: '明天',
  著數: '好处',
  淨係: '只',
  得閒: '有空',
};

/** 係 as 是: not in 關係 (关系), 聯係, 維係, 干係, 係數. */
const IS = /(?<![關关聯联維维干])係(?!數)/g;
/** 點 as 怎么, opening a clause before a verb: "點申請", "我點報名" (地點辦理, 重點, 景點 stay). */
const HOW =
  /(?<=^|[\s,，。!！?？~、]|我|你|佢|要|應該|应该|可以|又|會|会|係|是)點(?=申請|报名|報名|辦|办|搞|去|預約|预约|約|约|揀|拣|选|選|聯絡|联络|聯繫|联系|用|做|算|計|计|攞|拿|找|搵|登記|登记|取消|改)/g;
/** 呢 as 这, before a measure word ("呢個", "呢啲"); the particle 呢 stays. */
const THIS = /呢(?=[個个間间位份種种次度條条項项])/g;
/** 咁 opening a clause is 那 ("咁我搵邊個": then whom do I ask); elsewhere 这么 ("咁貴"). */
const THEN = /(?<=^|[\s,，。!！?？])咁/g;
/** 仲 as 还 ("仲可以", "仲要"), not in 仲裁, 仲秋, 仲介. */
const STILL = /仲(?![裁秋介])/g;

const table = new Map<string, string>();
for (const [word, mandarin] of Object.entries(WORDS)) {
  table.set(word, mandarin);
  table.set(traditionalToSimplified(word), mandarin);
}
for (const [word, mandarin] of Object.entries(TRADITIONAL_ONLY)) table.set(word, mandarin);
const PATTERN = new RegExp(
  [...table.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
/** The characters a Cantonese word here begins with: a message with none of them is left alone. */
const CANTONESE = new RegExp(`[${[...new Set([...table.keys()].map((k) => k[0]))].join('')}係點呢仲]`);

/** The message with its Cantonese words read as Mandarin; Mandarin is returned as it is. */
export function fromCantonese(text: string): string {
  if (!CANTONESE.test(text)) return text;
  return text
    .replace(THEN, '那')
    .replace(PATTERN, (m) => table.get(m) ?? m)
    .replace(IS, '是')
    .replace(HOW, '怎么')
    .replace(THIS, '这')
    .replace(STILL, '还');
}
