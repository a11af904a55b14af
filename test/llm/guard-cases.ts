/**
 * Replies a language model might write from real knowledge entries: faithful paraphrases, which the guard must
 * accept, and corrupted ones with exactly one invented or altered figure, phone, deadline, unit or organisation,
 * which it must reject, naming the bad token (`bad`).
 */

export interface FaithfulCase {
  /** The retrieved entries the reply was written from. */
  entries: readonly string[];
  reply: string;
}

export interface CorruptedCase extends FaithfulCase {
  /** The invented token, as `offending` names it (a substring of one of its items). */
  bad: string;
}

const FINANCE = ['returnee.06.finance'];
const PLATFORMS = ['returnee.01.platforms'];
const PROJECTS = ['returnee.02.projects'];
const BRANDS = ['returnee.03.labour-brands'];
const TRAINING = ['returnee.04.training'];
const GOAL = ['returnee.00.goal'];
const TALENT = ['returnee.08.talent'];
const DATABASE = ['chushang.01.database'];
const STATIONS = ['chushang.02.stations'];
const AMBASSADORS = ['chushang.03.ambassadors'];
const FESTIVALS = ['chushang.04.festivals'];
const PLATFORMS_CS = ['chushang.06.platforms'];
const ROLE_MODELS = ['chushang.10.role-models'];
const CS_GOAL = ['chushang.00.goal'];
const TEN_ASKS = ['chushang.09.ten-asks'];
const CONTACTS = ['meeting.06.contacts'];
const OFFICE = ['meeting.03.office'];
const MEETINGS = ['meeting.04.meetings'];
const LEADERSHIP = ['meeting.02.leadership'];
const NOTICE = ['notice.01.awareness'];
const OVERVIEW = ['task.00.overview'];
const TASK4 = ['task.04'];
const TASK5 = ['task.05'];
const TASK6 = ['task.06'];
const TASK8 = ['task.08'];
const TASK9 = ['task.09'];
const TASK10 = ['task.10'];
const TASK11 = ['task.11'];
const TASK12 = ['task.12'];
const TASK13 = ['task.13'];

