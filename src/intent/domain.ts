import type { Entry } from '../kb/schema.ts';
import type { Analysis } from '../text/analyzer.ts';
import { JINGZHOU_PLACES } from '../kb/places.ts';

/**
 * Whether a message is about the programme at all, independently of how well one entry matches it. A message that is
 * on the domain but matches nothing well is asked back with the nearest entries, never refused: only what is
 * confidently elsewhere (weather, house prices, poems, code, another city's policies ...) is out of scope.
 *
 * Evidence, any of:
 * - an anchor word of the lexicon (`analysis.onTopic`: 返乡, 创业, 补贴, 厂房 ...);
 * - a term the knowledge base itself uses as an entry's synonym (绿色通道, 招商大使, 贴息贷款 ...);
 * - a small business or hometown word together with a word asking for support ("开个小超市 能拿到什么钱");
 * - a perk asked for travel ("坐飞机高铁有没有优待");
 * - a plan to start a business in a place of Jingzhou ("洪湖的 搞了半辈子莲藕 想开个厂"), or on coming home ("想回来开个
 *   理发店"); a business's paperwork asked about ("办证麻不麻烦") is asking for support.
 */
export interface DomainDetector {
  onDomain(analysis: Pick<Analysis, 'text' | 'onTopic' | 'corrections'>): boolean;
}

/** Doing business or living back home: what returnees and 楚商 talk about. */
const BUSINESS =
  /开店|开个|开家|开了|小店|店铺|门面|门店|超市|商店|饭店|餐馆|工厂|厂子|[砖加工服装食品]厂|作坊|车间|厂房|加工|养殖|种植|养[鱼虾猪牛羊鸡鸭]|种[地田菜果茶]|农场|农庄|\d+亩|[一二两三四五六七八九十百千几]+亩|合作社|农家乐|民宿|电商|网店|直播|带货|网上卖|卖东西|招人|招工|招员工|店员|员工|工人|雇人|生意|买卖|做事|做点事|干点事|公司|企业|老板|个体|项目|手艺|技术活|打工|务工|回来|回去|回家|老家|家乡|村里|镇上|县里|乡下|屋里/;
/** Asking for money, help, a perk, or a place to use (renting an idle building). */
const SUPPORT =
  /支持|扶持|帮扶|帮助|帮忙|补贴|补助|补钱|奖励|奖补|优惠|优待|照顾|待遇|好处|福利|减免|免费|政策|政府|资金|钱|贷|补|租|闲置|空置|空着|空起|闲着|荒着|荒起|荒废|废弃|盘活|拿来用|承包|包给|流转|申请|申报|能报|报不报|评上|保险|社保|兜底|认不认|认可|算不算|主动联系|有没有.{0,4}(说法|门路|路子)|怎么(申请|办)|办证|证照|执照|手续|审批/;

/** Travel perks: the plan gives 招商大使 a green channel at the airport and the railway station. */
const PERK = /优待|待遇|优惠|礼遇|绿色通道|福利|免费|照顾/;
const TRAVEL = /飞机|航班|高铁|动车|火车|机场|车站/;

/** A place of Jingzhou, and a plan to start something there. */
const HOME_PLACE = new RegExp(`荆州|${JINGZHOU_PLACES.join('|')}`);
const PLANS_TO_START = /(想|打算|准备|计划|要)(回来|回去|回家)?(开|办|搞|建|做)(个|一个|家|点)?/;
/** Coming home to start something ("想回来开个理发店"): home is Jingzhou, named or not. */
const COMES_HOME_TO_START = /(想|打算|准备|计划|要)(回来|回去|回家|回老家)(开|办|搞|建)(个|一个|家|点)?/;

const MIN_TERM_CHARS = 2;

/** Builds the detector from the knowledge base's own vocabulary (its entries' synonyms). */
export function createDomainDetector(entries: readonly Entry[]): DomainDetector {
  const terms = new Set<string>();
  for (const entry of entries)
    for (const synonym of entry.synonyms) if ([...synonym].length >= MIN_TERM_CHARS && !/^\d/.test(synonym)) terms.add(synonym);
  const vocabulary = [...terms];
  return {
    onDomain(analysis) {
      if (analysis.onTopic) return true;
      const { text } = analysis;
      if (vocabulary.some((t) => text.includes(t) || analysis.corrections.includes(t))) return true;
      return (
        (BUSINESS.test(text) && (SUPPORT.test(text) || (HOME_PLACE.test(text) && PLANS_TO_START.test(text)))) ||
        COMES_HOME_TO_START.test(text) ||
        (PERK.test(text) && TRAVEL.test(text))
      );
    },
  };
}

const detectors = new WeakMap<readonly Entry[], DomainDetector>();

/** The detector of a knowledge base, built once per entries array. */
export function domainDetectorOf(entries: readonly Entry[]): DomainDetector {
  let found = detectors.get(entries);
  if (!found) {
    found = createDomainDetector(entries);
    detectors.set(entries, found);
  }
  return found;
}
