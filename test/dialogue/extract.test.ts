import { describe, expect, it } from 'vitest';
import {
  extractAmount,
  extractCompany,
  extractIndustry,
  extractName,
  extractPhone,
  extractPlaces,
  extractProject,
  extractSpecialties,
  extractWhen,
  extractYesNo,
  stripFiller,
} from '../../src/dialogue/extract.ts';

/** Monday 30 November 2026, 10:00 in Jingzhou. */
const NOW = new Date('2026-11-30T10:00:00+08:00').getTime();
/** Local midnight of a date in Jingzhou. */
const day = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

describe('stripFiller', () => {
  it.each([
    ['我刚才说了啊 何建国', '何建国'],
    ['我前面都发给你了 你看一下', ''],
    ['嗯 那个 洪发服饰', '洪发服饰'],
    ['额，就是何建国呀', '何建国'],
    ['不是说了嘛 洪湖的', '洪湖的'],
    ['上面发了的 你翻一下', ''],
    ['我已经讲过了 13912345678', '13912345678'],
    ['我刚才已经说过了撒 王先生', '王先生'],
    ['哦 好的', '好的'],
    ['emm 王先生吧', '王先生'],
    ['小张就可以', '小张'],
    ['洪湖就行', '洪湖'],
    ['何建国', '何建国'],
    ['   何 建国  ', '何 建国'],
    ['唉，你自己看一下上面撒', ''],
    ['做服装的', '做服装的'],
  ])('"%s" → "%s"', (text, expected) => {
    expect(stripFiller(text)).toBe(expected);
  });
});

describe('extractPhone', () => {
  it.each([
    ['139 1234 5678', '13912345678'],
    ['+86-139-1234-5678', '13912345678'],
    ['电话:13912345678。', '13912345678'],
    ['手机号：１３９１２３４５６７８', '13912345678'],
    ['手机是一三九一二三四五六七八', '13912345678'],
    ['86 13912345678', '13912345678'],
    ['0086 15871234567', '15871234567'],
    ['(139)1234-5678', '13912345678'],
    ['我的号码139.1234.5678 打这个', '13912345678'],
    ['13912345678 我姓何', '13912345678'],
    ['身份证421002198801011234 电话13912345678', '13912345678'],
    ['打我老婆的 188 7160 1234 我平时开车', '18871601234'],
    ['我电话是19971234567哈', '19971234567'],
  ])('"%s" is the phone %s', (text, phone) => {
    expect(extractPhone(text)).toEqual({ phone });
  });

  it.each([
    ['1391234567', 10],
    ['139123456789', 12],
    ['12345678901', 11],
    ['0716-8123456', 11],
    ['手机 12345', 5],
    ['139 1234 567', 10],
  ])('"%s" is a phone attempt of %i digits', (text, invalid) => {
    expect(extractPhone(text)).toEqual({ invalid });
  });

  it.each([
    '我的身份证421002198801011234',
    '4210021988010112X',
    '421002 19880101 1234',
    '投资5000000元',
    '2026年12月3号',
    '两个亿',
    '好的',
    '我叫何建国',
  ])('"%s" has no phone', (text) => {
    expect(extractPhone(text)).toBeUndefined();
  });
});