export const FAITHFUL_ZH: readonly FaithfulCase[] = [
  { entries: FINANCE, reply: '个人创业最高可以贷30万元,合伙创业最高400万' },
  { entries: FINANCE, reply: '符合条件的个人创业,最高能享受三十万元的贴息贷款。' },
  { entries: FINANCE, reply: '小微企业最高可以申请500万元额度的贴息贷款。' },
  { entries: FINANCE, reply: '中国银行的稳岗扩岗专项贷款,授信额度最高五千万元。' },
  { entries: FINANCE, reply: '小微企业主、个体工商户等个人最高授信1000万元。' },
  { entries: FINANCE, reply: '各地每年至少组织1次政银企对接会。' },
  { entries: FINANCE, reply: '新型农业经营主体贷款余额要比上年度增加10%以上。' },
  { entries: FINANCE, reply: '这项工作由荆州金融监管分局、市人社局、市财政局等单位负责。' },
  { entries: FINANCE, reply: '合伙创业最高四百万,个人三十万。' },
  { entries: PLATFORMS, reply: '荆州全市共有十家省级返乡创业园区,5家省级大学生创业孵化基地。' },
  { entries: PLATFORMS, reply: '全市的创业平台一共41个。' },
  { entries: PLATFORMS, reply: '市级返乡创业园区、街巷每个能拿到10万到20万元的资金扶持。' },
  { entries: PLATFORMS, reply: '每个市级园区给予10~20万元扶持,具体看入驻规模和辐射带动效果。' },
  { entries: PLATFORMS, reply: '驻外推介服务站在长三角、珠三角等地设立,不少于二十个。' },
  { entries: PLATFORMS, reply: '2025年要认定市级返乡创业园区、街巷5个以上,由市人社局、市财政局牵头。' },
  { entries: PROJECTS, reply: '“能人返乡”特色创业项目每个最多给8万元扶持资金。' },
  { entries: PROJECTS, reply: '2025年继续认定20个以上“能人返乡”特色创业项目,并挖掘100个有潜力的项目。' },
  { entries: BRANDS, reply: '2025年继续认定5家市级劳务品牌领军企业,每家奖补十万元。' },
  { entries: BRANDS, reply: '荆州打造劳务品牌2.0版本,推行一县一精品、一县多强品。' },
  { entries: TRAINING, reply: '高素质农民和“头雁”“马兰花计划”等培训要达到3000人次以上,创业意识培训一千人次以上。' },
  { entries: GOAL, reply: '目标是2025年新增返乡创业市场主体达到荆州籍省外务工人员的百分之二。' },
  { entries: GOAL, reply: '印发这个方案的通知落款日期是2025年3月29日。' },
  { entries: TALENT, reply: '2025年荆州要赴外地开展返乡创业推介和人才引进活动不少于三次。' },
  { entries: DATABASE, reply: '荆州已有2239名楚商楚才的基本信息,由市招商中心、市工商联、市侨联等负责建库。' },
  { entries: STATIONS, reply: '荆州依托200个驻外招商办事处,建立50个楚商联络站。' },
  { entries: STATIONS, reply: '全市每年要引进一亿元以上的回乡投资项目300个以上,招商服务专线叫“一号通”。' },
  { entries: AMBASSADORS, reply: '市县两级每年至少礼聘一百名知名楚商担任招商大使。' },
  { entries: FESTIVALS, reply: '楚商回乡招商活动市级每年至少办4场,各县市区每年至少6场次。' },
  { entries: PLATFORMS_CS, reply: '楚商回乡专场活动市级每年至少举办两场,各县市区至少1场次。' },
  { entries: ROLE_MODELS, reply: '市级每年至少选树10个楚商回乡典型,各县市区至少5个。' },
  { entries: CS_GOAL, reply: '“五个一”目标包括建成一个数据库、建立一批楚商联络站,推动“四个回归”。' },
  { entries: CS_GOAL, reply: '方案分四部分共十条措施,第一至三条是“信息牌”,第九条是深化“十问十帮”。' },
  { entries: TEN_ASKS, reply: '荆州深化“十问十帮”温暖行动,坚持双月现场走访,由市经信局、市发改委等负责。' },
  { entries: CONTACTS, reply: '联席会议办公室的电话是8514460,邮箱是930208769@qq.com。' },
  { entries: CONTACTS, reply: '返乡创业热线和“一号通”要在2025年4月设立,文件没有给出号码。' },
  { entries: OFFICE, reply: '联席会议办公室设在市人社局,由市人社局主要负责同志兼任主任。' },
  { entries: MEETINGS, reply: '联席会议原则上每半年召开一次全体会议。' },
  { entries: LEADERSHIP, reply: '联席会议召集人有两位,副召集人有六位,杜道荣是市人社局局长。' },
  { entries: OVERVIEW, reply: '任务清单共13项任务:第1至4项2025年4月底前完成,第5至13项2025年12月底前完成。' },
  { entries: TASK4, reply: '“清明话家乡”推介活动全市不少于20场,各县市区、荆州经开区不少于2场,2025年4月完成。' },
  { entries: TASK6, reply: '任务6要建50个楚商联络站和20个驻外推介服务站,2025年12月前完成。' },
  { entries: TASK8, reply: '任务8要求拜访不少于50家楚商重点企业,赴外推介不少于3次。' },
  { entries: TASK10, reply: '创业培训1000人次以上,涉农人才培训两千人次以上,由市人社局、市农业农村局负责。' },
  { entries: TASK12, reply: '要树立楚商回乡和返乡创业典型人物40个以上,市融媒体中心参与宣传。' },
];

