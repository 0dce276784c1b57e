import {render} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {textWidth} from '../../source/core/layout/text-width.js';
import {initialState} from '../../source/state/app-state.js';
import {App, type AppProps} from '../../source/ui/app.js';
import type {Document} from '../../source/core/document.js';
import {documents, makeDocument, testServices} from '../state/fixtures.js';
import {messageTables} from '../../source/state/messages/messages.js';
import {rows, waitForFrame} from './wait-for-frame.js';

const arrowDown = '\u001B[B';
const tab = '\t';
const enter = '\r';
const escape = '\u001B';

afterEach(() => {
	cleanup();
});

function renderApp(props: Partial<AppProps> & {readonly documents?: readonly Document[]} = {}) {
	let exited = 0;
	const {documents: shown = documents, ...rest} = props;
	const services = testServices(shown);
	const result = render(
		<App
			services={services}
			width={100}
			height={30}
			color={false}
			onExit={() => {
				exited++;
			}}
			{...rest}
		/>,
	);
	return {...result, services, exits: () => exited};
}

/** The reader pane's first row (right of the separator) in a split frame. */
const readerTop = (frame: string) => rows(frame)[0]?.split('│')[1] ?? '';

test('first frame: list, reader preview of the first document, status line with hints', async () => {
	const {lastFrame} = renderApp();
	const frame = await waitForFrame(lastFrame, f => f.includes('q quit'));
	const lines = rows(frame);
	expect(lines).toHaveLength(29);
	expect(lines[0]).toMatch(/^\* 北乡义镇抗疫纪实 +│北乡义镇抗疫纪实$/);
	// In the list, the position is the document's place among all of them.
	expect(lines[28]).toMatch(new RegExp(`^北乡义镇抗疫纪实 · 1/${documents.length} +Enter open {2}Tab pane {2}o outline {2}/ search {2}\\? help {2}q quit$`));
	for (const line of lines) {
		expect(textWidth(line)).toBeLessThanOrEqual(100);
	}
});

test('moving in the list previews the document at once', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write(arrowDown);
	const frame = await waitForFrame(lastFrame, f => readerTop(f) === '坚决打赢疫情防控的人民战争');
	expect(rows(frame)[28]).toMatch(new RegExp(`^坚决打赢疫情防控的人民战争 · 2/${documents.length} `));
});

test("stdin.write('jjj') moves three lines", async () => {
	const {lastFrame, stdin} = renderApp({documents: [documents[1]]});
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write(tab);
	await waitForFrame(lastFrame, f => f.includes('Space page'));
	stdin.write('jjj');
	// Title, metadata and blank scroll away: the first heading is on top.
	const frame = await waitForFrame(lastFrame, f => readerTop(f) === '信心');
	expect(rows(frame)[1]?.split('│')[1]).toBe('');
	expect(rows(frame)[2]?.split('│')[1]).toBe('沧海横流,方显英雄本色0。');
});

test('Esc and any key in one write both count: Esc / searches afresh, Esc Space leaves the reader and pages the list', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('/疫');
	await waitForFrame(lastFrame, f => rows(f)[28]!.startsWith('/疫'));
	// Esc closes the box and / opens a new one: the query is empty, not '疫/'.
	stdin.write(`${escape}/`);
	const again = await waitForFrame(lastFrame, f => /^\/ +Esc cancel$/.test(rows(f)[28]!));
	expect(rows(again)[28]).not.toContain('疫');
	stdin.write(escape);
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write(`j${tab}j`);
	await waitForFrame(lastFrame, f => f.includes('Space page') && rows(f)[28]!.startsWith('坚决打赢') && readerTop(f) !== '坚决打赢疫情防控的人民战争');
	// Esc goes back to the list; Space there pages it, to the last of the three documents.
	stdin.write(`${escape} `);
	await waitForFrame(lastFrame, f => rows(f)[28]!.includes(`3/${documents.length}`));
});

test('Enter opens, ] jumps to the next section, the status line follows', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('j');
	stdin.write(enter);
	await waitForFrame(lastFrame, f => f.includes('] section'));
	stdin.write(']]');
	const frame = await waitForFrame(lastFrame, f => readerTop(f) === '责任');
	expect(rows(frame)[28]).toMatch(/^坚决打赢疫情防控的人民战争 · 责任 · §2\/3 · 80%/);
});

