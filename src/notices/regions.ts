import { OTHER_PLACES } from '../kb/places.ts';
import { valuesOf } from './field-values.ts';

/**
 * Where Jingzhou people work away from home, grouped the way the plan does ("长三角、珠三角等"): a subscriber who
 * asks for 长三角 gets the notices of 上海 and 苏州; one who asks for 上海 gets 上海's and those for all of 长三角.
 */
const AREAS: Record<string, readonly string[]> = {
  长三角: ['上海', '苏州', '杭州', '南京', '无锡', '宁波', '常州', '嘉兴', '温州', '义乌', '昆山', '合肥'],
  珠三角: ['深圳', '广州', '东莞', '佛山', '中山', '珠海', '惠州', '江门'],
  京津冀: ['北京', '天津', '石家庄'],
  成渝: ['成都', '重庆'],
  省内: ['武汉', '宜昌', '襄阳', '荆门', '孝感', '黄冈'],
};

/** Provinces, which are not narrowed to (a notice names a city or an area). */
const PROVINCES = new Set(['广东', '浙江', '江苏', '湖南', '河南', '四川', '福建', '山东', '江西', '安徽']);

const AREA_OF = new Map(Object.entries(AREAS).flatMap(([area, cities]) => cities.map((c) => [c, area] as const)));

/**
 * Every region name the bot recognises: the areas and their cities, and the other cities people work in (厦门,
 * 郑州), which belong to no area here.
 */
const REGION_NAMES: readonly string[] = [
  ...new Set([...Object.keys(AREAS), ...AREA_OF.keys(), ...OTHER_PLACES.filter((p) => !PROVINCES.has(p))]),
];

/** The area a city belongs to, or the area itself. */
const areaOf = (region: string): string | undefined => (AREAS[region] ? region : AREA_OF.get(region));

/** The regions as written in English ("only Shanghai", "the Pearl River Delta"), by their Chinese names. */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  'yangtze river delta': '长三角',
  'pearl river delta': '珠三角',
  shanghai: '上海',
  suzhou: '苏州',
  hangzhou: '杭州',
  nanjing: '南京',
  wuxi: '无锡',
  ningbo: '宁波',
  changzhou: '常州',
  jiaxing: '嘉兴',
  wenzhou: '温州',
  yiwu: '义乌',
  kunshan: '昆山',
  hefei: '合肥',
  shenzhen: '深圳',
  guangzhou: '广州',
  dongguan: '东莞',
  foshan: '佛山',
  zhongshan: '中山',
  zhuhai: '珠海',
  huizhou: '惠州',
  jiangmen: '江门',
  beijing: '北京',
  tianjin: '天津',
  shijiazhuang: '石家庄',
  chengdu: '成都',
  chongqing: '重庆',
  xiamen: '厦门',
  fuzhou: '福州',
  quanzhou: '泉州',
  zhengzhou: '郑州',
  changsha: '长沙',
  "xi'an": '西安',
  qingdao: '青岛',
  jinan: '济南',
  'hong kong': '香港',
  wuhan: '武汉',
  yichang: '宜昌',
  xiangyang: '襄阳',
  jingmen: '荆门',
  xiaogan: '孝感',
  huanggang: '黄冈',
};
const ENGLISH_NAME = new RegExp(`\\b(?:${Object.keys(ENGLISH_NAMES).join('|')})\\b`, 'gi');

/** The Chinese name of a region written in English ("Shenzhen" → "深圳"), if it is one we know. */
export const regionOfEnglish = (name: string): string | undefined => ENGLISH_NAMES[name.toLowerCase()];

/** A region's English name ("上海" → "Shanghai"), for English replies; the Chinese name where none is known. */
export function regionNameEn(region: string): string {
  const name = Object.keys(ENGLISH_NAMES).find((en) => ENGLISH_NAMES[en] === region);
  return name ? name.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : (COUNTY_EN[region] ?? region);
}

/** Jingzhou's counties, districts and zones in English, for English replies ("Honghu", "Jingzhou Development Zone"). */
const COUNTY_EN: Readonly<Record<string, string>> = {
  沙市区: 'Shashi District',
  荆州区: 'Jingzhou District',
  江陵县: 'Jiangling County',
  松滋市: 'Songzi',
  公安县: "Gong'an County",
  石首市: 'Shishou',
  监利市: 'Jianli',
  洪湖市: 'Honghu',
  荆州经开区: 'Jingzhou Development Zone',
  荆州高新区: 'Jingzhou High-tech Zone',
  纪南文旅区: 'Jinan Cultural Tourism Zone',
};

/** The first region named in a text ("上海的活动", "长三角那边", "only Shanghai"), if any, by its Chinese name. */
export function regionIn(text: string): string | undefined {
  let best: { name: string; at: number } | undefined;
  const consider = (name: string, at: number) => {
    if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.name.length))) best = { name, at };
  };
  for (const name of REGION_NAMES) consider(name, text.indexOf(name));
  for (const m of text.matchAll(ENGLISH_NAME)) consider(ENGLISH_NAMES[m[0].toLowerCase()]!, m.index);
  return best?.name;
}

/** Every region named in a text, in the order named ("只要上海和苏州的": 上海, 苏州); a city inside a longer name once. */
export function regionsIn(text: string): string[] {
  const found: Array<{ name: string; at: number }> = [];
  for (const name of REGION_NAMES) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push({ name, at });
  for (const m of text.matchAll(ENGLISH_NAME)) found.push({ name: ENGLISH_NAMES[m[0].toLowerCase()]!, at: m.index });
  found.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  const out: string[] = [];
  let end = -1;
  for (const { name, at } of found) {
    if (at < end) continue;
    end = at + name.length;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Whether a notice for `noticeRegion` concerns someone interested in `wanted`: the same place, a city inside the
 * area they chose, or the area that contains their city (any one of either side's, when several are named). No region
 * on either side means "anywhere".
 */
export function regionMatches(noticeRegion: string | null | undefined, wanted: string | null | undefined): boolean {
  if (!noticeRegion || !wanted) return true;
  const matches = (at: string, place: string) => at === place || areaOf(at) === place || areaOf(place) === at;
  return valuesOf(noticeRegion).some((at) => valuesOf(wanted).some((place) => matches(at, place)));
}
