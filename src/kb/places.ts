/**
 * Place names in a message: Jingzhou's counties and districts (where someone comes from or wants to go back to) and
 * the cities people work in now. They are context for an answer, not its topic: "我是监利的 有么补贴" asks about
 * subsidies, not about the labour-brand article that happens to name 监利铍铝商.
 */

/** Jingzhou's counties, cities and districts, longest form first so "监利市" is one place. */
export const JINGZHOU_PLACES: readonly string[] = [
  '荆州区',
  '沙市区',
  '沙市',
  '江陵县',
  '江陵',
  '松滋市',
  '松滋',
  '公安县',
  '石首市',
  '石首',
  '监利市',
  '监利县',
  '监利',
  '洪湖市',
  '洪湖',
  '纪南文旅区',
  '纪南',
  '荆州经开区',
  '荆州高新区',
];

/** Cities and provinces outside Jingzhou where people live and work. Regions the plan names (长三角, 珠三角) are not here. */
export const OTHER_PLACES: readonly string[] =
  '武汉|宜昌|襄阳|黄石|十堰|孝感|黄冈|咸宁|随州|恩施|鄂州|荆门|仙桃|天门|潜江|长沙|岳阳|常德|北京|上海|广州|深圳|杭州|南京|成都|重庆|西安|东莞|苏州|昆山|天津|郑州|合肥|南昌|厦门|福州|济南|青岛|宁波|温州|义乌|佛山|中山|惠州|珠海|无锡|常州|昆明|贵阳|南宁|海口|沈阳|大连|哈尔滨|长春|石家庄|太原|兰州|乌鲁木齐|泉州|绍兴|金华|台州|嘉兴|南通|扬州|徐州|烟台|汕头|江门|香港|澳门|广东|浙江|江苏|湖南|河南|四川|福建|山东|江西|安徽'.split(
    '|',
  );

/** The same cities and provinces as written in English ("Yichang's targets"). */
export const OTHER_PLACES_EN: readonly string[] =
  "Wuhan|Yichang|Xiangyang|Huangshi|Shiyan|Xiaogan|Huanggang|Xianning|Enshi|Jingmen|Changsha|Beijing|Shanghai|Guangzhou|Shenzhen|Hangzhou|Nanjing|Chengdu|Chongqing|Xi'an|Dongguan|Suzhou|Tianjin|Zhengzhou|Hefei|Xiamen|Fuzhou|Quanzhou|Qingdao|Jinan|Hong Kong|Ningbo|Wenzhou|Guangdong|Zhejiang|Jiangsu|Hunan|Henan|Sichuan|Fujian".split(
    '|',
  );

/** English names of Jingzhou's counties and districts (a pattern: "Gong'an" is written with or without its mark). */
export const JINGZHOU_PLACES_EN: readonly string[] = ['Honghu', 'Jianli', 'Shishou', 'Songzi', "Gong'?an", 'Jiangling', 'Shashi'];

/**
 * A place is part of a name the plan gives a thing ("洪湖莲藕师", "石首防水工", "沙市机场"): then it is the topic.
 * "公安" before 局 or 厅 is the police, not the county.
 */
const ATTACHED = /^(莲藕|防水|铍铝|机场|火车站)|^(局|厅|部门|机关)/;

const PLACE = new RegExp(`(${[...JINGZHOU_PLACES, '公安', ...OTHER_PLACES].join('|')})`, 'g');

export interface PlaceSpan {
  place: string;
  start: number;
  end: number;
}

/** Where the message names a place as context (not as part of a thing's name). */
export function placeSpans(text: string): PlaceSpan[] {
  const spans: PlaceSpan[] = [];
  for (const m of text.matchAll(PLACE)) {
    const end = m.index + m[0].length;
    if (ATTACHED.test(text.slice(end))) continue;
    spans.push({ place: m[0], start: m.index, end });
  }
  return spans;
}

/** The places a message names as context, in order. */
export const placesIn = (text: string): string[] => placeSpans(text).map((s) => s.place);

/** The text with context places blanked out (same length, so positions still line up). */
export function withoutPlaces(text: string): string {
  let out = text;
  for (const { start, end } of placeSpans(text)) out = `${out.slice(0, start)}${' '.repeat(end - start)}${out.slice(end)}`;
  return out;
}

/** True for a token that is only a place name (a segmenter word such as "监利" or "监利市"). */
export const isPlaceToken = (token: string): boolean => placeSpans(token).some((s) => s.start === 0 && s.end === token.length);
