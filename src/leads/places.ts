/**
 * Where someone comes from and where they live now, read loosely from what they write: "老家洪湖的 在上海开了二十年
 * 湘菜馆" is hometown 洪湖市 and current city 上海.
 */

/** Jingzhou's counties, county-level cities, districts and zones: the owner offices of leads. */
export const HOMETOWNS = [
  '沙市区',
  '荆州区',
  '江陵县',
  '松滋市',
  '公安县',
  '石首市',
  '监利市',
  '洪湖市',
  '荆州经开区',
  '纪南文旅区',
  '荆州高新区',
] as const;
export type Hometown = (typeof HOMETOWNS)[number];

/**
 * A hometown read from a message: a Jingzhou unit; `jingzhou` when only 荆州 is named (no county: the city office
 * owns the lead); `outside` for a hometown elsewhere, kept as written and flagged by the caller.
 */
export type HometownParse = { hometown: Hometown } | { jingzhou: true } | { outside: string };

/** Police words after 公安 that are not the county: 公安局, 公安干警 ("公安人" and "公安的" are the county). */
const NOT_GONGAN =
  '局|厅|部|机关|人员|干警|系统|分局|民警|警察|大学|学院|消防|交警|备案|网|口|战线|工作|特警|刑警|派出|执法|机构|单位|部门|队';

/**
 * How people name each unit. `names` always count; `generic` words ("开发区", "古城") count only after 荆州, or in a
 * sentence about the hometown, and never right after another city ("上海的开发区"). Towns are the best-known ones of
 * each county, as people say them ("老家朱河的").
 */
const UNITS: ReadonlyArray<{ unit: Hometown; names: RegExp; generic?: RegExp }> = [
  { unit: '荆州经开区', names: /荆州(?:经开区|开发区|经济开发区|经济技术开发区)/, generic: /经开区|经济开发区|开发区/ },
  { unit: '荆州高新区', names: /荆州高新(?:区|技术产业开发区)/, generic: /高新区/ },
  { unit: '纪南文旅区', names: /纪南/ },
  { unit: '沙市区', names: /(?<!长)沙市(?!场)/ },
  { unit: '荆州区', names: /荆州区|荆州城区|荆州古城|荆州老城|荆州城里|荆州城内/, generic: /古城|老城区/ },
  { unit: '江陵县', names: /江陵|郝穴|熊河|资市|秦市/ },
  { unit: '松滋市', names: /松滋|新江口|涴市|斯家场|杨林市|纸厂河|街河市|洈水|刘家场|沙道观/ },
  {
    unit: '公安县',
    names: new RegExp(`公安县|公安(?!${NOT_GONGAN})|斗湖堤|埠河|杨家厂|夹竹园|麻豪口|藕池|黄山头|章庄铺|狮子口|斑竹垱|毛家港|孟家溪`),
  },
  { unit: '石首市', names: /石首|绣林|团山寺|新厂镇|横沟市|调关|高基庙|久合垸/ },
  { unit: '监利市', names: /监利|朱河|龚场|周老嘴|黄歇口|汪桥|程集|分盐|毛市|福田寺|上车湾|汴河|白螺|柘木/ },
  { unit: '洪湖市', names: /洪湖|新堤|螺山|乌林|新滩|峰口|曹市|府场|戴家场|瞿家湾|沙口|汊河|黄家口|老湾/ },
];

/** Provinces by their short names; 湖北 is left out, it says nothing about the county. */
const PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '台湾',
  '香港',
  '澳门',
];
/** Cities people say they live and work in, at home and abroad. */
const CITIES = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '苏州',
  '南京',
  '武汉',
  '东莞',
  '佛山',
  '宁波',
  '温州',
  '厦门',
  '成都',
  '重庆',
  '长沙',
  '郑州',
  '天津',
  '西安',
  '昆山',
  '义乌',
  '无锡',
  '常州',
  '合肥',
  '南昌',
  '福州',
  '泉州',
  '青岛',
  '济南',
  '中山',
  '珠海',
  '惠州',
  '嘉兴',
  '绍兴',
  '台州',
  '金华',
  '大连',
  '沈阳',
  '哈尔滨',
  '长春',
  '石家庄',
  '太原',
  '南宁',
  '昆明',
  '贵阳',
  '海口',
  '三亚',
  '兰州',
  '乌鲁木齐',
  '拉萨',
  '呼和浩特',
  '银川',
  '西宁',
  '烟台',
  '潍坊',
  '徐州',
  '南通',
  '扬州',
  '江阴',
  '张家港',
  '晋江',
  '石狮',
  '莆田',
  '江门',
  '汕头',
  '湛江',
  '顺德',
  '虎门',
  '岳阳',
  '常德',
  '益阳',
  '株洲',
  '湘潭',
  '衡阳',
  '南阳',
  '信阳',
  '宜昌',
  '襄阳',
  '荆门',
  '孝感',
  '黄冈',
  '黄石',
  '十堰',
  '咸宁',
  '随州',
  '恩施',
  '鄂州',
  '仙桃',
  '潜江',
  '天门',
  '荆州',
  '香港',
  '澳门',
  '台北',
  '新加坡',
  '迪拜',
  '纽约',
  '洛杉矶',
  '东京',
  '美国',
  '日本',
  '韩国',
  '澳大利亚',
  '加拿大',
  '英国',
  '德国',
  '法国',
  '意大利',
  '西班牙',
  '俄罗斯',
  '泰国',
  '越南',
  '马来西亚',
  '印尼',
  '柬埔寨',
  '非洲',
  '欧洲',
];
/** Places outside Jingzhou that people name as a hometown. */
const OUTSIDE = alternation([...PROVINCES, ...CITIES, '神农架'].filter((p) => p !== '荆州'));
const CITY = alternation([...CITIES, ...PROVINCES]);
const PROVINCE_BEFORE = new RegExp(`(?:${alternation(PROVINCES)})省?$`);

