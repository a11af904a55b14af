/** Jingzhou's counties, county-level cities, districts and zones: the owner offices of leads. */
export const HOMETOWNS = ['沙市区', '荆州区', '江陵县', '松滋市', '公安县', '石首市', '监利市', '洪湖市', '荆州经开区', '纪南文旅区', '荆州高新区'] as const;
export type Hometown = (typeof HOMETOWNS)[number];

const LOOSE: Array<[Hometown, RegExp]> = [
  ['沙市区', /沙市/],
  ['荆州经开区', /经开区|开发区/],
  ['纪南文旅区', /纪南/],
  ['荆州高新区', /高新区/],
  ['荆州区', /荆州区|荆州城区|古城|荆州老城/],
  ['江陵县', /江陵/],
  ['松滋市', /松滋/],
  ['公安县', /公安县|公安(?!局|厅|部|机关|人员|干警)/],
  ['石首市', /石首/],
  ['监利市', /监利/],
  ['洪湖市', /洪湖/],
];

/** Places outside Jingzhou that people name as their hometown. */
const OUTSIDE = /(武汉|宜昌|襄阳|黄石|十堰|孝感|黄冈|咸宁|随州|恩施|鄂州|荆门|仙桃|天门|潜江|神农架|湖南|湖北其他|河南|江西|安徽|四川|重庆|广东|广西|江苏|浙江|山东|福建|贵州|云南|陕西|山西|河北|东北|岳阳|常德|长沙)/;
const HOME_CONTEXT = /老家|家乡|祖籍|籍贯|我是(.{1,4})人|(.{1,4})人$|出生在|生在|土生土长/;

/**
 * Where someone's hometown is: a Jingzhou unit matched loosely ("监利", "老家洪湖的", "公安县的", not "公安局"),
 * `{ jingzhou: true }` when only 荆州 is named, `{ outside }` for a hometown elsewhere (kept, flagged by the caller).
 */
export function hometownOf(text: string): { hometown: Hometown } | { outside: string } | { jingzhou: true } | undefined {
  const homePart = homeClause(text);
  for (const source of [homePart, text]) {
    if (!source) continue;
    for (const [hometown, pattern] of LOOSE) if (pattern.test(source)) return { hometown };
  }
  if (homePart) {
    const outside = OUTSIDE.exec(homePart)?.[1];
    if (outside) return { outside };
  }
  if (/荆州/.test(homePart ?? text)) return { jingzhou: true };
  return undefined;
}

/** The words about the hometown ("老家洪湖的"), so that "在上海" is not read as one; the whole text when short. */
function homeClause(text: string): string | undefined {
  const m = /(?:老家|家乡|祖籍|籍贯|出生在|生在)(?:是|在)?([^,，。 ]{1,8})|我是([^,，。 ]{1,6})人/.exec(text);
  if (m) return m[1] ?? m[2];
  return HOME_CONTEXT.test(text) || [...text].length <= 8 ? text : undefined;
}

const CITIES = [
  '北京', '上海', '广州', '深圳', '杭州', '苏州', '南京', '武汉', '东莞', '佛山', '宁波', '温州', '厦门', '成都', '重庆', '长沙', '郑州', '天津',
  '西安', '昆山', '义乌', '无锡', '常州', '合肥', '南昌', '福州', '泉州', '青岛', '济南', '中山', '珠海', '惠州', '嘉兴', '绍兴', '台州', '金华',
  '宜昌', '襄阳', '香港', '澳门', '台北', '新加坡', '迪拜',
];
const CITY = new RegExp(`(?:在|到|去|跑|于|现在|目前|常驻|定居)?(${CITIES.join('|')})(?:市)?`);

/** Where someone lives or works now ("在上海开了二十年湘菜馆" → 上海); undefined when no known city is named. */
export function currentCityOf(text: string): string | undefined {
  const home = homeClause(text);
  for (const m of text.matchAll(new RegExp(CITY.source, 'g'))) {
    const city = m[1]!;
    // A city that is the hometown clause itself ("老家武汉") is not where they are now.
    if (home && home.includes(city) && !/在|现在|目前/.test(m[0])) continue;
    return city;
  }
  return undefined;
}