test('outline: o opens it, j and Enter jump', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('jo');
	await waitForFrame(lastFrame, f => f.includes('Outline (3)'));
	stdin.write('jj');
	stdin.write(enter);
	await waitForFrame(lastFrame, f => readerTop(f) === '仁爱');
});

test('help is generated from the keymap and Esc closes it', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('?');
	await waitForFrame(lastFrame, f => f.includes('Scroll down one line'));
	stdin.write(escape);
	await waitForFrame(lastFrame, f => !f.includes('Scroll down one line'));
});

test('search: / types, results with counts and snippets, the reader previews the hit, Enter opens it', async () => {
	const {lastFrame, stdin, services} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	await services.search.indexed();
	stdin.write('/');
	await waitForFrame(lastFrame, f => f.includes('Esc cancel') && f.includes('Type to search'));
	stdin.write('净月');
	const frame = await waitForFrame(lastFrame, f => f.includes('/净月') && f.includes('1 hit in 1 document'));
	expect(rows(frame)[1]).toMatch(/^> 第五季净月微发现/);
	stdin.write(enter);
	const opened = await waitForFrame(lastFrame, f => rows(f)[0]!.includes('第五季净月微发现') && f.includes('hit 1/1'));
	expect(opened).not.toContain('Type to search');
	// A body hit: the preview starts at its line, the match drawn inverse.
	stdin.write('/支部是');
	const preview = await waitForFrame(lastFrame, f => f.includes('1 hit in 1 document') && f.includes('支部是堡垒'));
	expect(rows(preview)[0]!.split('│')[1]).toContain('支部是堡垒');
});

test('search: no match is said plainly; Esc goes back to exactly where the reader was', async () => {
	const {lastFrame, stdin, services} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	await services.search.indexed();
	stdin.write(arrowDown + tab + ']]');
	const before = await waitForFrame(lastFrame, f => readerTop(f) === '责任');
	stdin.write('/疫');
	await waitForFrame(lastFrame, f => /\d+ hits in 2 documents/.test(f));
	stdin.write(arrowDown);
	await waitForFrame(lastFrame, f => readerTop(f) !== '责任');
	stdin.write('火星');
	await waitForFrame(lastFrame, f => f.includes('no match'));
	stdin.write(escape);
	const after = await waitForFrame(lastFrame, f => !f.includes('Esc cancel') && readerTop(f) === '责任');
	expect(after).toBe(before);
});

test('the reader listens to the index only while the search box is open or n/N have hits to step through: indexing redraws nothing otherwise', async () => {
	const services = testServices();
	let listening = 0;
	const search = {
		...services.search,
		subscribe(listener: () => void) {
			listening++;
			const stop = services.search.subscribe(listener);
			return () => {
				listening--;
				stop();
			};
		},
	};
	const {lastFrame, stdin} = render(<App services={{...services, search}} width={100} height={30} color={false} />);
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	expect(listening).toBe(0);
	stdin.write('/疫');
	await waitForFrame(lastFrame, f => f.includes('Esc cancel') && f.includes('疫'));
	expect(listening).toBe(1);
	stdin.write(escape);
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	// React lets go of a subscription in an effect, just after the frame.
	for (const deadline = Date.now() + 2000; listening > 0 && Date.now() < deadline;) {
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}

	expect(listening).toBe(0);
});

test('search: n and N step through the hits across documents, the status line counts them', async () => {
	const {lastFrame, stdin, services} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	await services.search.indexed();
	stdin.write('/疫');
	await waitForFrame(lastFrame, f => f.includes('/疫') && f.includes('hits in'));
	stdin.write(enter);
	const total = services.search.find('疫').hits.length;
	await waitForFrame(lastFrame, f => f.includes(`hit 1/${total}`));
	stdin.write('n');
	await waitForFrame(lastFrame, f => f.includes(`hit 2/${total}`));
	stdin.write('N');
	await waitForFrame(lastFrame, f => f.includes(`hit 1/${total}`));
	stdin.write('N');
	await waitForFrame(lastFrame, f => f.includes(`hit ${total}/${total}`));
});

