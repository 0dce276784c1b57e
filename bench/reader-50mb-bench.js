// The reader's keys on a 50 MB document (seed 002 repeated, through the real pipeline),
// as the app runs them (reducer, then the view of the new state): the first screen, G,
// g, page downs, ] and [; and the same keys on a 3 MB text with no line break (one
// block of a million characters). Layout is lazy in both directions, so no key lays
// out more than the blocks it shows. Goal: no key over 100 ms.
// Bundles the TypeScript sources with esbuild, so it needs no build step.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {importSources} from './bundle-sources.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const keyLimitMs = 100;
const targetBytes = 50 * 1024 * 1024;

async function loadModules() {
	return importSources([
		"export {layoutDocument} from './source/core/layout/layout-document.ts';",
		"export {createServices, envOf} from './source/state/services.ts';",
		"export {reduce} from './source/state/reduce.ts';",
		"export {readerView} from './source/state/selectors.ts';",
		"export {initialState} from './source/state/app-state.ts';",
		"export {reader} from './source/state/actions.ts';",
		"export {findDocuments} from './source/io/find-documents.ts';",
		"export {loadDocuments} from './source/io/load-documents.ts';",
	].join('\n'));
}

async function loadFile(file, {findDocuments, loadDocuments}) {
	for await (const document of loadDocuments(findDocuments([file]).files, () => {})) {
		return document;
	}

	throw new Error(`${file} did not load`);
}

function writeFiftyMegabytes(folder) {
	const seed = readFileSync(path.join(root, 'data/002_1bb37f89f56831bb.txt'), 'utf8');
	const file = path.join(folder, 'magazine-50mb.txt');
	writeFileSync(file, seed.repeat(Math.ceil(targetBytes / Buffer.byteLength(seed))));
	return file;
}

function writeOneLine(folder) {
	const sentence = '今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。Latin words, 2024 numbers and 30% units mix in: https://example.org/a/b 也要保持完整。';
	const file = path.join(folder, 'one-line-3mb.txt');
	writeFileSync(file, sentence.repeat(Math.ceil((3 * 1024 * 1024) / Buffer.byteLength(sentence))));
	return file;
}

/** Times each key as the app runs it on `document`; prints one line per key. */
function pressKeys(label, document, modules) {
	const {layoutDocument, createServices, envOf, reduce, readerView, initialState, reader} = modules;
	const env = envOf(createServices({layoutDocument, ambiguous: 'narrow', indent: 2, documents: [document]}), {columns: 100, rows: 30});
	let state = initialState({key: document.key});
	const keys = [];
	const press = (name, action) => {
		const started = performance.now();
		state = action ? reduce(state, reader(action), env) : state;
		const view = readerView(state, env);
		keys.push({name, ms: performance.now() - started, percent: view.percent});
	};

	press('open (first screen)');
	press('G', {type: 'bottom'});
	press('k', {type: 'scroll-lines', lines: -1});
	press('[', {type: 'previous-section'});
	press('g', {type: 'top'});
	for (let page = 1; page <= 5; page++) {
		press(`space ${page}`, {type: 'scroll-pages', pages: 1});
	}

	press(']', {type: 'next-section'});
	press('j', {type: 'scroll-lines', lines: 1});
	for (const key of keys) {
		console.log(`${label}: ${key.name.padEnd(20)} ${Math.round(key.ms).toString().padStart(5)} ms ${key.ms < keyLimitMs ? 'ok' : 'TOO SLOW'} (${key.percent}%)`);
	}

	return Math.max(...keys.map(key => key.ms));
}

/** Runs the benchmark, prints it and returns its numbers. */
export async function run() {
	const folder = mkdtempSync(path.join(tmpdir(), 'yuelan-reader-bench-'));
	try {
		const modules = await loadModules();
		const loadStarted = performance.now();
		const document = await loadFile(writeFiftyMegabytes(folder), modules);
		const loadMs = Math.round(performance.now() - loadStarted);
		console.log(`reader 50 MB: ${document.sections.length} sections, ${document.blocks.length} blocks, loaded in ${loadMs} ms (not a key)`);
		const slowest = pressKeys('reader 50 MB', document, modules);
		const oneLine = await loadFile(writeOneLine(folder), modules);
		console.log(`reader 3 MB one line: ${oneLine.blocks.length} blocks, the longest ${Math.max(...oneLine.blocks.map(block => block.text.length))} characters`);
		const slowestOneLine = pressKeys('reader 3 MB one line', oneLine, modules);
		return {loadMs, slowestKey50MbMs: Math.round(slowest), slowestKeyOneLineMs: Math.round(slowestOneLine), keysWithinLimit: Math.max(slowest, slowestOneLine) < keyLimitMs};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