export const FAITHFUL_EN: readonly FaithfulCase[] = [
  { entries: FINANCE, reply: 'An individual can borrow up to 300,000 yuan.' },
  { entries: FINANCE, reply: 'Partnerships can get interest-subsidised loans of up to 4 million yuan.' },
  { entries: FINANCE, reply: 'Small and micro businesses can borrow up to five million yuan.' },
  { entries: FINANCE, reply: 'Bank of China offers credit of up to 50 million yuan for eligible returnee businesses.' },
  { entries: FINANCE, reply: 'The Jingzhou Financial Regulatory Branch and the Municipal Finance Bureau are among the units responsible.' },
  { entries: FINANCE, reply: 'The loan balance of new agricultural businesses should grow by 10% or more.' },
  { entries: PLATFORMS, reply: 'Each city-level park or street receives between 100,000 and 200,000 yuan of support.' },
  { entries: PLATFORMS, reply: 'Each city-level returnee business park gets 100,000–200,000 yuan.' },
  { entries: PLATFORMS, reply: 'Jingzhou has 41 business platforms, including ten provincial-level returnee business parks.' },
  { entries: PLATFORMS, reply: 'There will be no fewer than twenty promotion service stations outside Jingzhou.' },
  { entries: PROJECTS, reply: 'Each featured project receives up to 80,000 yuan, and Jingzhou identifies one hundred promising projects.' },
  { entries: BRANDS, reply: 'Five leading labour-brand companies each receive 100,000 yuan.' },
  { entries: TRAINING, reply: 'Jingzhou runs three thousand or more person-times of training.' },
  { entries: GOAL, reply: 'New returnee-founded market entities in 2025 should reach 2% of Jingzhou-born workers outside Hubei.' },
  { entries: GOAL, reply: 'The notice issuing the plan is dated March 29, 2025.' },
  {
    entries: DATABASE,
    reply: 'The database starts from basic information on 2,239 Chushang entrepreneurs, kept by the Municipal Investment Promotion Centre.',
  },
  {
    entries: STATIONS,
    reply: 'Jingzhou builds 50 liaison stations backed by its 200 offices and aims for 300 projects of 100 million yuan a year.',
  },
  { entries: AMBASSADORS, reply: 'At least 100 well-known Chushang entrepreneurs are engaged as investment ambassadors each year.' },
  { entries: FESTIVALS, reply: 'The city holds at least four events a year and each county at least six.' },
  { entries: CONTACTS, reply: 'You can reach the joint-meeting office at 8514460 or 930208769@qq.com.' },
  {
    entries: OVERVIEW,
    reply: 'Tasks 1 to 4 are due by the end of April 2025 and the other tasks in December 2025; there are thirteen tasks.',
  },
  { entries: TASK5, reply: 'Task 5 asks the city and counties to engage at least 100 ambassadors by December 2025.' },
  { entries: TASK11, reply: 'No fewer than two government-bank-business meetings, and loan balances up by 10% or more.' },
  { entries: NOTICE, reply: 'The notice of 29 March 2025 issues three documents.' },
];