test('documents that finish loading after a query is typed show up in its results', async () => {
	const {lastFrame, stdin, services} = renderApp({documents: documents.slice(0, 1)});
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('/净月');
	await waitForFrame(lastFrame, f => f.includes('no match'));
	services.documents.add(documents.slice(1));
	await waitForFrame(lastFrame, f => f.includes('1 hit in 1 document'));
});

test('narrow terminal shows one pane; Tab switches; too small shows the message', async () => {
	const {lastFrame, stdin, rerender, services} = renderApp({width: 40, height: 12});
	const frame = await waitForFrame(lastFrame, f => f.includes('? help'));
	expect(rows(frame)[0]).toBe('* 北乡义镇抗疫纪实');
	expect(rows(frame)).toHaveLength(11);
	stdin.write(tab);
	await waitForFrame(lastFrame, f => rows(f)[0] === '北乡义镇抗疫纪实' && !f.includes('*'));
	rerender(<App services={services} width={15} height={5} color={false} />);
	await waitForFrame(lastFrame, f => f.includes('too s'));
});

test('resize keeps the reading position, not the line number', async () => {
	const props = {services: testServices([documents[1]]), color: false} as const;
	const {lastFrame, stdin, rerender} = render(<App {...props} width={100} height={30} />);
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('\t]]');
	await waitForFrame(lastFrame, f => readerTop(f) === '责任');
	rerender(<App {...props} width={60} height={20} />);
	await waitForFrame(lastFrame, f => rows(f)[0] === '责任');
});

test('q quits once', async () => {
	const {lastFrame, stdin, exits} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('q');
	await waitForFrame(lastFrame, () => exits() === 1);
});

test('documents that arrive while the reader is open join the list; the cursor stays', async () => {
	const services = testServices([]);
	const {lastFrame, stdin} = render(<App services={services} width={100} height={30} color={false} />);
	await waitForFrame(lastFrame, frame => frame.includes('loading documents…'));
	services.documents.add(documents.slice(0, 1));
	await waitForFrame(lastFrame, frame => frame.includes(documents[0].title));
	stdin.write('j');
	services.documents.add(documents.slice(1));
	const frame = await waitForFrame(lastFrame, current => current.includes(documents.at(-1)!.title));
	expect(frame).not.toContain('loading documents…');
	stdin.write('j');
	await waitForFrame(lastFrame, current => readerTop(current).includes(documents[1].title));
});

test('streaming: each document shows as it arrives, and keys work between arrivals', async () => {
	const services = testServices([]);
	const {lastFrame, stdin} = render(<App services={services} width={100} height={30} color={false} />);
	await waitForFrame(lastFrame, frame => frame.includes('loading documents…'));
	for (const [index, document] of documents.entries()) {
		services.documents.add([document]);
		// The document joins the list while the others are still to come.
		const frame = await waitForFrame(lastFrame, current => current.includes(document.title));
		for (const later of documents.slice(index + 1)) {
			expect(frame).not.toContain(later.title);
		}

		// The cursor follows to the newest: the reader previews it.
		stdin.write('G');
		await waitForFrame(lastFrame, current => readerTop(current) === document.title);
	}
});

test('state changes reach onStateChange; quitting reports status 0', async () => {
	const seen: string[] = [];
	let status: number | undefined;
	const {lastFrame, stdin} = render(
		<App
			services={testServices()}
			width={100}
			height={30}
			color={false}
			onStateChange={state => seen.push(`${state.focus}:${state.reader.open ?? ''}`)}
			onExit={code => {
				status = code;
			}}
		/>,
	);
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('j');
	await waitForFrame(lastFrame, () => seen.length === 1);
	stdin.write(tab);
	await waitForFrame(lastFrame, () => seen.length === 2);
	expect(seen).toEqual([`list:${documents[1].key}`, `reader:${documents[1].key}`]);
	stdin.write('q');
	await waitForFrame(lastFrame, () => status === 0);
});

test('starts where initialState says, e.g. a restored position', async () => {
	const {lastFrame} = renderApp({initialState: initialState({key: documents[1].key})});
	const frame = await waitForFrame(lastFrame, f => f.includes('] section'));
	expect(readerTop(frame)).toBe(documents[1].title);
	expect(rows(frame)[2]).toMatch(/^\* 坚决打赢/);
});

