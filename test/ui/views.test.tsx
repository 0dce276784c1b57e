import {render} from 'ink-testing-library';
import {describe, expect, test} from 'vitest';
import {textWidth} from '../../source/core/layout/text-width.js';
import {DocumentList} from '../../source/ui/document-list.js';
import {HelpScreen} from '../../source/ui/help-screen.js';
import {OutlinePanel} from '../../source/ui/outline-panel.js';
import {ReaderPane} from '../../source/ui/reader-pane.js';
import {statusText} from '../../source/ui/status-line.js';
import {TooSmall} from '../../source/ui/too-small.js';
import {keymap, type KeyBinding} from '../../source/state/keymap.js';
import {createDocumentStore} from '../../source/state/document-store.js';
import {documents, makeDocument, simpleLayout} from '../state/fixtures.js';
import {documentKey} from '../../source/core/document-key.js';
import {en} from '../../source/state/messages/en.js';
import {languages} from '../../source/state/messages/language.js';
import {messageTables} from '../../source/state/messages/messages.js';

const documentSet = createDocumentStore(documents).snapshot();
import {rows} from './wait-for-frame.js';

describe('document list', () => {
	test('two rows per document, open one marked, nothing wider than the pane', () => {
		const {lastFrame} = render(
			<DocumentList documents={documentSet} selected={1} open={1} focused width={16} height={6} ambiguous="narrow" empty="…" />,
		);
		const frame = rows(lastFrame()!);
		expect(frame).toEqual(['  北乡义镇抗疫…', '  2022-04-13 · …', '* 坚决打赢疫情…', '  2022-04-13 · …', '  第五季净月微…', '  2022-04-13 · …']);
		for (const row of frame) {
			expect(textWidth(row)).toBeLessThanOrEqual(16);
		}
	});

	test('scrolls to keep the cursor in view', () => {
		const {lastFrame} = render(
			<DocumentList documents={documentSet} selected={2} open={2} focused={false} width={30} height={2} ambiguous="narrow" empty="…" />,
		);
		expect(rows(lastFrame()!)[0]).toBe('* 第五季净月微发现');
	});
});

test('reader pane shows the given lines, cut by display width', () => {
	const lines = simpleLayout(documents[1], {width: 20, indent: 2, ambiguous: 'narrow'}).slice(0, 4);
	const {lastFrame} = render(<ReaderPane lines={lines} width={20} height={4} color={false} ambiguous="narrow" />);
	expect(rows(lastFrame()!)).toEqual(['坚决打赢疫情防控的人', '2022-04-13 · 新华社', '', '信心']);
});

test.each([
	['Latin longer than the pane', 'abcdefghijklmnopqrstuvwxyz', 'abcdefghi…'],
	['Chinese twice as wide', '中文中文中文中文中文中文', '中文中文…'],
	['half-width Chinese, exactly the width', '中文中文中', '中文中文中'],
	['a tab, wider than two columns', '\t中文中文', '中文…'],
])('reader pane cuts a row wider than the pane: %s', (_, text, expected) => {
	const line = {text, kind: 'paragraph' as const, block: 0, start: 0, end: text.length, indentWidth: 0};
	const {lastFrame} = render(<ReaderPane lines={[line]} width={10} height={1} color={false} ambiguous="narrow" />);
	const [row] = rows(lastFrame()!);
	expect(row!.trimStart()).toBe(expected);
	expect(textWidth(row!)).toBeLessThanOrEqual(10);
});

test('outline indents by level and shows the cursor', () => {
	const sections = [{level: 1, title: '信心', block: 0}, {level: 2, title: '细节', block: 3}].map((section, index) => ({section, index}));
	const {lastFrame} = render(<OutlinePanel sections={sections} total={2} filter="" cursor={1} width={20} height={4} ambiguous="narrow" messages={en} />);
	expect(rows(lastFrame()!).slice(0, 3)).toEqual(['Outline (2)', '1. 信心', '  2. 细节']);
	const filtered = render(<OutlinePanel sections={sections.slice(1)} total={2} filter="细" cursor={0} width={20} height={4} ambiguous="narrow" messages={messageTables['zh-Hant']} />);
	expect(rows(filtered.lastFrame()!).slice(0, 2)).toEqual(['目錄 (1/2) 细', '  2. 细节']);
});

