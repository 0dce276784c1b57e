import {describe, expect, test} from 'vitest';
import {allText, loadSeed} from '../helpers/load-document.js';

const seeds = Object.fromEntries(await Promise.all(['000', '001', '002', '003', '004'].map(async (prefix) => [prefix, await loadSeed(prefix)] as const)));
const levelOne = (prefix: string) =>
	seeds[prefix]!.sections.filter((section) => section.level === 1).map((section) => section.title);

// The magazine's own 目录, in print order: the outline must find every article in the body. The OCR read its
// quotes as ASCII; the titles, as the body, have them full-width again.
const magazineArticles = [
	'坚决打赢疫情防控的人民战争',
	'信念至上',
	'以“硬核作风”让党旗在“战疫一线”高高飘扬',
	'把初心和使命镌刻在防疫一线的党旗上',
	'坚持“四个聚焦”打好疫情防控“组合拳”',
	'立足职能职责 争做战“疫”先锋',
	'三级联动齐战疫 众志成城践初心',
	'用使命捍卫生命',
	'江城“疫”战中的“教育行动”',
	'疫情在前 他们逆风飞扬',
	'一名党员医生的援舒日记',
	'战“疫”再显男儿志 守土更深鱼水情',
	'抗疫烽火线上的坚强战斗堡垒',
	'战“疫”一线“红旗”别样红',
	'防疫一线彰显“石”干担当',
	'不忘初心“疫”往无前',
	'守护江城“北大门”的钢铁长城',
	'坚守战“疫”最前线 白衣执甲勇逆行',
	'用坚守和奉献筑起抗疫防线',
	'在坚守中淬炼忠诚本色 在拼搏中彰显时代担当',
	'初心在战“疫”一线闪光',
	'坚决守好“桥头堡” 打好疫情防控阻击战',
	'提升后疫情时代党建引领基层治理能力',
	'一线战“疫”答卷',
	'在危难中见证坚守 在奉献中感悟收获',
	'做新时代的“摇橹人”',
	'下沉防疫的灵魂三问',
	'战“疫”心声',
];

describe('000: front matter with an HTML body', () => {
	const document = seeds['000']!;

	test('title restored from the body, date and source found', () => {
		expect(document.format).toBe('front-matter-html');
		expect(document.title).toBe('我的战“疫”故事｜驻珲春重点边境村第一书记抗“疫”不缺席');
		expect(document.date).toBe('2022-03-25');
		expect(document.source).toBe('延边广播电视台');
	});

	test('no HTML, no 原标题 line, no repeated title, images as placeholders', () => {
		const text = allText(document);
		expect(text).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
		expect(text).not.toContain('原标题');
		expect(document.blocks.filter((block) => block.text === document.title)).toEqual([]);
		expect(document.blocks.filter((block) => block.kind === 'image').length).toBe(3);
		expect(text).toContain('带领村民到珲春市医院就诊。');
	});
});

describe('001: traditional page with pinyin annotations', () => {
	const document = seeds['001']!;

	test('traditional, titled from its breadcrumb', () => {
		expect(document.script).toBe('traditional');
		expect(document.title).toBe('我州564名駐村干部發揮模范帶頭作用,堅守疫情防控一線');
	});

	test('no annotations and no tag debris left', () => {
		const text = allText(document);
		expect(text).not.toMatch(/\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u);
		expect(text).not.toContain('/span>');
		expect(text).toContain('發揮模范帶頭作用');
		expect(document.author).toBe('劉煥輝');
	});
});

