import {Unicode11Addon} from '@xterm/addon-unicode11';
import {Terminal} from '@xterm/headless';
import {describe, expect, test} from 'vitest';
import {layoutDocument} from '../../source/core/layout/layout-document.js';
import {processDocument} from '../../source/core/pipeline/process-document.js';
import {seedDocument, seedTexts} from './seed-paragraphs.js';

/** A headless terminal that measures like a real one (Unicode 11 widths). */
function terminal(cols: number, lines: number): Terminal {
	const term = new Terminal({cols, rows: 5, scrollback: lines + 10, allowProposedApi: true});
	term.loadAddon(new Unicode11Addon());
	term.unicode.activeVersion = '11';
	return term;
}

async function write(term: Terminal, data: string): Promise<void> {
	await new Promise<void>(resolve => {
		term.write(data, resolve);
	});
}

/** What the terminal shows for each written line: its rows' text, and whether it took more than one row. */
async function render(lines: readonly string[], cols: number): Promise<Array<{text: string; wrapped: boolean}>> {
	const term = terminal(cols, lines.length * 2);
	await write(term, lines.map(line => line + '\r\n').join(''));
	const buffer = term.buffer.active;
	const shown: Array<{text: string; wrapped: boolean}> = [];
	for (let row = 0; row < buffer.length && shown.length <= lines.length; row++) {
		const line = buffer.getLine(row)!;
		const text = line.translateToString(true);
		// A row the terminal wrapped onto continues the line written before it.
		if (line.isWrapped && shown.length > 0) {
			const last = shown.at(-1)!;
			shown[shown.length - 1] = {text: last.text + text, wrapped: true};
		} else {
			shown.push({text, wrapped: false});
		}
	}

	term.dispose();
	return shown.slice(0, lines.length);
}

describe('a real terminal emulator shows every laid-out line on one row', () => {
	test('the oracle notices a line one column too wide, or a wide character at the edge', async () => {
		const shown = await render(['一二三四五六七八九十', '一二三四五六七八九十a', 'a一二三四五六七八九十', '“一二三四五六七八九”'], 20);
		expect(shown.map(({wrapped}) => wrapped)).toEqual([false, true, true, false]);
	});

	test.each(seedTexts().map(seed => [seed.name, seed] as const))('%s', async (_name, seed) => {
		const document = seedDocument(seed);
		for (const width of [20, 41, 80]) {
			const layout = layoutDocument(document, {width, indent: 2, ambiguous: 'narrow'});
			// 002 is long: its first 1,500 lines are plenty for the oracle.
			const lines = layout.slice(0, 1500).map(line => line.text);
			const shown = await render(lines, width);
			const problems = lines
				.map((text, index) => ({written: text, shown: shown[index]?.text, wrapped: shown[index]?.wrapped}))
				.filter(({written, shown, wrapped}) => wrapped !== false || shown !== written.trimEnd());
			expect(problems, `width ${width}`).toEqual([]);
		}
	});
});

describe('emoji sequences terminals measure differently never overflow a row', () => {
	const sequences = ['👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '👩🏽‍💻', '🇨🇳', '❤️', '1️⃣', '😀'];

	test('the oracle sees a ZWJ sequence wider than string-width counts it', async () => {
		// Two columns by string-width (and yuelan's count before sanitizing): the row would overflow.
		const [shown] = await render(['一二三四五六七八九👨‍👩‍👧‍👦'], 20);
		expect(shown?.wrapped).toBe(true);
	});

	test('a document full of them, at widths that end rows on each', async () => {
		const text = sequences.map((sequence, index) => '疫情防控'.slice(0, index % 4) + sequence + 'a'.repeat(index % 3)).join('').repeat(12);
		const document = processDocument({id: 'emoji.txt', path: 'emoji.txt', text: `表情${sequences.join('')}\n\n${text}`, encoding: 'utf-8'});
		for (const width of [9, 10, 11, 20, 33]) {
			const lines = layoutDocument(document, {width, indent: 2, ambiguous: 'narrow'}).slice(0, 500).map(line => line.text);
			const shown = await render(lines, width);
			expect(shown.filter(({wrapped}) => wrapped), `width ${width}`).toEqual([]);
			expect(lines.some(line => line.includes('👨'))).toBe(true);
		}
	});
});