describe('extractName', () => {
  it.each([
    ['我叫何建国', '何建国'],
    ['免贵姓王', '王'],
    ['姓王', '王'],
    ['本人姓陈', '陈'],
    ['叫我老王就行', '老王'],
    ['喊我老周就行', '老周'],
    ['叫我阿芳吧', '阿芳'],
    ['何建国', '何建国'],
    ['张伟', '张伟'],
    ['胡汉三呀', '胡汉三'],
    ['王先生', '王先生'],
    ['李总', '李总'],
    ['王姐', '王姐'],
    ['陈师傅', '陈师傅'],
    ['黄老板', '黄老板'],
    ['小张就可以', '小张'],
    ['我是老李啊', '老李'],
    ['我是张三 在上海做服装', '张三'],
    ['我刚才说了啊 何建国', '何建国'],
    ['我姓王，叫王建国', '王建国'],
    ['免贵姓刘 刘德福', '刘德福'],
    ['我叫欧阳春', '欧阳春'],
    ['名字叫黄小明', '黄小明'],
    ['鄙人赵德柱', '赵德柱'],
    ['这边是刘经理', '刘经理'],
    ['何建国 13912345678', '何建国'],
    ['何建国，洪湖的', '何建国'],
    ['My name is David', 'David'],
    ['call me Tom', 'Tom'],
    ['嗯 我叫彭小兵 老家监利的', '彭小兵'],
    ['我叫 何建国。', '何建国'],
    ['俺叫刘大壮', '刘大壮'],
    ['何建国啦', '何建国'],
    ['姓何 何建国', '何建国'],
    ['免贵 姓杨', '杨'],
    ['何 建国', '何建国'],
  ])('"%s" → %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each([
    '好的',
    '同意',
    '上海',
    '石首',
    '洪湖人',
    '我是洪湖人',
    '洪发服饰',
    '13912345678',
    '你们是做什么的',
    '怎么称呼我都行',
    '我是做服装的',
    '老板',
    '服装',
    '小龙虾',
    '周末',
    '方便',
    '马上',
    '钱不够',
    '你好',
    '谢谢',
    '没问题',
    '不想说',
    '保密',
    '明天下午',
    '王海南吗',
    '你叫什么',
    '我叫么事你管得着吗',
    '小龙虾馆子老板',
    '王',
  ])('"%s" is not a name', (text) => {
    expect(extractName(text)).toBeUndefined();
  });

  it('reads only cued names out of a longer message with whole: false', () => {
    expect(extractName('何建国', { whole: false })).toBeUndefined();
    expect(extractName('你好 我叫何建国 想回洪湖投资', { whole: false })).toBe('何建国');
    expect(extractName('王先生 想问一下政策', { whole: false })).toBeUndefined();
  });
});

describe('extractCompany', () => {
  it.each([
    ['上海洪发服饰有限公司', '上海洪发服饰有限公司'],
    ['我的公司叫洪发服饰', '洪发服饰'],
    ['店名叫老王饭庄', '老王饭庄'],
    ['在深圳开了家华强电子厂', '华强电子厂'],
    ['洪发服饰', '洪发服饰'],
    ['公司名字是荆楚味道餐饮管理有限公司', '荆楚味道餐饮管理有限公司'],
    ['我们厂叫 宏达五金', '宏达五金'],
    ['在东莞开了个鞋厂', '鞋厂'],
    ['在武汉开了一家小龙虾馆子 叫虾皇', '虾皇'],
    ['嗯 那个 兴旺水产合作社', '兴旺水产合作社'],
    ['开了个淘宝店 叫楚味小铺', '楚味小铺'],
    ['深圳市华强北电子有限公司 做手机配件', '深圳市华强北电子有限公司'],
    ['我在温州有家皮鞋厂', '皮鞋厂'],
    ['叫湖北楚天农业科技有限公司', '湖北楚天农业科技有限公司'],
    ['我老公开的 叫天天超市', '天天超市'],
    ['我的店：阿香米粉', '阿香米粉'],
    ['店名是：荆州鱼糕坊', '荆州鱼糕坊'],
    ['厂子叫新华机械厂 13912345678', '新华机械厂'],
    ['我刚才说了啊 洪发服饰', '洪发服饰'],
    ['万达', '万达'],
    ['公司：洪湖市宏发水产有限公司', '洪湖市宏发水产有限公司'],
    ['在义乌有个小商品店 叫小何百货', '小何百货'],
    ['公司叫 荆州市沙市区老码头餐饮店', '荆州市沙市区老码头餐饮店'],
    ['店子叫 楚乡鱼糕', '楚乡鱼糕'],
    ['我们是洪发集团的', '洪发集团'],
    ['厂名 新盛五金加工厂', '新盛五金加工厂'],
    ['洪发服饰有限公司13912345678', '洪发服饰有限公司'],
  ])('"%s" → %s', (text, company) => {
    expect(extractCompany(text)).toBe(company);
  });

  it.each([
    '13912345678',
    '上海',
    '洪湖',
    '在深圳',
    '没有',
    '还没注册公司',
    '个体户 没公司',
    '公司在上海',
    '公司是做服装的',
    '做服装的',
    '好的',
    '你问这个干嘛?',
    '没得公司 个体户',
    '冇得',
    '我开的是小卖部',
  ])('"%s" is not a company', (text) => {
    expect(extractCompany(text)).toBeUndefined();
  });

  it('takes a bare answer only as a whole answer', () => {
    expect(extractCompany('洪发服饰', { whole: false })).toBeUndefined();
    expect(extractCompany('老家洪湖 在上海开了家洪发服饰有限公司', { whole: false })).toBe('洪发服饰有限公司');
    expect(extractCompany('我想开个店', { whole: false })).toBeUndefined();
    expect(extractCompany('想回来办个厂', { whole: false })).toBeUndefined();
  });
});

