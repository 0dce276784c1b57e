// Layout speed: the first screen of a 3 MB single-paragraph text, and re-wrapping
// the largest seed document (002) at new widths. Bundles the TypeScript layout
// module with esbuild into a temporary folder, so it needs no build step.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {importSources} from './bundle-sources.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Limits from the issue, in milliseconds. */
const limits = {firstScreen: 200, rewrap: 100};

async function loadLayout() {
	return (await importSources("export {layoutDocument} from './source/core/layout/layout-document.ts';")).layoutDocument;
}

function documentOf(title, blocks) {
	return {
		id: title, path: title, title, date: null, author: null, source: null,
		format: 'text', encoding: 'utf-8', script: 'simplified', blocks, sections: [], chars: 0,
	};
}

/** About 3 MB of UTF-8: one paragraph of Chinese running text with punctuation, quotes and numbers. */
function hugeParagraph() {
	const sentence = '凭坚定的信心夺取疫情防控人民战争的最终胜利，自信者强，自强者胜。“硬核”条件与力量、2020年5月9日共150多人……';
	const repeats = Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(sentence));
	return sentence.repeat(repeats);
}

function seedParagraphs() {
	const text = readFileSync(path.join(root, 'data/002_1bb37f89f56831bb.txt'), 'utf8');
	return text.replaceAll('\r\n', '\n').split(/\n[ \t]*\n/)
		.map(paragraph => paragraph.replaceAll('\n', '').trim())
		.filter(paragraph => paragraph !== '');
}

function time(action) {
	const started = performance.now();
	const value = action();
	return {milliseconds: Math.round((performance.now() - started) * 10) / 10, value};
}

async function measure() {
	const layoutDocument = await loadLayout();
	const huge = documentOf('3 MB', [{kind: 'paragraph', text: hugeParagraph()}]);
	const firstScreen = time(() => layoutDocument(huge, {width: 80, indent: 2, ambiguous: 'narrow'}).slice(0, 50));
	const hugeFull = time(() => layoutDocument(huge, {width: 80, indent: 2, ambiguous: 'narrow'}).lineCount());

	const [title, ...rest] = seedParagraphs();
	const seed = documentOf(title, rest.map(text => ({kind: 'paragraph', text})));
	const cold = time(() => layoutDocument(seed, {width: 80, indent: 2, ambiguous: 'narrow'}).lineCount());
	const rewrap60 = time(() => layoutDocument(seed, {width: 60, indent: 2, ambiguous: 'narrow'}).lineCount());
	const rewrap100 = time(() => layoutDocument(seed, {width: 100, indent: 2, ambiguous: 'narrow'}).lineCount());
	return {
		firstScreen3MegabytesMs: firstScreen.milliseconds,
		fullLayout3MegabytesMs: hugeFull.milliseconds,
		fullLayout3MegabytesLines: hugeFull.value,
		seed002FirstLayoutMs: cold.milliseconds,
		seed002Rewrap60Ms: rewrap60.milliseconds,
		seed002Rewrap100Ms: rewrap100.milliseconds,
		seed002Lines60: rewrap60.value,
		meetsFirstScreen: firstScreen.milliseconds < limits.firstScreen,
		meetsRewrap: Math.max(rewrap60.milliseconds, rewrap100.milliseconds) < limits.rewrap,
	};
}

function report(result) {
	const mark = ok => (ok ? 'ok' : 'TOO SLOW');
	console.log(`layout: first screen of a 3 MB paragraph   ${result.firstScreen3MegabytesMs} ms (limit ${limits.firstScreen} ms) ${mark(result.meetsFirstScreen)}`);
	console.log(`layout: full layout of the 3 MB paragraph  ${result.fullLayout3MegabytesMs} ms, ${result.fullLayout3MegabytesLines} lines`);
	console.log(`layout: 002 first layout at 80 columns     ${result.seed002FirstLayoutMs} ms`);
	console.log(`layout: 002 re-wrap at 60 / 100 columns    ${result.seed002Rewrap60Ms} / ${result.seed002Rewrap100Ms} ms (limit ${limits.rewrap} ms) ${mark(result.meetsRewrap)}`);
}

/** Runs the layout benchmarks, prints them and returns their numbers. */
export async function run() {
	const result = await measure();
	report(result);
	return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
