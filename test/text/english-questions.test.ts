/**
 * English questions from overseas merchants reach the part of the plan that answers them: the lexicon maps the words
 * people use (after-care, a team visiting the office, a foreign passport, the China-Nordic forum ...) to the knowledge
 * base's Chinese, and the retriever ranks the answering entry first. Written for this test, in no training file.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/intent/classify.ts';
import { KNOWLEDGE_DIR } from '../helpers.ts';
import { sharedUnderstanding } from '../support/understanding.ts';

const understanding = sharedUnderstanding(KNOWLEDGE_DIR);

/**
 * A question and the entry that answers it. Two ids where a task-list row restates the article in the same words
 * (task 3 names Yihaotong as the liaison-station article does) or two articles say the same: either answers.
 */
const QUESTIONS: ReadonlyArray<readonly [question: string, answeredBy: string | readonly string[]]> = [
  // loans
  ['How big a loan can a small company get if we move back to Jingzhou?', 'returnee.06.finance'],
  ['Can I borrow money to start a business back home, and is the interest subsidised?', 'returnee.06.finance'],
  ['Does Bank of China have a special loan for returnee companies?', 'returnee.06.finance'],
  ['My partner and I want to open a restaurant in Songzi, how much can we borrow together?', 'returnee.06.finance'],
  ["What's the credit limit of the Bank of China job-stabilising loan?", 'returnee.06.finance'],
  ['loan for returnees?', 'returnee.06.finance'],
  ['interest-free loan for my start-up back home?', 'returnee.06.finance'],
  ["What's the max guaranteed loan for a small business owner?", 'returnee.06.finance'],
  ["What's the biggest loan an individual can get to start up back home?", 'returnee.06.finance'],
  ['Is there a government-bank-business matchmaking meeting for loans?', ['returnee.06.finance', 'task.11']],
  // subsidies, the policy list and "one matter"
  ['Is there a one-off start-up subsidy when I register my company?', 'returnee.05.policies'],
  ['If I rent a workshop and buy equipment, will the government pay part of it?', 'returnee.05.policies'],
  ['Do I get a subsidy for hiring local workers?', 'returnee.05.policies'],
  ['Which subsidies can a returnee claim? List them please', 'returnee.05.policies'],
  ['Will I get money back for the machinery I bought for my workshop?', 'returnee.05.policies'],
  ['any grants if I open a business in Jianli', 'returnee.05.policies'],
  ['hiring subsidy for local staff', 'returnee.05.policies'],
  ['how much is the 一次性创业补贴?', 'returnee.05.policies'],
  ['How do I register my company for the first time and get the policies?', 'returnee.05.policies'],
  ['Do returnees get social insurance subsidies?', 'returnee.05.policies'],
  ['Will the city help pay for equipment in my new plant?', 'returnee.05.policies'],
  ['What\'s "returnee entrepreneurship as one matter"?', ['returnee.05.policies', 'notice.03.environment']],
  // business parks, incubators and the returnee promotion stations outside Jingzhou
  ['Are there business parks where returnees get free rent and utilities?', 'returnee.01.platforms'],
  ['How many incubators for university graduates does Jingzhou have?', 'returnee.01.platforms'],
  ['Is there a returnee promotion station in Suzhou or elsewhere in the Yangtze River Delta?', 'returnee.01.platforms'],
  ['How do I move my small company into a returnee business park?', 'returnee.01.platforms'],
  ['Does Jingzhou have any startup incubators?', 'returnee.01.platforms'],
  [
    'I work in Dongguan. Is there a Jingzhou station in the Pearl River Delta that helps people go home and start a business?',
    'returnee.01.platforms',
  ],
  ['rent-free space for startups?', 'returnee.01.platforms'],
  ['Are there promotion stations outside Hubei for people who want to start a business back home?', ['returnee.01.platforms', 'task.06']],
  ['What do promotion service stations do?', 'returnee.01.platforms'],
  ['How many business parks are there in Jingzhou?', 'returnee.01.platforms'],
  ['Do incubators waive rent for new companies?', 'returnee.01.platforms'],
  // business projects and e-commerce
  ['What kind of low-cost business could I start in my hometown? Is there a project list?', 'returnee.02.projects'],
  ['How much support does a featured "capable people return home" project get?', 'returnee.02.projects'],
  ["I'm a fresh graduate and want to sell farm produce through live streaming back home, any support?", 'returnee.02.projects'],
  ['Is there a catalogue of easy projects for beginners?', 'returnee.02.projects'],
  ['How much funding does each featured project get?', 'returnee.02.projects'],
  // labour brands
  ['Do the labour brands work with e-commerce platforms?', 'returnee.03.labour-brands'],
  ["What are Jingzhou's labour brands, like the Shishou waterproofing workers?", 'returnee.03.labour-brands'],
  ['How much is the award for a leading labour-brand company?', 'returnee.03.labour-brands'],
  ['I want to open an online store selling Honghu lotus root, any support?', 'returnee.03.labour-brands'],
  ['I did waterproofing work for 15 years, is there help if I start my own waterproofing firm at home?', 'returnee.03.labour-brands'],
  ['what labour brands does Jingzhou have', 'returnee.03.labour-brands'],
  ['Is there support for selling our products on e-commerce platforms through labour brands?', 'returnee.03.labour-brands'],
  ['Who are the Honghu lotus root chefs?', 'returnee.03.labour-brands'],
  // training
  ["I'm a veteran, can I join the entrepreneurship training?", 'returnee.04.training'],
  ['Are there start-up boot camps for people still working in Guangdong?', 'returnee.04.training'],
  ['Who can take part in the Malan Flower training?', 'returnee.04.training'],
  ['Can I talk to an entrepreneurship mentor before I come back?', 'returnee.04.training'],
  ['where can I get business training', 'returnee.04.training'],
  ['does the 马兰花计划 training cost money?', 'returnee.04.training'],
  ['Can retired soldiers join the start-up training?', 'returnee.04.training'],
  ['Is there a start-up boot camp near Shanghai for Jingzhou people?', 'returnee.04.training'],
  // land
  ['Can I rent village farmland to grow crayfish and rice?', 'returnee.07.land'],
  ['Are there idle factory buildings I could use?', 'returnee.07.land'],
  ['Can a family farm get a subsidy for renting land?', 'returnee.07.land'],
  ['Can I open a farm stay on village collective land?', 'returnee.07.land'],
  ['i need land for a fish farm', 'returnee.07.land'],
  ['Could I use an old village school building for my workshop?', 'returnee.07.land'],
  ['Can I turn contracted farmland into a shareholding in my company?', 'returnee.07.land'],
  // talent and professional titles
  ['Can engineers I hire get their professional titles through a green channel?', 'returnee.08.talent'],
  ['Can my company set up an internship base for university students?', 'returnee.08.talent'],
  ['How do I get into the database of capable Jingzhou people working elsewhere?', 'returnee.08.talent'],
  ['How can my senior engineers get professional titles in Jingzhou?', 'returnee.08.talent'],
  ["We can't find skilled workers, is there a talent sharing platform?", 'returnee.08.talent'],
  ['can my workers get job titles', 'returnee.08.talent'],
  ['Do you help returnee companies recruit scarce talent?', 'returnee.08.talent'],
  ['Is there a green channel for professional titles?', 'returnee.08.talent'],
  // the Chushang database, overseas Chinese merchants (侨商侨领, 侨联)
  ['How many entrepreneurs are in the Chushang talent database?', 'chushang.01.database'],
  ['Am I still counted as Chushang if I hold a Singapore passport?', 'chushang.01.database'],
  ["I'm an overseas Chinese businessman with roots in Jingzhou, can I be included in the Chushang directory?", 'chushang.01.database'],
  ['I run a trading firm in Hamburg and my family is from Jianli. Can I be listed in the Chushang directory?', 'chushang.01.database'],
  ['Does the Overseas Chinese Federation help build the Chushang database?', 'chushang.01.database'],
  ['What is the Chushang database for?', 'chushang.01.database'],
  ["Do you collect data on merchants' investment intentions?", 'chushang.01.database'],
  ['Does the Federation of Returned Overseas Chinese have anything to do with the Chushang plan?', 'chushang.01.database'],
  ["I'm a Malaysian Chinese with grandparents from Gong'an, am I a Chushang?", 'chushang.01.database'],
  [
    'My father is from Shishou and I live in Vancouver with a Canadian passport. Could I join the Chushang database?',
    'chushang.01.database',
  ],
  ['Who maintains the Chushang talent directory?', 'chushang.01.database'],
  ['Are Jingzhou alumni and professors counted in the Chushang talent list?', 'chushang.01.database'],
  // liaison stations and Yihaotong
  ['Is there a Chushang liaison station in Shenzhen?', 'chushang.02.stations'],
  ['What does a Chushang liaison station do for merchants outside Jingzhou?', 'chushang.02.stations'],
  ['我中文不太好 but what does 总部回迁 mean', 'chushang.02.stations'],
  ['What is the Yihaotong investment line?', ['chushang.02.stations', 'task.03']],
  ['How many Chushang liaison stations are there and where?', 'chushang.02.stations'],
  ['Is there a Chushang office in Shanghai I can visit?', 'chushang.02.stations'],
  ['How many liaison stations will be built?', 'chushang.02.stations'],
  ['How do I contact a Chushang liaison station?', 'chushang.02.stations'],
  // investment ambassadors
  ['What perks does an investment ambassador get?', 'chushang.03.ambassadors'],
  ['If I introduce a project that lands in Jingzhou, do I get a reward?', 'chushang.03.ambassadors'],
  ['How do I become an investment ambassador?', 'chushang.03.ambassadors'],
  ['Do ambassadors get free entry to scenic spots?', 'chushang.03.ambassadors'],
  ["hometown ambassador - what's that?", 'chushang.03.ambassadors'],
  ['我想了解 investment ambassador 的待遇', ['chushang.03.ambassadors', 'task.05']],
  ['What are the benefits of being an investment ambassador?', 'chushang.03.ambassadors'],
  ['How many ambassadors are appointed every year?', 'chushang.03.ambassadors'],
  // festival events
  ['Are there investment events during Spring Festival when people come home?', 'chushang.04.festivals'],
  ['Anything for merchants around the Mid-Autumn Festival?', 'chushang.04.festivals'],
  ['Is there a New Year reception for merchants who come home for Spring Festival?', 'chushang.04.festivals'],
  ['Chushang events at Chinese New Year?', 'chushang.04.festivals'],
  ['Are there events for merchants during Qingming or Dragon Boat Festival?', 'chushang.04.festivals'],
  ['Is there a Spring Festival reception for Chushang?', 'chushang.04.festivals'],
  // signature events
  ['When is the Chushang Conference and can people from outside attend?', 'chushang.05.brand-events'],
  ['Which county holds the crayfish festival?', 'chushang.05.brand-events'],
  ['Can overseas merchants attend the Chu Culture Festival?', 'chushang.05.brand-events'],
  ['Is the crayfish festival open to overseas guests?', 'chushang.05.brand-events'],
  ['What is the Ancient City Forum?', 'chushang.05.brand-events'],
  ['Where is the peach blossom festival held?', 'chushang.05.brand-events'],
  // national and provincial platforms (China-Nordic forum, CIIE ...)
  ['Does Jingzhou do anything at the China-Nordic trade forum?', 'chushang.06.platforms'],
  ['Will there be a Jingzhou session at the CIIE in Shanghai?', 'chushang.06.platforms'],
  ['We are exhibiting at the Supply Chain Expo, can we meet Jingzhou people there?', 'chushang.06.platforms'],
  ['Is there a Chushang session at the Huachuang conference?', 'chushang.06.platforms'],
  ['Does Jingzhou take part in the World Top 500 dialogue with Hubei?', 'chushang.06.platforms'],
  ['Jingzhou at the import expo?', 'chushang.06.platforms'],
  ['Is there a Chushang special session at the investment and trade fair?', 'chushang.06.platforms'],
  ['What is the Spring Cherry Blossoms event?', 'chushang.06.platforms'],
  // door-knocking visits
  ['someone from the Jingzhou investment team wants to visit my office, is that a real program?', 'chushang.07.door-visits'],
  ['Can the door-knocking team come to our chamber of commerce in Dongguan?', 'chushang.07.door-visits'],
  ['What is "one letter, one plan, one pitch"?', 'chushang.07.door-visits'],
  ["Can Jingzhou's investment people come and see us in person in Shanghai?", 'chushang.07.door-visits'],
  ['Our alumni association would like a visit from the door-knocking team', 'chushang.07.door-visits'],
  ['Your colleagues knocked on our door in Wenzhou last week, what was that about?', 'chushang.07.door-visits'],
  ['Is 叩门招商 a real thing? someone called me about it', 'chushang.07.door-visits'],
  ['A team from Jingzhou says they want to come to our company in Ningbo with a proposal. Is this legit?', 'chushang.07.door-visits'],
  ["Will Jingzhou's investment people visit our chamber of commerce?", 'chushang.07.door-visits'],
  ['Our company was visited by Jingzhou officials with a letter and a plan. What program is that?', 'chushang.07.door-visits'],
  ['Do Jingzhou investment teams visit alumni associations?', 'chushang.07.door-visits'],
  // after a signed deal: ten asks ten helps, bimonthly visits, the liaison centre
  ['after we sign, nobody follows up. is there any after-care?', 'chushang.09.ten-asks'],
  ['Who follows up after signing if we run into problems?', 'chushang.09.ten-asks'],
  ['Does anyone visit our project every two months to check progress?', 'chushang.09.ten-asks'],
  ["Where is the returnee entrepreneurs' liaison centre?", 'chushang.09.ten-asks'],
  ["what's 十问十帮 exactly?", 'chushang.09.ten-asks'],
  ['Our project got stuck after signing, who can help?', 'chushang.09.ten-asks'],
  ['Is there a forum where returning merchants can raise concerns with the government?', 'chushang.09.ten-asks'],
  ['What is the ten asks ten helps campaign?', 'chushang.09.ten-asks'],
  ['we signed a deal last year but the project is stuck on approvals', 'chushang.09.ten-asks'],
  ['sorry my Chinese is bad, what is 双月走访?', 'chushang.09.ten-asks'],
  ['We closed the investment deal in March. Will anyone check on us afterwards?', 'chushang.09.ten-asks'],
  ['Once the contract is signed, is there someone we can go to when approvals get stuck?', 'chushang.09.ten-asks'],
  ['Is there a regular meeting where returned Chushang entrepreneurs can tell the government their problems?', 'chushang.09.ten-asks'],
  ['We invested in Jingzhou two years ago and now have problems with permits. Who do we talk to?', 'chushang.09.ten-asks'],
  ['Is there a liaison centre for entrepreneurs who came back?', 'chushang.09.ten-asks'],
  ['The approval for our factory is very slow, where can we complain?', 'chushang.09.ten-asks'],
  ['How often do officials visit our project site?', 'chushang.09.ten-asks'],
  // merchants' housing, schooling and medical care; the investment guide
  ['If I move back, can my kids get into a local school?', 'chushang.08.services'],
  ['Is there housing or medical care support for returning merchants?', 'chushang.08.services'],
  ['Where can I read the Chushang investment guide?', 'chushang.08.services'],
  ['Can my elderly parents get medical care if I move back to invest?', 'chushang.08.services'],
  ['What does the investment guide contain?', 'chushang.08.services'],
  ['school for my children if we relocate to Jingzhou', 'chushang.08.services'],
  ['Where do I find the investment handbook for Chushang?', 'chushang.08.services'],
  ['housing for returning investors', 'chushang.08.services'],
  ['Will my kids be able to attend compulsory education in Jingzhou if I come back to invest?', 'chushang.08.services'],
  ["Is medical care arranged for returning investors' families?", 'chushang.08.services'],
  ['Can my wife and kids get housing help if we come back?', 'chushang.08.services'],
  ['Can returning merchants get help finding a hospital for their parents?', 'chushang.08.services'],
  // role models and their publicity
  ['How do you pick the role models who get publicised on TV and Douyin?', 'chushang.10.role-models'],
  ['My factory has been back three years, can I be nominated as a typical example?', 'chushang.10.role-models'],
  ['How many role models are chosen each year?', 'chushang.10.role-models'],
  ['how do I get featured as a success story', 'chushang.10.role-models'],
  ['How are the role models promoted in the media?', 'chushang.10.role-models'],
  ['How many role models does each county select?', 'chushang.10.role-models'],
  ['Are there TV interviews with Chushang who came back?', 'chushang.10.role-models'],
  // the joint meeting and its office
  ['What does the joint meeting do?', 'meeting.01.duties'],
  ['Who is the chief convener of the joint meeting?', 'meeting.02.leadership'],
  ['Which bureau is the joint meeting office in?', 'meeting.03.office'],
  ['How often does the joint meeting meet?', 'meeting.04.meetings'],
  ['Who are the members of the joint meeting?', 'meeting.02.leadership'],
  ["What's the phone number of the joint meeting office?", 'meeting.06.contacts'],
  ['Is the joint meeting permanent?', 'meeting.08.dissolution'],
  ['Which government body runs the joint meeting office?', 'meeting.03.office'],
  ['who leads the joint meeting', 'meeting.02.leadership'],
  ['What is the joint meeting responsible for?', 'meeting.01.duties'],
  ['Where is the joint meeting office?', 'meeting.03.office'],
  ['How often do member units report information?', 'meeting.05.reporting'],
  ['Does the joint meeting inspect how the work is done?', 'meeting.07.inspection'],
  ['Which vice mayor convenes the joint meeting?', 'meeting.02.leadership'],
  ['How is the joint meeting office run day to day?', 'meeting.03.office'],
  ['When is the joint meeting dissolved?', 'meeting.08.dissolution'],
  // the 2025 task list
  ['What are the 13 tasks for 2025 and their deadlines?', 'task.00.overview'],
  ["What's on this year's task list?", 'task.00.overview'],
  ['What is the deadline for setting up the liaison stations?', 'task.06'],
  ['How many training sessions are planned for 2025 in the task list?', 'task.10'],
  ['13 tasks?', 'task.00.overview'],
  ['What is due in April 2025 on the task list?', 'task.00.overview'],
  ['What is the deadline for the investment guide?', 'task.01'],
  ['How many role models must be set up in 2025 according to the task list?', 'task.12'],
  // the plans as a whole, and the notice
  ['What are the "five ones" of the Chushang plan?', 'chushang.00.goal'],
  ['What is the 2025 target of the returnee entrepreneurship plan?', 'returnee.00.goal'],
  ['What if my business fails, is there any fault tolerance?', 'notice.01.awareness'],
  ['Is there a dedicated service window for returnees?', 'notice.03.environment'],
  ['What is the overall goal of the Chushang plan?', 'chushang.00.goal'],
  ['How many new returnee businesses does Jingzhou aim for?', ['returnee.00.goal', 'task.13']],
  ["What is Jingzhou's plan to bring Hubei merchants home?", 'chushang.00.goal'],
  ['What are the ten measures of the Chushang plan?', 'chushang.00.goal'],
  ['What are the eight measures of the returnee plan?', 'returnee.00.goal'],
  ['What happens if my returnee business fails?', 'notice.01.awareness'],
];