describe('extractIndustry', () => {
  it.each([
    ['在上海做服装的', '服装'],
    ['开湘菜馆', '湘菜'],
    ['搞小龙虾养殖', '小龙虾'],
    ['新能源汽车零部件', '新能源'],
    ['做外贸 跨境电商', '外贸'],
    ['五金模具', '五金'],
    ['我是做奶茶的', '奶茶'],
  ])('"%s" → %s', (text, industry) => {
    expect(extractIndustry(text)).toBe(industry);
  });

  it.each(['好的', '13912345678', '上海', '何建国'])('"%s" names no industry', (text) => {
    expect(extractIndustry(text)).toBeUndefined();
  });
});

describe('extractProject', () => {
  it.each([
    ['想回洪湖老家投资 开个小龙虾加工厂 大概两个亿', '开个小龙虾加工厂'],
    ['打算回监利搞个稻虾共作基地', '搞个稻虾共作基地'],
    ['想回松滋老家开个农家乐', '开个农家乐'],
    ['准备在公安建一个服装厂，投资五千万', '建一个服装厂'],
    ['想回去投资建个厂', '建个厂'],
    ['我想做农产品电商直播带货', '做农产品电商直播带货'],
    ['计划在石首办个鞋厂 用地大概30亩', '办个鞋厂'],
    ['想搞民宿', '搞民宿'],
    ['打算回来养小龙虾', '养小龙虾'],
    ['准备种植中药材 大概200亩', '种植中药材'],
    ['想投资一个食品加工厂', '投资一个食品加工厂'],
    ['想投资一个亿 搞个养殖基地', '搞个养殖基地'],
    ['想回荆州开一家湘菜馆，大概投资三百万', '开一家湘菜馆'],
    ['在深圳开了家电子厂 想回来再建个分厂', '建个分厂'],
    ['想回开发区建个电子厂', '建个电子厂'],
    ['我们准备投资3个亿建新能源电池生产线', '建新能源电池生产线'],
    ['打算回乡发展 搞生态养殖', '搞生态养殖'],
  ])('"%s" → %s', (text, project) => {
    expect(extractProject(text)).toBe(project);
  });

  it.each(['想回来投资', '你好', '13912345678', '在上海做了二十年服装', '好的'])('"%s" names no project', (text) => {
    expect(extractProject(text)).toBeUndefined();
  });
});

describe('extractAmount', () => {
  it('reads amounts with parseInvestment and never a phone number', () => {
    expect(extractAmount('大概两个亿')).toMatchObject({ wan: 20000, approximate: true });
    expect(extractAmount('五百来万')).toMatchObject({ wan: 500 });
    expect(extractAmount('13912345678 投资500万')).toMatchObject({ wan: 500 });
    expect(extractAmount('13912345678')).toBeUndefined();
    expect(extractAmount('负100万')).toMatchObject({ invalid: 'absurd' });
  });
});

