import {describe, expect, test} from 'vitest';
import {forbiddenAtEnd, forbiddenAtStart} from '../../source/core/layout/line-break-rules.js';
import {wrap} from '../../source/core/layout/wrap.js';
import {seedText, seedTexts} from './seed-paragraphs.js';
import {wrapProblems} from './wrap-checks.js';

function texts(text: string, width: number, options: Parameters<typeof wrap>[2] = {}): string[] {
	return wrap(text, width, options).map(line => line.text);
}

describe('Chinese line-breaking rules on real sentences', () => {
	test.each([
		// A closing mark pulls the previous character down instead of starting a line.
		['以社区为“监测站”,通过“电话访问——入户排查', 12, ['以社区为“监', '测站”,通过', '“电话访问——', '入户排查']],
		// `——` never splits and never starts a line; `“` never ends one.
		['以社区为“监测站”,通过“电话访问——入户排查', 14, ['以社区为“监测', '站”,通过“电话', '访问——入户排查']],
		['积极協調自己所在單位——延邊州林業', 20, ['积极協調自己所在單', '位——延邊州林業']],
		// The first line starts with whatever the paragraph starts with.
		['——全市组织部门抗击疫情在行动', 10, ['——全市组织', '部门抗击疫', '情在行动']],
		// `……` stays whole and does not start a line.
		['团结村民主动防控、科学防控、群防群控……疫情防控阻击战打响后', 18, ['团结村民主动防控、', '科学防控、群防群', '控……疫情防控阻击战', '打响后']],
		// Book-title marks: `《` never ends a line, `》` never starts one.
		['在《关于充分发挥驻村干部作用的通知》中', 10, ['在《关于充', '分发挥驻村', '干部作用的', '通知》中']],
		['在《关于充分发挥驻村干部', 4, ['在', '《关', '于充', '分发', '挥驻', '村干', '部']],
	])('%j at %i columns', (text, width, expected) => {
		expect(texts(text, width)).toEqual(expected);
	});
});

describe('numbers, units, words and URLs', () => {
	test.each([
		// `500多` stays whole when the line has another place to break.
		['三地周转500多公里', 10, ['三地周转', '500多公里']],
		['医院,担负着全市 70%左右危重患者', 16, ['医院,担负着全市', '70%左右危重患者']],
		['企业总数95%以上', 10, ['企业总数', '95%以上']],
		// Breaking inside the Han part of a date is fine; inside `150` it is not.
		['5月9日上午', 4, ['5月', '9日', '上午']],
		['150多', 4, ['150', '多']],
		// Latin words stay whole; a word longer than the line is cut.
		['使用 Unicode 标准', 8, ['使用', 'Unicode', '标准']],
		['Internationalization', 8, ['Internat', 'ionaliza', 'tion']],
		['1,000.50元', 6, ['1,000.', '50元']],
		// URLs stay whole when they fit, else are cut.
		['详见https://ex.com/a?b=c页面', 24, ['详见https://ex.com/a?b=c', '页面']],
		['详见https://www.example.com/page.html', 12, ['详见', 'https://www.', 'example.com/', 'page.html']],
	])('%j at %i columns', (text, width, expected) => {
		expect(texts(text, width)).toEqual(expected);
	});
});

describe('spaces, tabs and zero-width characters', () => {
	test('spaces at a break hang at the end of the line and are not shown', () => {
		const lines = wrap('hello   world', 7);
		expect(lines.map(({text, start, end}) => [text, start, end])).toEqual([['hello', 0, 8], ['world', 8, 13]]);
	});

	test('tabs expand to stops of 4 from the start of the screen line, indent included', () => {
		expect(texts('a\tbc\td', 20)).toEqual(['a   bc  d']);
		expect(texts('a\tb', 20, {firstLineIndent: 2})).toEqual(['a b']);
		expect(texts('中文\t字\t符', 6)).toEqual(['中文', '字  符']);
	});

	test('soft hyphens and zero-width characters take no columns and never start a line', () => {
		const text = '驻村\u00AD干部\u200D，守在\u2060百姓';
		const lines = wrap(text, 4);
		// The joiner belongs to the cluster of `部`; the soft hyphen and word joiner stay with what precedes them.
		expect(lines.map(line => line.text)).toEqual(['驻村\u00AD', '干', '部\u200D，', '守在\u2060', '百姓']);
		expect(lines.every(line => line.width <= 4)).toBe(true);
	});

	test('a zero-width space is a break opportunity', () => {
		expect(texts('abc\u200Bdef', 4)).toEqual(['abc\u200B', 'def']);
	});

	test('combining marks and emoji clusters are never split', () => {
		expect(texts('e\u0301e\u0301e\u0301', 2)).toEqual(['e\u0301e\u0301', 'e\u0301']);
		expect(texts('好👨‍👩‍👧❤️', 2)).toEqual(['好', '👨‍👩‍👧', '❤️']);
	});
});

describe('ambiguous width', () => {
	test('quotes, ellipses and pinyin take two columns in wide mode', () => {
		expect(texts('他说：“你好。”', 8)).toEqual(['他说：', '“你好。”']);
		expect(texts('他说：“你好。”', 8, {ambiguous: 'wide'})).toEqual(['他说：', '“你', '好。”']);
		expect(wrap('石峴鎮(zhèn)下', 20, {ambiguous: 'wide'})[0]?.width).toBe(15);
		expect(wrap('石峴鎮(zhèn)下', 20)[0]?.width).toBe(14);
	});
});

describe('the bundled documents', () => {
	test('003 never starts a line with `，` `。` `”` or ends one with `“` at widths 20 to 80', () => {
		const {paragraphs} = seedText('003');
		for (let width = 20; width <= 80; width++) {
			for (const paragraph of paragraphs) {
				for (const line of wrap(paragraph, width, {firstLineIndent: 4})) {
					if (line.start > 0) {
						expect(forbiddenAtStart.has(paragraph[line.start] ?? ''), `${width}: ${line.text}`).toBe(false);
					}

					if (line.end < paragraph.length) {
						expect(forbiddenAtEnd.has(line.text.at(-1) ?? ''), `${width}: ${line.text}`).toBe(false);
					}
				}
			}
		}
	});

	test.each(seedTexts().map(seed => [seed.name, seed] as const))('%s wraps without a problem at several widths', (_name, seed) => {
		const paragraphs = seed.paragraphs.slice(0, 60);
		for (const width of [2, 5, 17, 60]) {
			for (const ambiguous of ['narrow', 'wide'] as const) {
				for (const paragraph of paragraphs) {
					const lines = wrap(paragraph, width, {ambiguous, firstLineIndent: 4});
					expect(wrapProblems(paragraph, width, lines, ambiguous)).toEqual([]);
				}
			}
		}
	});
});