describe('002: OCR magazine with a table of contents', () => {
	test('its 28 articles are the level-1 sections, in order', () => {
		expect(levelOne('002')).toEqual(magazineArticles);
	});

	test('subheadings sit below their article; captions and bylines are not sections', () => {
		const {sections} = seeds['002']!;
		const below = sections.slice(sections.findIndex((section) => section.title === '信念至上') + 1);
		expect(below[0]).toEqual(expect.objectContaining({level: 2, title: '党旗所指一道道“参战令”如箭离弦'}));
		const article = sections.findIndex((section) => section.title === '坚持“四个聚焦”打好疫情防控“组合拳”');
		// Headings that end in a quoted word still count: `…当好一线防控“战斗员”`.
		expect(sections.slice(article + 1, article + 5).map((section) => [section.level, section.title.slice(0, 8)])).toEqual([
			[2, '聚焦落实包保任务'],
			[2, '聚焦精准调整力量'],
			[2, '聚焦有效解决问题'],
			[2, '聚焦强化示范引领'],
		]);
		const titles = sections.map((section) => section.title);
		expect(titles).not.toContain('舒兰市委组织部');
		expect(titles).not.toContain('市直机关工委干部在昌邑区新地号街道开展防控工作');
		expect(titles.filter((title) => /\(左一\)|^\d+$/.test(title))).toEqual([]);
	});

	test('a paragraph start cut by the page is no subheading, nor is a caption read twice, and subheadings lose OCR spaces', () => {
		const titles = seeds['002']!.sections.map((section) => section.title);
		const text = allText(seeds['002']!);
		expect(titles.filter((title) => /护士长常$|沙志勇对$|段伟知道，吉林市$|结合无职党员$|干部代表来$|社区党员生$/u.test(title))).toEqual([]);
		for (const joined of ['市中心医院新生儿监护病房护士长常天娇，两次进驻', '疫情爆发以来，红旗村结合无职党员设岗定责', '段伟知道，吉林市战“疫”的第一枪已经打响', '沙志勇对村内的小卖店进行了多次突击检查']) {
			expect(text).toContain(joined);
		}

		expect(titles).toContain('严格要求，确保排查工作无死角，在规定时限内完成任务');
		// A space left in a heading parts two phrases (`持此愿投赠 与君同急难`), never a word (`在规 定时限`).
		const spaced = titles.filter((title) => title.includes(' '));
		expect(spaced).toContain('持此愿投赠 与君同急难');
		expect(spaced.flatMap((title) => title.split(' ')).filter((phrase) => Array.from(phrase).length < 4)).toEqual([]);
	});

	test('OCR spaces and line breaks inside sentences are repaired', () => {
		const text = allText(seeds['002']!);
		expect(text).toContain('全市1669个党组织迅速进入“战时”状态');
		expect(text).toContain('5月11日，市委常委（扩大）会议暨疫情防控工作领导小组会议以视频会议形式在舒兰召开');
	});
});

describe('003: web scrape with page chrome', () => {
	const document = seeds['003']!;

	test('the seven dateline sections', () => {
		expect(document.sections.map((section) => section.title)).toEqual([
			'长春——驻村干部守在百姓身边',
			'长春普阳街道——建立四级包保体系',
			'梅河口新华街道——逢人必检逢车必查',
			'东丰猴石镇——党员干部冲锋在一线',
			'白山红土崖镇——全力切断传播途径',
			'集安黎明街道——网格化管理不留死角',
			'长春重庆街道——“疫情小喇叭”暖心又安心',
		]);
	});

	test('none of the page chrome', () => {
		const texts = new Set(document.blocks.map((block) => block.text.replace(/^[•\s]+/, '')));
		for (const chrome of ['注册', '好文', '钦佩', '喜欢', '泪奔', '可爱', '思考', '分享到:', '长春新闻', '凤凰新闻 天天有料', '吉林新闻', '第五季净月微发现']) {
			expect(texts.has(chrome), chrome).toBe(false);
		}

		expect(allText(document)).not.toMatch(/今日推荐|责任编辑|来源:/);
		expect(document.source).toBe('中国吉林网及电子报');
		expect(document.title).toBe('聚焦吉林省街道社区乡镇村屯疫情防控阻击战');
	});

	test('the truncated teaser before the first section is dropped, its full text kept', () => {
		const text = allText(document);
		expect(text).not.toContain('疫情防控阻\n');
		expect(text).toContain('疫情防控阻击战打响后');
	});
});

describe('004: government notice with headed sections', () => {
	const document = seeds['004']!;

	test('date, source, title and three sections', () => {
		expect(document.title).toBe('北乡义镇抗疫纪实');
		expect(document.date).toBe('2022-04-13');
		expect(document.source).toBe('北乡义镇');
		expect(document.sections.map((section) => section.title)).toEqual(['一个支部就是一座堡垒', '一名党员就是一面旗帜', '干群齐心共筑抗疫防线']);
	});

	test('header metadata lines are not body text', () => {
		expect(allText(document)).not.toMatch(/索引号|主题分类|发布日期/);
	});
});