describe('extractPlaces', () => {
  it.each([
    ['我是洪湖人 现在在上海', { hometown: '洪湖市', city: '上海' }],
    ['老家监利的 在东莞打工十几年', { hometown: '监利市', city: '东莞' }],
    ['洪湖', { hometown: '洪湖市' }],
    ['我在深圳，老家公安', { hometown: '公安县', city: '深圳' }],
    ['我是湖南人 在荆州做生意', { outside: '湖南', city: '荆州' }],
    ['石首人在杭州', { hometown: '石首市', city: '杭州' }],
    ['荆州的', { jingzhou: true }],
    ['老家武汉 现在在深圳', { outside: '武汉', city: '深圳' }],
    ['松滋 现在在温州开厂', { hometown: '松滋市', city: '温州' }],
    ['家在江陵 人在北京', { hometown: '江陵县', city: '北京' }],
    ['我是沙市的，目前在广州', { hometown: '沙市区', city: '广州' }],
    // A place said not to be the one is no place of theirs.
    ['不对 是沙市区 不是荆州区', { hometown: '沙市区' }],
    ['监利朱河的', { hometown: '监利市' }],
    ['在上海', { city: '上海' }],
    ['一直在苏州上班 老家石首', { hometown: '石首市', city: '苏州' }],
    ['现在在洪湖', { city: '洪湖市' }],
    ['我是宜昌的', { outside: '宜昌' }],
    ['在外面 老家是松滋的', { hometown: '松滋市' }],
    ['公安县斗湖堤的 现在在长沙', { hometown: '公安县', city: '长沙' }],
    ['13912345678 洪湖', { hometown: '洪湖市' }],
    ['老家洪湖的 在上海开了二十年湘菜馆', { hometown: '洪湖市', city: '上海' }],
    ['我们是石首的 在广东东莞搞五金', { hometown: '石首市', city: '东莞' }],
    ['俺是监利人，在外面跑了十几年，现在定居宁波', { hometown: '监利市', city: '宁波' }],
    ['祖籍江陵 人在义乌做小商品', { hometown: '江陵县', city: '义乌' }],
    ['洪湖新堤的 在武汉', { hometown: '洪湖市', city: '武汉' }],
    ['我是松滋的 在昆山上班', { hometown: '松滋市', city: '昆山' }],
    ['老家公安 现在在长沙', { hometown: '公安县', city: '长沙' }],
    ['湖南岳阳的 在荆州打工', { outside: '岳阳', city: '荆州' }],
    ['在深圳 公安人', { hometown: '公安县', city: '深圳' }],
    ['老家石首 在上海 以前在东莞', { hometown: '石首市', city: '上海' }],
    ['荆州沙市的 现在在杭州', { hometown: '沙市区', city: '杭州' }],
    ['老家在洪湖峰口镇，现在人在武汉', { hometown: '洪湖市', city: '武汉' }],
    ['现在深圳 老家江陵的', { hometown: '江陵县', city: '深圳' }],
    ['在沙市上班 老家洪湖', { hometown: '洪湖市', city: '沙市区' }],
    ['我是洪湖人 现在在洪湖', { hometown: '洪湖市' }],
  ])('"%s" → %j', (text, places) => {
    expect(extractPlaces(text)).toEqual(places);
  });

  it.each(['13912345678', '好的', '何建国', '公安局的电话多少', '421002198801011234', '我是公安局的', '在外地'])(
    '"%s" names no place',
    (text) => {
      expect(extractPlaces(text)).toEqual({});
    },
  );
});