/** Longest first, so 张家港 wins over a shorter name inside it. */
function alternation(names: string[]): string {
  return [...new Set(names)].sort((a, b) => b.length - a.length).join('|');
}

/** Words that open a sentence about the hometown. */
const HOME_MARKER =
  /(?:老家|家乡|祖籍|籍贯|原籍|户口|户籍|出生地|出生在|出生于|生在|生于|来自|土生土长的?)(?:是|在|就是|就在|也是|属于|那边是)?/g;
/** 是X人 / 是X的 after a person: "我是石首人", "老公是公安的"; not "我是在上海做生意的", "但是上海的生意". */
const IS_FROM =
  /(?:^|[\s,，。!！?？]|我|我们|俺|本人|他|她|他们|老公|老婆|爱人|家里人?|都|也)是(?![在从到去做搞开干来跑个一])([^\s,，。;；!！?？、]{2,10}?)(?:人(?!员|民|口|才|社)|的)/g;
/** 回X: a Jingzhou place someone goes back to ("想回监利投资"); not a hometown when it is 回上海. */
const BACK_TO = /回(?:到|去|来|乡|老家)?/g;
/** Where a clause about the hometown stops: punctuation, or words about where they are now. */
const CLAUSE_END =
  /[\s,，。;；!！?？、]|现在|目前|如今|人在|在外|定居|打工|做生意|开了|工作|上班|生活|发展|创业|待了|呆了|出来|去了|来到|到了|但|后来/;
/** A short answer with these words says where someone is or goes, not where they are from ("过完年回上海"). */
const BARE_NOT_HOME = /[在回去从到做干搞住居驻]|来了|开了|开店|开厂|打工|[\s,，。]/;
const PERSON_FROM = /^人(?!员|民|口|才|社|力|工|家|们)/;

interface HomeClause {
  clause: string;
  start: number;
  /** A whole short answer ("监利"), read as a hometown only because the form asked for one. */
  bare: boolean;
}

/** Hometown clauses: the words after 老家/祖籍/... or inside 是X人, up to where the clause ends. */
function homeClauses(text: string): HomeClause[] {
  const found: HomeClause[] = [];
  for (const m of text.matchAll(HOME_MARKER)) {
    const start = m.index + m[0].length;
    found.push({ clause: untilClauseEnd(text.slice(start, start + 14)), start, bare: false });
  }
  for (const m of text.matchAll(IS_FROM)) {
    found.push({ clause: untilClauseEnd(m[1]!), start: m.index + m[0].length - m[1]!.length - 1, bare: false });
  }
  // A short answer ("监利", "公安县的", "荆州人") is about the hometown unless it says where they are or go.
  const bare = text.trim().replace(/(?:的|人|吧|啊|呀|呢|哈|那边|这边|那块|那里)+[。!！.]*$/, '');
  if (!found.length && bare && [...bare].length <= 8 && !BARE_NOT_HOME.test(bare))
    found.push({ clause: bare, start: text.indexOf(bare), bare: true });
  return found.filter((h) => h.clause).sort((a, b) => a.start - b.start);
}

function untilClauseEnd(words: string): string {
  const end = words.search(CLAUSE_END);
  return end < 0 ? words : words.slice(0, end);
}

/** The Jingzhou unit named in `words`, earliest first; `home` lets generic words ("开发区") count. */
function unitIn(words: string, home: boolean): Hometown | undefined {
  let best: { unit: Hometown; at: number } | undefined;
  for (const { unit, names, generic } of UNITS) {
    const at = firstIndex(words, names) ?? (generic ? genericIndex(words, generic, home) : undefined);
    if (at !== undefined && (!best || at < best.at)) best = { unit, at };
  }
  return best?.unit;
}

function firstIndex(words: string, re: RegExp): number | undefined {
  const at = words.search(re);
  return at < 0 ? undefined : at;
}

/** A generic word counts after 荆州, or in a hometown clause unless another city comes just before it. */
function genericIndex(words: string, re: RegExp, home: boolean): number | undefined {
  for (const m of words.matchAll(new RegExp(re.source, 'g'))) {
    const before = words.slice(Math.max(0, m.index - 8), m.index);
    if (/荆州(?:市)?(?:的)?$/.test(before)) return m.index;
    if (home && !new RegExp(`(?:${OUTSIDE})[^\\s,，。]{0,4}$`).test(before)) return m.index;
  }
  return undefined;
}