export const CORRUPTED_ZH: readonly CorruptedCase[] = [
  { entries: FINANCE, reply: '个人创业最高可以贷50万元。', bad: '50万元' },
  { entries: FINANCE, reply: '合伙创业最高可享四百五十万元贴息贷款。', bad: '四百五十万' },
  { entries: FINANCE, reply: '小微企业最高可以贷800万元。', bad: '800万元' },
  { entries: FINANCE, reply: '中国银行专项贷款授信额度最高一个亿。', bad: '一个亿' },
  { entries: FINANCE, reply: '有问题可以打电话0716-8888888咨询。', bad: '0716-8888888' },
  { entries: FINANCE, reply: '这项工作由市商务局负责。', bad: '市商务局' },
  { entries: FINANCE, reply: '也可以去农业银行申请稳岗扩岗专项贷款。', bad: '农业银行' },
  { entries: FINANCE, reply: '贷款申请要在2025年10月底前提交。', bad: '2025年10月' },
  { entries: FINANCE, reply: '新型农业经营主体贷款余额较上年度增加15%以上。', bad: '15%' },
  { entries: FINANCE, reply: '个人创业最高可享30万元贴息贷款,利率为3%。', bad: '3%' },
  { entries: FINANCE, reply: '各地每年组织不少于3次政银企对接会。', bad: '3次' },
  { entries: PLATFORMS, reply: '市级返乡创业园区每个给予10~30万元资金扶持。', bad: '30万元' },
  { entries: PLATFORMS, reply: '市级返乡创业园区每个给予5~20万元资金扶持。', bad: '5' },
  { entries: PLATFORMS, reply: '荆州全市有12家省级返乡创业园区。', bad: '12家' },
  { entries: PLATFORMS, reply: '驻外推介服务站不少于三十个。', bad: '三十个' },
  { entries: PLATFORMS, reply: '全市创业平台共41个,园区入驻可以咨询0716-8514460。', bad: '0716-8514460' },
  { entries: PROJECTS, reply: '“能人返乡”特色创业项目每个给予不超过8万元扶持资金,扶持期最长6年。', bad: '6年' },
  { entries: PROJECTS, reply: '“能人返乡”特色创业项目每个最多给十万元。', bad: '十万' },
  { entries: BRANDS, reply: '市级劳务品牌领军企业每个给予10万元奖补,由市人社局和市文旅局负责。', bad: '市文旅局' },
  { entries: BRANDS, reply: '2025年认定8家市级劳务品牌领军企业。', bad: '8家' },
  { entries: TRAINING, reply: '创业意识培训一千五百人次以上。', bad: '一千五百人次' },
  { entries: GOAL, reply: '目标是新增返乡创业市场主体达到荆州籍省外务工人员的5%。', bad: '5%' },
  { entries: GOAL, reply: '印发通知的落款日期是2025年4月29日。', bad: '2025年4月29日' },
  { entries: GOAL, reply: '目标是2026年新增返乡创业市场主体达到2%。', bad: '2026年' },
  { entries: DATABASE, reply: '荆州现有3239名楚商楚才基本信息。', bad: '3239名' },
  { entries: DATABASE, reply: '登记可以访问www.jzzs.gov.cn。', bad: 'www.jzzs.gov.cn' },
  { entries: STATIONS, reply: '荆州在楚商集聚区域建立100个楚商联络站。', bad: '100个' },
  { entries: STATIONS, reply: '“一号通”的号码是12345678。', bad: '12345678' },
  { entries: STATIONS, reply: '全市每年引进回乡投资亿元项目500个以上。', bad: '500个' },
  { entries: AMBASSADORS, reply: '每年至少礼聘两百名知名楚商担任招商大使。', bad: '两百名' },
  { entries: FESTIVALS, reply: '市级层面每年至少举办8场次楚商回乡招商活动。', bad: '8场次' },
  { entries: PLATFORMS_CS, reply: '楚商回乡专场活动市级每年至少举办3场次。', bad: '3场次' },
  { entries: ROLE_MODELS, reply: '市级每年至少选树20个楚商回乡典型。', bad: '20个' },
  { entries: TEN_ASKS, reply: '“十问十帮”由市商务局牵头,坚持双月现场走访。', bad: '市商务局' },
  { entries: CONTACTS, reply: '联席会议办公室的电话是8514461。', bad: '8514461' },
  { entries: CONTACTS, reply: '联席会议办公室的邮箱是930208769@163.com。', bad: '930208769@163.com' },
  { entries: CONTACTS, reply: '也可以登录http://rsj.jingzhou.gov.cn查询。', bad: 'rsj.jingzhou.gov.cn' },
  { entries: CONTACTS, reply: '返乡创业热线和“一号通”要在2025年6月设立。', bad: '2025年6月' },
  { entries: OFFICE, reply: '联席会议办公室设在市招商中心。', bad: '市招商中心' },
  { entries: MEETINGS, reply: '联席会议原则上每半年召开一次全体会议,上午9:30开始。', bad: '9:30' },
  { entries: OVERVIEW, reply: '任务清单共15项任务。', bad: '15项' },
  { entries: OVERVIEW, reply: '第5至13项任务要在2025年11月底前完成。', bad: '2025年11月' },
  { entries: TASK5, reply: '礼聘招商大使要在2025年6月底前完成。', bad: '2025年6月' },
  { entries: TASK6, reply: '各县市区、荆州经开区建立驻外推介服务站不少于4个。', bad: '4个' },
  { entries: TASK9, reply: '市级劳务品牌领军企业每个给予30万元奖补。', bad: '30万元' },
  { entries: TASK12, reply: '要树立典型人物40个以上,市级每个奖励五万元。', bad: '五万元' },
];