describe('extractYesNo', () => {
  it.each([
    '同意',
    '好的',
    '可以',
    '行',
    '要得',
    '中',
    'ok',
    'yes',
    'I agree',
    '好嘞',
    '好滴',
    '要得要得',
    'OK的',
    '行行行',
    '可以可以',
    '嗯嗯',
    '没问题',
    '冇得问题',
    '得行',
    '好哒',
    '妥',
    'sure',
    'yes I agree',
    'Ok 同意',
    '👌',
    '同意的',
    '我同意',
    '好的好的',
    '是的是的',
    '对',
    '同意！',
    '好得',
    'ok的 同意哈',
    '可以撒',
    '中中中',
    '行嘛',
    '要得撒',
    'Yes!',
    'OK👌',
    '嗯呐',
    'okk',
  ])('"%s" is yes', (text) => {
    expect(extractYesNo(text)).toBe('yes');
  });

  it.each([
    '不同意',
    '不要',
    '不了',
    '算了',
    'no',
    '不行',
    '算哒 不搞了',
    '冇得',
    '莫搞了',
    '不用了 谢谢',
    'no thanks',
    "I don't agree",
    'i do not agree',
    '先不了',
    '不需要',
    '拒绝',
    '没兴趣',
    '要不得',
    '那就算了吧',
    '不了不了',
    'No.',
    '不得行',
    '不搞哒',
    '冇得兴趣',
    'no no',
    '不 谢谢',
    '算了算了',
    '我不同意',
  ])('"%s" is no', (text) => {
    expect(extractYesNo(text)).toBe('no');
  });

  it.each([
    '可以吗',
    '好不好',
    '同意吗?',
    '不知道',
    '我再想想',
    '好的 但是我想先问下',
    '中不中',
    '何建国',
    '13912345678',
    '',
    '洪湖',
    '不是',
  ])('"%s" is neither', (text) => {
    expect(extractYesNo(text)).toBeUndefined();
  });
});