/** A hometown read from one clause about it. */
function placeIn(clause: string, allowOutside: boolean): HometownParse | undefined {
  const hometown = unitIn(clause, true);
  if (hometown) return { hometown };
  if (/荆州/.test(clause)) return { jingzhou: true };
  if (!allowOutside) return undefined;
  // The most specific place: 岳阳 in "湖南岳阳".
  const named = [...clause.matchAll(new RegExp(OUTSIDE, 'g'))].map((m) => m[0]);
  const outside = named.find((p) => !PROVINCES.includes(p) || CITIES.includes(p)) ?? named[0];
  if (outside) return { outside };
  // An unknown county or city ("嘉鱼县") is outside: every Jingzhou one is known.
  const other = /^[^\s,，。在是]{1,4}?(?:省|市|县|自治州)/.exec(clause.replace(/^(?:湖北省?|湖北的)/, ''))?.[0];
  return other ? { outside: other } : undefined;
}

/**
 * Where someone's hometown is: a Jingzhou unit matched loosely ("监利", "老家洪湖的", "我是石首人", "公安县的", not
 * "公安局"), `{ jingzhou: true }` when only 荆州 is named, `{ outside }` for a hometown elsewhere ("老家是宜昌的",
 * "我是湖南人"); undefined when the message does not say. Where they live now ("在上海开了二十年") is not the hometown.
 */
export function hometownOf(said: string): HometownParse | undefined {
  const text = said.replace(NOT_FROM, ' ');
  for (const { clause } of homeClauses(text)) {
    const found = placeIn(clause, true);
    if (found) return found;
  }
  // "湖南人在荆州打拼": a place followed by 人.
  for (const m of text.matchAll(new RegExp(`(${OUTSIDE})(?=人)`, 'g'))) {
    if (PERSON_FROM.test(text.slice(m.index + m[0].length))) return { outside: m[0] };
  }
  // "想回监利投资": going back to a Jingzhou place.
  for (const m of text.matchAll(BACK_TO)) {
    const found = placeIn(untilClauseEnd(text.slice(m.index + m[0].length, m.index + m[0].length + 10)), false);
    if (found) return found;
  }
  const hometown = unitIn(text, false);
  if (hometown) return { hometown };
  return /荆州/.test(text) ? { jingzhou: true } : undefined;
}

/** "我不是荆州的": a place someone is not from. */
const NOT_FROM = /不是[^\s,，。;；!！?？]{1,8}?(?:人|的)/g;

/** Words before a city that say they are there now, scored: 现在在 beats 在, and 以前在 is the past. */
const NOW_BEFORE = /(?:现在|目前|如今|现|常驻|定居|住在|人在|长期在|一直在)(?:在|于)?$/;
const THERE_BEFORE = /(?:在|于|驻|扎根|来到|去了|到了|跑到|闯)$/;
const PAST_BEFORE = /(?:之前|以前|原来|曾经|早年|早些年|当年|从前|从)(?:在|于)?$|(?:落|落户)(?:在|于|到)$/;
const THERE_AFTER =
  /^(?:市)?(?:打工|做|开|工作|上班|发展|创业|定居|生活|经商|办厂|办了|搞|干|待|呆|闯|漂|跑|经营|那边|这边|这些年|多年|[一二两三四五六七八九十\d]+(?:多)?年)/;
/** City names inside street and school names ("中山路", "北京路", "南京大学"). */
const NOT_CITY_AFTER = /^(?:市)?(?:路|街|大道|大街|巷|公园|大学|医院|小面|火锅|菜|人(?!在))/;

/**
 * Where someone lives or works now: "老家洪湖 在上海开了二十年湘菜馆" → 上海, "在东莞打工15年" → 东莞; a city named as the
 * hometown is not it ("老家武汉 现在在深圳" → 深圳). Undefined when no known city is named as where they are.
 */
export function currentCityOf(said: string): string | undefined {
  const text = said.replace(NOT_FROM, ' ');
  const home = homeClauses(text).filter((h) => !h.bare);
  const short = [...text.trim()].length <= 12;
  let best: { city: string; score: number } | undefined;
  for (const m of text.matchAll(new RegExp(CITY, 'g'))) {
    const city = m[0];
    const after = text.slice(m.index + city.length);
    if (NOT_CITY_AFTER.test(after)) continue;
    if (home.some((h) => m.index >= h.start && m.index < h.start + h.clause.length)) continue;
    // A province just before a city ("在广东东莞打工") lends the city its words.
    const before = text.slice(0, m.index).replace(PROVINCE_BEFORE, '');
    const score = PAST_BEFORE.test(before)
      ? 0
      : NOW_BEFORE.test(before)
        ? 3
        : THERE_BEFORE.test(before) || THERE_AFTER.test(after)
          ? 2
          : short
            ? 1
            : -1;
    const refined = best && PROVINCES.includes(best.city) && best.score === score && !PROVINCES.includes(city);
    if (score >= 0 && (!best || score > best.score || refined)) best = { city, score };
  }
  return best && best.score > 0 ? best.city : undefined;
}