test('the whole reader speaks the language it is given: hints, help, search header', async () => {
	const {lastFrame, stdin} = renderApp({messages: messageTables['zh-Hans']});
	await waitForFrame(lastFrame, f => f.includes('? 帮助'));
	stdin.write('?');
	const help = await waitForFrame(lastFrame, f => f.includes('向下滚动一行'));
	expect(help).not.toMatch(/Scroll down|Page down|quit/u);
	stdin.write('q');
	await waitForFrame(lastFrame, f => f.includes('? 帮助'));
	stdin.write('/');
	await waitForFrame(lastFrame, f => f.includes('输入以搜索'));
	stdin.write('没有这个词组合');
	await waitForFrame(lastFrame, f => f.includes('没有匹配'));
});

test('an empty file says so in the reader, in the interface language', async () => {
	const empty = makeDocument('空白', []);
	for (const [language, words] of [['en', '(empty file)'], ['zh-Hant', '（空檔案）']] as const) {
		const {lastFrame, unmount} = renderApp({documents: [empty], messages: messageTables[language]});
		const frame = await waitForFrame(lastFrame, f => f.includes(words));
		expect(readerTop(frame)).toBe('空白');
		unmount();
	}
});

test.each(['en', 'zh-Hans', 'zh-Hant'] as const)('at 40×12 in %s the status line keeps the position and the help hint, in the list and the reader', async (language) => {
	const messages = messageTables[language];
	const helpHint = `? ${messages['hint.help']}`;
	const {lastFrame, stdin} = renderApp({width: 40, height: 12, messages});
	const status = (frame: string) => rows(frame)[10] ?? '';
	const list = await waitForFrame(lastFrame, f => status(f).includes(helpHint));
	expect(status(list)).toContain(`1/${documents.length}`);
	stdin.write(enter);
	const reading = await waitForFrame(lastFrame, f => /\d+%/u.test(status(f)));
	expect(status(reading)).toContain(helpHint);
	for (const frame of [list, reading]) {
		for (const line of rows(frame)) {
			expect(textWidth(line)).toBeLessThanOrEqual(40);
		}
	}
});

test('& narrows the list as you type; the status line shows the text and how many documents it lets through', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('&');
	await waitForFrame(lastFrame, f => rows(f)[28]!.startsWith('&'));
	stdin.write('人民');
	const frame = await waitForFrame(lastFrame, f => rows(f)[28]!.startsWith('&人民'));
	const list = rows(frame).slice(0, 28).map(line => line.split('│')[0]!.trim()).filter(Boolean);
	expect(list).toEqual(['* 坚决打赢疫情防控的人民战争', '2022-04-13 · 新华社']);
	expect(rows(frame)[28]).toMatch(/^&人民 · 1 +Enter keep {2}Esc cancel$/u);
	stdin.write('没有这种');
	const none = await waitForFrame(lastFrame, f => rows(f)[28]!.startsWith('&人民没有这种'));
	expect(rows(none)[0]!.split('│')[0]!.trim()).toBe('no document matches');
});

test('a document listed before its text came: the reader says it is loading, then shows it when it arrives', async () => {
	const [first, second] = documents;
	const services = testServices([]);
	services.documents.add([first!, second!].map(({key, id, path, title, date, author, source, script}) => ({key, id, path, title, date, author, source, script})), {done: 0, total: 2});
	const {lastFrame, stdin} = render(<App services={services} width={100} height={30} color={false} onExit={() => undefined} />);
	await waitForFrame(lastFrame, f => rows(f)[0]!.includes(first!.title));
	stdin.write(enter);
	const waiting = await waitForFrame(lastFrame, f => readerTop(f).includes('Loading…'));
	expect(rows(waiting)[28]).toMatch(new RegExp(`^${first!.title} · 0 / 2 `));
	services.documents.add([first!], {done: 1, total: 2});
	const arrived = await waitForFrame(lastFrame, f => readerTop(f) === first!.title);
	expect(arrived).not.toContain('Loading…');
});