describe('extractWhen (now: Monday 30 November 2026, 10:00)', () => {
  it.each([
    ['下周五下午', { from: day('2026-12-11'), until: day('2026-12-11'), partOfDay: 'afternoon' }],
    ['周六上午', { from: day('2026-12-05'), until: day('2026-12-05'), partOfDay: 'morning' }],
    ['十二月三号', { from: day('2026-12-03'), until: day('2026-12-03') }],
    ['这个周末', { from: day('2026-12-05'), until: day('2026-12-06') }],
    ['明天上午十点', { from: day('2026-12-01'), until: day('2026-12-01'), partOfDay: 'morning' }],
    ['今晚', { from: day('2026-11-30'), until: day('2026-11-30'), partOfDay: 'evening' }],
    ['明早9点', { from: day('2026-12-01'), until: day('2026-12-01'), partOfDay: 'morning' }],
    ['后天', { from: day('2026-12-02'), until: day('2026-12-02') }],
    ['下个周末', { from: day('2026-12-12'), until: day('2026-12-13') }],
    ['礼拜天下午', { from: day('2026-12-06'), until: day('2026-12-06'), partOfDay: 'afternoon' }],
    ['星期三', { from: day('2026-12-02'), until: day('2026-12-02') }],
    ['12/5 下午', { from: day('2026-12-05'), until: day('2026-12-05'), partOfDay: 'afternoon' }],
    ['2026-12-08', { from: day('2026-12-08'), until: day('2026-12-08') }],
    ['2027年1月5日上午', { from: day('2027-01-05'), until: day('2027-01-05'), partOfDay: 'morning' }],
    ['2025-12-08', { from: day('2025-12-08'), until: day('2025-12-08'), invalid: 'past' }],
    ['这周四晚上', { from: day('2026-12-03'), until: day('2026-12-03'), partOfDay: 'evening' }],
    ['12月5号上午', { from: day('2026-12-05'), until: day('2026-12-05'), partOfDay: 'morning' }],
    ['3号', { from: day('2026-12-03'), until: day('2026-12-03') }],
    ['1月5号', { from: day('2027-01-05'), until: day('2027-01-05') }],
    ['下周', { from: day('2026-12-07'), until: day('2026-12-13') }],
    ['这周', { from: day('2026-11-30'), until: day('2026-12-06') }],
    ['周末都行', { from: day('2026-12-05'), until: day('2026-12-06') }],
    ['明儿个下午', { from: day('2026-12-01'), until: day('2026-12-01'), partOfDay: 'afternoon' }],
    ['大后天上午', { from: day('2026-12-03'), until: day('2026-12-03'), partOfDay: 'morning' }],
    ['下下周一', { from: day('2026-12-14'), until: day('2026-12-14') }],
    ['下午', { partOfDay: 'afternoon' }],
    ['晚上八点以后', { partOfDay: 'evening' }],
    ['下礼拜二早上', { from: day('2026-12-08'), until: day('2026-12-08'), partOfDay: 'morning' }],
    ['今天下午', { from: day('2026-11-30'), until: day('2026-11-30'), partOfDay: 'afternoon' }],
    ['后天中午', { from: day('2026-12-02'), until: day('2026-12-02'), partOfDay: 'afternoon' }],
    ['这个礼拜五', { from: day('2026-12-04'), until: day('2026-12-04') }],
    ['星期天上午', { from: day('2026-12-06'), until: day('2026-12-06'), partOfDay: 'morning' }],
    ['29号', { from: day('2026-12-29'), until: day('2026-12-29') }],
    ['十号下午', { from: day('2026-12-10'), until: day('2026-12-10'), partOfDay: 'afternoon' }],
    ['下星期一上午', { from: day('2026-12-07'), until: day('2026-12-07'), partOfDay: 'morning' }],
    ['weekend', { from: day('2026-12-05'), until: day('2026-12-06') }],
    ['本周六', { from: day('2026-12-05'), until: day('2026-12-05') }],
    ['双休日', { from: day('2026-12-05'), until: day('2026-12-06') }],
    ['周六周日都可以', { from: day('2026-12-05'), until: day('2026-12-06') }],
    ['下周末上午', { from: day('2026-12-12'), until: day('2026-12-13'), partOfDay: 'morning' }],
    ['下礼拜天', { from: day('2026-12-13'), until: day('2026-12-13') }],
    ['今儿个晚上', { from: day('2026-11-30'), until: day('2026-11-30'), partOfDay: 'evening' }],
    ['2月30号', { invalid: 'impossible' }],
  ])('"%s"', (text, when) => {
    expect(extractWhen(text, NOW)).toEqual(when);
  });

  it.each(['随便哪天', '13912345678', '好的', '何建国', '3-5点都行', '贷款1-3年', '10-20万'])('"%s" names no time', (text) => {
    expect(extractWhen(text, NOW)).toBeUndefined();
  });

  it('reads "这个周末" on a Sunday as today only', () => {
    const sunday = new Date('2026-12-06T09:00:00+08:00').getTime();
    expect(extractWhen('这个周末', sunday)).toEqual({ from: day('2026-12-06'), until: day('2026-12-06') });
  });
});

describe('extractSpecialties', () => {
  it.each([
    ['小龙虾馆子', ['餐饮']],
    ['小龙虾夜宵大排档', ['餐饮']],
    ['小龙虾养殖', ['种植养殖']],
    ['小龙虾', ['种植养殖']],
    ['抖音卖小龙虾', ['电商直播']],
    ['开个奶茶店', ['餐饮']],
    ['想开个餐厅', ['餐饮']],
    ['菜市场开个卤菜店', ['餐饮']],
    ['想种莲藕', ['种植养殖']],
    ['鱼糕加工', ['农产品加工']],
    ['贷款', ['融资贷款']],
    ['办营业执照', ['财税法律']],
    ['申报补贴', ['政策申报']],
    ['做民宿', ['文旅民宿']],
    ['服装厂', ['制造']],
    ['品牌推广', ['营销品牌']],
    ['虾稻共作 还要贷款', ['种植养殖', '融资贷款']],
    ['想创业 不知道做么事', ['综合创业']],
    ['你好', []],
  ])('"%s" → %j', (text, specialties) => {
    expect(extractSpecialties(text)).toEqual(specialties);
  });
});
