import {render} from 'ink-testing-library';
import {afterEach, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {textWidth} from '../../source/core/layout/text-width.js';
import {App, type AppProps} from '../../source/ui/app.js';
import {documents, simpleLayout} from '../state/fixtures.js';
import {rows, waitForFrame} from './wait-for-frame.js';

const arrowDown = '\u001B[B';
const tab = '\t';
const enter = '\r';
const escape = '\u001B';

afterEach(() => {
	cleanup();
});

function renderApp(props: Partial<AppProps> = {}) {
	let exited = 0;
	const result = render(
		<App
			documents={documents}
			layoutDocument={simpleLayout}
			width={100}
			height={30}
			color={false}
			ambiguous="narrow"
			indent={2}
			onExit={() => {
				exited++;
			}}
			{...props}
		/>,
	);
	return {...result, exits: () => exited};
}

/** The reader pane's first row (right of the separator) in a split frame. */
const readerTop = (frame: string) => rows(frame)[0].split('│')[1] ?? '';

test('first frame: list, reader preview of the first document, status line with hints', async () => {
	const {lastFrame} = renderApp();
	const frame = await waitForFrame(lastFrame, f => f.includes('q quit'));
	const lines = rows(frame);
	expect(lines).toHaveLength(29);
	expect(lines[0]).toMatch(/^\* 北乡义镇抗疫纪实 +│北乡义镇抗疫纪实$/);
	expect(lines[28]).toMatch(/^北乡义镇抗疫纪实 · §0\/1 · 100% +Enter open {2}Tab pane {2}o outline {2}\/ search {2}\? help {2}q quit$/);
	for (const line of lines) {
		expect(textWidth(line)).toBeLessThanOrEqual(100);
	}
});

test('moving in the list previews the document at once', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write(arrowDown);
	await waitForFrame(lastFrame, f => readerTop(f) === '坚决打赢疫情防控的人民战争');
});

test("stdin.write('jjj') moves three lines", async () => {
	const {lastFrame, stdin} = renderApp({documents: [documents[1]]});
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write(tab);
	await waitForFrame(lastFrame, f => f.includes('Space page'));
	stdin.write('jjj');
	// Title, metadata and blank scroll away: the first heading is on top.
	const frame = await waitForFrame(lastFrame, f => readerTop(f) === '信心');
	expect(rows(frame)[1].split('│')[1]).toBe('');
	expect(rows(frame)[2].split('│')[1]).toBe('沧海横流,方显英雄本色0。');
});

test('Enter opens, ] jumps to the next section, the status line follows', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('j');
	stdin.write(enter);
	await waitForFrame(lastFrame, f => f.includes('] section'));
	stdin.write(']]');
	const frame = await waitForFrame(lastFrame, f => readerTop(f) === '责任');
	expect(rows(frame)[28]).toMatch(/^坚决打赢疫情防控的人民战争 · §2\/3 责任 · 80%/);
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

test('search titles: / types, Enter selects the hit', async () => {
	const {lastFrame, stdin} = renderApp();
	await waitForFrame(lastFrame, f => f.includes('q quit'));
	stdin.write('/');
	await waitForFrame(lastFrame, f => f.includes('Esc cancel'));
	stdin.write('净月');
	await waitForFrame(lastFrame, f => f.includes('/净月'));
	stdin.write(enter);
	await waitForFrame(lastFrame, f => readerTop(f) === '第五季净月微发现');
});

test('narrow terminal shows one pane; Tab switches; too small shows the message', async () => {
	const {lastFrame, stdin, rerender} = renderApp({width: 40, height: 12});
	const frame = await waitForFrame(lastFrame, f => f.includes('? help'));
	expect(rows(frame)[0]).toBe('* 北乡义镇抗疫纪实');
	expect(rows(frame)).toHaveLength(11);
	stdin.write(tab);
	await waitForFrame(lastFrame, f => rows(f)[0] === '北乡义镇抗疫纪实' && !f.includes('*'));
	rerender(
		<App documents={documents} layoutDocument={simpleLayout} width={15} height={5} color={false} ambiguous="narrow" indent={2} />,
	);
	await waitForFrame(lastFrame, f => f.includes('too s'));
});

test('resize keeps the reading position, not the line number', async () => {
	const props = {documents: [documents[1]], layoutDocument: simpleLayout, color: false, ambiguous: 'narrow', indent: 2} as const;
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
	const base = {layoutDocument: simpleLayout, width: 100, height: 30, color: false, ambiguous: 'narrow' as const, indent: 2};
	const {lastFrame, rerender, stdin} = render(<App {...base} documents={[]} />);
	await waitForFrame(lastFrame, frame => frame.includes('loading documents…'));
	rerender(<App {...base} documents={documents.slice(0, 1)} />);
	await waitForFrame(lastFrame, frame => frame.includes(documents[0]!.title));
	stdin.write('j');
	rerender(<App {...base} documents={documents} />);
	const frame = await waitForFrame(lastFrame, current => current.includes(documents.at(-1)!.title));
	expect(frame).not.toContain('loading documents…');
	stdin.write('j');
	await waitForFrame(lastFrame, current => readerTop(current).includes(documents[1]!.title));
});