export const CORRUPTED_EN: readonly CorruptedCase[] = [
  { entries: FINANCE, reply: 'Up to 3 million yuan for individual entrepreneurs.', bad: '3 million yuan' },
  { entries: FINANCE, reply: 'An individual can borrow up to 500,000 yuan.', bad: '500,000 yuan' },
  { entries: FINANCE, reply: 'Partnerships can borrow up to six million yuan.', bad: 'six million yuan' },
  { entries: FINANCE, reply: 'Bank of China offers credit of up to 80 million yuan.', bad: '80 million yuan' },
  { entries: FINANCE, reply: 'Agricultural Bank of China also offers these loans.', bad: 'Agricultural Bank of China' },
  { entries: FINANCE, reply: 'Apply through the Municipal Commerce Bureau.', bad: 'Municipal Commerce Bureau' },
  { entries: FINANCE, reply: 'Call 0716-8888888 for details.', bad: '0716-8888888' },
  { entries: FINANCE, reply: 'Applications close at the end of October 2025.', bad: 'October 2025' },
  { entries: FINANCE, reply: 'The loan balance should grow by 20% or more.', bad: '20%' },
  { entries: PLATFORMS, reply: 'Each city-level park receives 100,000–300,000 yuan of support.', bad: '300,000 yuan' },
  { entries: PLATFORMS, reply: 'Jingzhou has 14 provincial-level returnee business parks.', bad: '14' },
  { entries: PROJECTS, reply: 'Each featured project receives up to 90,000 yuan.', bad: '90,000 yuan' },
  { entries: BRANDS, reply: 'Each leading labour-brand company receives a 150,000-yuan award.', bad: '150,000-yuan' },
  { entries: TRAINING, reply: 'Jingzhou runs four thousand or more person-times of training.', bad: 'four thousand' },
  { entries: GOAL, reply: 'The goal is 3% of Jingzhou-born workers outside Hubei.', bad: '3%' },
  { entries: GOAL, reply: 'The notice is dated 29 April 2025.', bad: '29 April 2025' },
  { entries: DATABASE, reply: 'The database holds 2,500 Chushang entries.', bad: '2,500' },
  { entries: DATABASE, reply: 'Register at www.chushang.com.', bad: 'www.chushang.com' },
  { entries: STATIONS, reply: 'Jingzhou builds 60 Chushang liaison stations.', bad: '60' },
  { entries: AMBASSADORS, reply: 'At least 150 ambassadors are engaged each year.', bad: '150' },
  { entries: FESTIVALS, reply: 'The city holds at least five events a year.', bad: 'five' },
  { entries: CONTACTS, reply: 'Write to jointmeeting@jingzhou.gov.cn.', bad: 'jointmeeting@jingzhou.gov.cn' },
  { entries: CONTACTS, reply: 'The office is open from 9 am on weekdays.', bad: '9 am' },
  { entries: OVERVIEW, reply: 'Tasks 5 to 13 are due in November 2025.', bad: 'November 2025' },
  { entries: TASK10, reply: 'Task 10: 3,000 or more person-times of agricultural-talent training.', bad: '3,000' },
  { entries: TASK13, reply: 'Attract 400 or more projects of 100 million yuan in 2025.', bad: '400' },
];