test('help scrolls on a short terminal and says there is more', () => {
	const top = render(<HelpScreen width={40} height={8} top={0} ambiguous="narrow" messages={en} />);
	expect(rows(top.lastFrame()!)[0]).toBe('Reader');
	expect(rows(top.lastFrame()!)[7]).toMatch(/^ {2}… j\/k for more \(7\/\d+\)$/);
	const scrolled = render(<HelpScreen width={40} height={8} top={999} ambiguous="narrow" messages={en} />);
	// The help's last binding, G for its end; the descriptions are cut at the width, by display columns.
	expect(rows(scrolled.lastFrame()!).at(-1)).toMatch(/^ {2}G End +Go to the bo/);
});

test.each(languages)('help in %s lists every binding of the keymap, in that language', (language) => {
	const messages = messageTables[language];
	const {lastFrame} = render(<HelpScreen width={80} height={90} top={0} ambiguous="narrow" messages={messages} />);
	const frame = lastFrame()!;
	for (const binding of keymap as readonly KeyBinding[]) {
		expect(frame).toContain(messages[binding.description]);
	}

	expect(rows(frame)[0]).toBe(messages['context.reader']);
	expect(frame).toContain('j Down');
	expect(frame).toContain('q Ctrl-C');
});

test('Chinese help lines are cut by display width on a narrow terminal', () => {
	const {lastFrame} = render(<HelpScreen width={24} height={8} top={0} ambiguous="narrow" messages={messageTables['zh-Hant']} />);
	const frame = rows(lastFrame()!);
	expect(frame[7]).toMatch(/^ {2}… 用 j\/k 看更多（7\/\d+/u);
	for (const row of frame) {
		expect(textWidth(row)).toBeLessThanOrEqual(24);
	}
});

test('documents with the same title are told apart by their ids', () => {
	const twins = [makeDocument('第一章 春天', ['正文。'], {id: 'a/春.txt', key: documentKey('/a/春.txt')}), makeDocument('第一章 春天', ['正文。'], {id: 'b/春.txt', key: documentKey('/b/春.txt')}), makeDocument('别的', ['正文。'])];
	const {lastFrame} = render(<DocumentList documents={createDocumentStore(twins).snapshot()} selected={0} open={-1} focused width={40} height={6} ambiguous="narrow" empty="…" />);
	const frame = rows(lastFrame()!);
	expect(frame[1]).toBe('  a/春.txt · 2022-04-13 · 新华社');
	expect(frame[3]).toBe('  b/春.txt · 2022-04-13 · 新华社');
	// A title no other document has keeps its row as it was.
	expect(frame[5]).toBe('  2022-04-13 · 新华社');
});

test('too small', () => {
	const {lastFrame} = render(<TooSmall width={15} height={5} messages={en} />);
	expect(rows(lastFrame()!).slice(0, 3)).toEqual(['Terminal too s…', '15x5, need 20x6', 'q quits']);
	const chinese = render(<TooSmall width={15} height={5} messages={messageTables['zh-Hans']} />);
	expect(rows(chinese.lastFrame()!).slice(0, 3)).toEqual(['终端太小', '15x5，至少需要…', '按 q 退出']);
});

test.each([
	['title', '37%', ['q quit'], 20, 'title · 37%   q quit'],
	['title', '37%', ['q quit', '? help'], 20, 'title · 37%   ? help'],
	// The title gives way first (down to 40% of the width), then hints other than help; the position stays.
	['北乡义镇抗疫纪实', '37%', ['q quit'], 12, '北乡… · 37% '],
	['北乡义镇抗疫纪实', '§1/3 · 37%', ['Enter open', 'Tab pane', '? help'], 40, '北乡义镇抗疫纪实 · §1/3 · 37%     ? help'],
	['x', '', [], 10, 'x         '],
	['我的战“疫”故事｜驻珲春重点边境村第一书记抗“疫”不缺席', '', ['Esc close'], 40, '我的战“疫”故事｜驻珲春重点边…  Esc close'],
	// The section title is cut before the percentage is.
	['北乡义镇抗疫纪实 · 一名党员就是一面旗帜', '§2/3 · 43%', ['? help', 'Space page', '] section'], 80, '北乡义镇抗疫纪实 · 一名党员就是一面… · §2/3 · 43%  ? help  Space page  ] section'],
	['北乡义镇抗疫纪实 · 一名党员就是一面旗帜', '§2/3 · 43%', ['? help', 'Space page', '] section'], 40, '北乡义镇抗疫纪实… · §2/3 · 43%    ? help'],
	// Help is the last hint to go; then the label; the position is the last of all.
	['我的战“疫”故事', '3/2,480', ['? help', 'Enter open'], 24, '我的… · 3/2,480   ? help'],
	['我的战“疫”故事', '3/2,480', ['? help'], 10, '3/2,480   '],
	['我的战“疫”故事', '§12/97 · 100%', ['? help'], 8, '§12/97 …'],
	// In an overlay the way out outlasts the label as help does elsewhere (the help screen at 40×12 while files load).
	['君其深不因定，申推多名也拍', '286 / 2,480 · §0/1 · 3%', ['Esc close', 'Tab pane', '/ search'], 40, '君… · 286 / 2,480 · §0/1 · 3%  Esc close'],
	['研究与交流 2020年第3期', '§0/91 · 1%', ['Enter jump', 'Esc close'], 30, '研究… · §0/91 · 1%   Esc close'],
])('status text %j %j %j at %i', (label, position, hints, width, expected) => {
	const text = statusText({label, position}, hints.map(hint => ({text: hint, hint: hint.endsWith('help') ? 'hint.help' : hint.endsWith('close') ? 'hint.close' : 'hint.open'} as const)), width, 'narrow');
	expect(text).toBe(expected);
	expect(textWidth(text)).toBe(width);
});