const topOf = (question: string): string | undefined => {
  const { analyzer, retriever } = understanding();
  return retriever.search(analyzer.analyze(question), 1)[0]?.entry.id;
};

describe('English questions reach the entry that answers them', () => {
  it.each(QUESTIONS)('%s', (question, answeredBy) => {
    expect([answeredBy].flat()).toContain(topOf(question));
  });
});

describe('what the words lead to', () => {
  it('finds the fact on overseas Chinese merchants for a foreign passport holder', () => {
    const { analyzer, retriever } = understanding();
    const entry = retriever.get('chushang.01.database')!;
    const [best] = retriever.rankFacts(entry, analyzer.analyze('Am I still counted as Chushang if I hold a Singapore passport?'));
    expect(best?.fact).toContain('侨商侨领');
  });

  it('still refuses a passport question that is not about the programme', () => {
    const { analyzer, retriever, intents } = understanding();
    expect(classify(analyzer.analyze('How do I renew my passport?'), retriever, intents).intent).toBe('out_of_scope');
  });

  it('reads a visit someone reports as a question about door-knocking visits, not a request to be contacted', () => {
    const { analyzer, retriever, intents } = understanding();
    const report = 'A team from Jingzhou wants to visit my company to talk about investment, is this real?';
    const classified = classify(analyzer.analyze(report), retriever, intents);
    expect(classified.intent).toBe('policy.ask');
    expect(classified.hits[0]?.entry.id).toBe('chushang.07.door-visits');
  });

  it('maps the words of a follow-up on a document: what it covers and when it comes out', () => {
    const { analyzer } = understanding();
    const text = analyzer.normalize('what does it cover? and when is it out');
    expect(text).toContain('内容');
    expect(text).toContain('发布');
  });

  it('leaves out the English around Chinese words, and still reads pinyin', () => {
    const { analyzer } = understanding();
    expect(analyzer.analyze('我中文不太好 but what does 总部回迁 mean').tokens).not.toContainEqual(expect.stringMatching(/^[a-z]+$/));
    expect(analyzer.analyze('fanxiang daikuan').text).toBe('返乡 贷款');
    expect(analyzer.analyze('fanxiang daikuan').tokens).toContain('贷款');
  });
});
