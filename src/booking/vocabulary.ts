/**
 * The controlled vocabulary of mentor specialties, with the everyday words that point to each. A booking topic in
 * free text ("想做抖音带货") maps to one of these; mentors are chosen by them.
 */
const SPECIALTIES = {
  种植养殖:
    /种植|养殖|种地|种田|种菜|种果|果园|茶园|大棚|养鸡|养鸭|养鹅|养猪|养牛|养羊|养鱼|养虾|养蟹|养黄鳝|黄鳝|泥鳅|养蜂|养兔|养蛙|牛蛙|甲鱼|鱼塘|鱼池|藕田|小龙虾|龙虾|稻虾|莲藕|水产|畜牧|家禽|合作社|家庭农场|农场|苗木|中药材|蔬菜|水果/,
  农产品加工: /加工|米粉|鱼糕|腌制|烘干|冷链|食品厂|粮油|深加工|包装厂|酿酒|榨油/,
  电商直播: /电商|直播|带货|网店|淘宝|抖音|快手|拼多多|视频号|网上卖|线上卖|短视频|微商/,
  餐饮: /餐饮|饭店|餐馆|小吃|奶茶|火锅|烧烤|早餐|外卖|饭馆|酒楼|湘菜|卤菜|面馆|烘焙|蛋糕|面包|甜品|咖啡|茶饮|馆子|饭庄|食堂/,
  制造: /制造|工厂|办厂|建厂|开厂|机械|零件|配件|服装|鞋|家具|五金|模具|注塑|电子厂|防水|建材|装修/,
  融资贷款: /贷款|融资|资金|借钱|担保|贴息|授信|银行|周转|投资人|风投/,
  财税法律: /财税|税务|报税|发票|记账|会计|财务|法律|合同|纠纷|商标|专利|注册公司|营业执照|执照|股权/,
  政策申报: /政策|补贴|申报|扶持|奖补|认定|项目申请|园区入驻|入驻/,
  营销品牌: /营销|品牌|推广|销售|卖不出去|客户|渠道|包装设计|定价|市场/,
  文旅民宿: /民宿|农家乐|旅游|文旅|采摘|露营|研学|景区/,
  综合创业: /创业|开店|做生意|项目|商业计划|起步|怎么开始|方向/,
} as const satisfies Record<string, RegExp>;

export type Specialty = keyof typeof SPECIALTIES;
export const SPECIALTY_NAMES = Object.keys(SPECIALTIES) as Specialty[];
/** Mentors who take any topic; offered when nobody has the asked specialty. */
export const GENERAL: Specialty = '综合创业';

/** The specialties in English, for English speakers' choices and summaries. */
export const SPECIALTY_EN: Record<Specialty, string> = {
  种植养殖: 'Farming and breeding',
  农产品加工: 'Farm produce processing',
  电商直播: 'E-commerce and livestreaming',
  餐饮: 'Catering',
  制造: 'Manufacturing',
  融资贷款: 'Financing and loans',
  财税法律: 'Tax, accounts and law',
  政策申报: 'Policy applications',
  营销品牌: 'Marketing and branding',
  文旅民宿: 'Tourism and homestays',
  综合创业: 'General business',
};

export const isSpecialty = (s: string): s is Specialty => s in SPECIALTIES;

/** The specialty a free-text topic is about, most specific first; undefined when nothing points to one. */
export function specialtyOf(text: string): Specialty | undefined {
  for (const name of SPECIALTY_NAMES) if (name !== GENERAL && SPECIALTIES[name].test(text)) return name;
  return SPECIALTIES[GENERAL].test(text) ? GENERAL : undefined;
}

/** Every word of the vocabulary a text contains, each word under the specialty `specialtyOf` gives it (most specific first). */
export function specialtyWords(text: string): Map<Specialty, string[]> {
  const found = new Map<Specialty, string[]>();
  const words = new Set<string>();
  for (const name of SPECIALTY_NAMES) for (const m of text.matchAll(new RegExp(SPECIALTIES[name].source, 'g'))) words.add(m[0]);
  for (const word of words) {
    const name = specialtyOf(word);
    if (name) found.set(name, [...(found.get(name) ?? []), word]);
  }
  return found;
}

/** Jingzhou's counties, cities, districts and zones, with the short forms people say ("监利", "经开区"), in English too. */
const COUNTIES = {
  沙市区: /沙市|\bshashi\b/i,
  荆州区: /荆州区|荆州城区|古城|\bjingzhou district\b|\bold town\b/i,
  江陵县: /江陵|\bjiangling\b/i,
  松滋市: /松滋|\bsongzi\b/i,
  公安县: /公安县|(?<!派出所|局)公安(?!局|厅|部)|\bgong'?an\b/i,
  石首市: /石首|\bshishou\b/i,
  监利市: /监利|\bjianli\b/i,
  洪湖市: /洪湖|\bhonghu\b/i,
  荆州经开区: /经开区|开发区|\bdevelopment zone\b/i,
  纪南文旅区: /纪南|\bjinan (?:culture|cultural|tourism)/i,
  荆州高新区: /高新区|\bhi(?:gh)?-?tech zone\b/i,
} as const satisfies Record<string, RegExp>;

export type County = keyof typeof COUNTIES;
export const COUNTY_NAMES = Object.keys(COUNTIES) as County[];
export const isCounty = (s: string): s is County => s in COUNTIES;

export function countyOf(text: string): County | undefined {
  return COUNTY_NAMES.find((c) => COUNTIES[c].test(text));
}

/** Every county a text names, in the order it names them ("events in Jingzhou Development Zone, and Honghu"). */
export function countiesNamed(text: string): County[] {
  const at = (c: County) => text.search(COUNTIES[c]);
  return COUNTY_NAMES.filter((c) => at(c) >= 0).sort((a, b) => at(a) - at(b));
}

export const ROLES = ['导师', '辅导员', '联络员'] as const;
export type Role = (typeof ROLES)[number];
export const MODES = ['online', 'in_person', 'both'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABEL: Record<Mode, string> = { online: '线上', in_person: '线下', both: '线上或线下' };
export const MODE_LABEL_EN: Record<Mode, string> = { online: 'online', in_person: 'in person', both: 'online or in person' };