describe('search results', () => {
	test('a long section gives way in a narrow pane, never the " · " that tells it from the snippet; a cut snippet starts with …', async () => {
		const {SearchResults} = await import('../../source/ui/search-results.js');
		const paragraph = '全州有五百六十四名贫困村驻村干部，其中驻村第一书记一百八十九人。';
		const document = makeDocument('驻村', ['# 长春——驻村干部守在百姓身边', paragraph]);
		const start = paragraph.indexOf('第一书记');
		const hit = {key: document.key, kind: 'exact', field: 'paragraph', block: 1, start, end: start + 4, offset: 0} as const;
		const hits = {length: 1, at: () => hit, slice: () => [hit], inDocument: () => [hit]};
		const {lastFrame} = render(
			<SearchResults query="第一书记" found={{hits, documents: 1, searched: 1, loaded: 1, nearMissCap: undefined}} cursor={0} documents={createDocumentStore([document]).snapshot()} width={30} height={5} ambiguous="narrow" messages={en} />,
		);
		const second = rows(lastFrame()!)[2]!;
		expect(second).toMatch(/^ {2}长春… · …/u);
		expect(second).toContain('驻村第一书');
		expect(textWidth(second)).toBeLessThanOrEqual(30);
	});

	test.each([
		[undefined, '1 hit in 1 document'],
		[2000, '1 hit in 1 document (near misses: first 2,000 places only)'],
	])('the header says when near misses were left out (cap %s)', async (nearMissCap, header) => {
		const {resultsHeader} = await import('../../source/ui/search-results.js');
		const hit = {key: documentKey('/a.txt'), kind: 'fuzzy', field: 'paragraph', block: 0, start: 0, end: 2, offset: 0} as const;
		const hits = {length: 1, at: () => hit, slice: () => [hit], inDocument: () => [hit]};
		expect(resultsHeader('疫情防空', {hits, documents: 1, searched: 1, loaded: 1, nearMissCap}, en)).toBe(header);
	});

	test('hits in documents of one title are told apart by their ids, as the list tells them', async () => {
		const {SearchResults} = await import('../../source/ui/search-results.js');
		const spring = ['a', 'b'].map(folder => ({...makeDocument('第一章 春天', ['春天来了。']), key: documentKey(`/${folder}/chapter.txt`), id: `${folder}/chapter.txt`}));
		const other = makeDocument('北乡义镇', ['春天来了。']);
		const hitIn = (document: typeof other) => ({key: document.key, kind: 'exact', field: 'paragraph', block: 0, start: 0, end: 2, offset: 0} as const);
		const all = [hitIn(spring[0]!), hitIn(spring[1]!), hitIn(other)];
		const hits = {length: all.length, at: (index: number) => all[index], slice: (from: number, to: number) => all.slice(from, to), inDocument: () => []};
		const {lastFrame} = render(
			<SearchResults query="春天" found={{hits, documents: 3, searched: 3, loaded: 3, nearMissCap: undefined}} cursor={0} documents={createDocumentStore([...spring, other]).snapshot()} width={40} height={8} ambiguous="narrow" messages={en} />,
		);
		const titles = rows(lastFrame()!).slice(1, 7).filter((_row, index) => index % 2 === 0).map(row => row.trim());
		expect(titles).toEqual(['> 第一章 春天 · a/chapter.txt', '第一章 春天 · b/chapter.txt', '北乡义镇']);
	});
});
