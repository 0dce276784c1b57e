// The reader's keys on a 50 MB document (seed 002's paragraphs repeated): the first
// screen, the first line and page down (laid out only as far as shown), and G (the
// bottom, which still lays out the whole document). Goal: no key over 100 ms.
// Bundles the TypeScript layout and scroll modules with esbuild, so it needs no build step.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const keyLimitMs = 100;
const targetBytes = 50 * 1024 * 1024;

async function loadModules() {
	const folder = mkdtempSync(path.join(tmpdir(), 'yuelan-reader-bench-'));
	const entry = path.join(folder, 'entry.ts');
	writeFileSync(entry, [
		`export {layoutDocument} from ${JSON.stringify(path.join(root, 'source/core/layout/layout-document.ts'))};`,
		`export {scrollBy, bottomPosition} from ${JSON.stringify(path.join(root, 'source/state/scroll.ts'))};`,
	].join('\n'));
	const outfile = path.join(folder, 'modules.js');
	await build({entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning'});
	const modules = await import(pathToFileURL(outfile).href);
	rmSync(folder, {recursive: true, force: true});
	return modules;
}

function fiftyMegabytes() {
	const text = readFileSync(path.join(root, 'data/002_1bb37f89f56831bb.txt'), 'utf8');
	const paragraphs = text.replaceAll('\r\n', '\n').split(/\n[ \t]*\n/).map(paragraph => paragraph.replaceAll('\n', '').trim()).filter(Boolean);
	const blocks = [];
	for (let bytes = 0, index = 0; bytes < targetBytes; index++) {
		const paragraph = paragraphs[index % paragraphs.length];
		blocks.push({kind: 'paragraph', text: paragraph});
		bytes += Buffer.byteLength(paragraph);
	}

	return {id: '50mb', path: '50mb', title: '50 MB', date: null, author: null, source: null, format: 'text', encoding: 'utf-8', script: 'simplified', blocks, sections: [], chars: 0};
}

function time(action) {
	const started = performance.now();
	const value = action();
	return {ms: Math.round(performance.now() - started), value};
}

/** Runs the benchmark, prints it and returns its numbers. */
export async function run() {
	const {layoutDocument, scrollBy, bottomPosition} = await loadModules();
	const document = fiftyMegabytes();
	const height = 29;
	const layout = layoutDocument(document, {width: 70, indent: 2, ambiguous: 'narrow'});
	const head = {block: -1, offset: 0};
	const firstScreen = time(() => layout.slice(0, height));
	const lineDown = time(() => scrollBy(layout, head, 1, height));
	const pageDown = time(() => scrollBy(layout, lineDown.value, height, height));
	const bottom = time(() => bottomPosition(layout, height));
	const result = {
		firstScreen50MbMs: firstScreen.ms,
		firstLineDown50MbMs: lineDown.ms,
		firstPageDown50MbMs: pageDown.ms,
		bottom50MbMs: bottom.ms,
		keysWithinLimit: Math.max(firstScreen.ms, lineDown.ms, pageDown.ms, bottom.ms) < keyLimitMs,
	};
	const mark = ms => (ms < keyLimitMs ? 'ok' : 'TOO SLOW');
	console.log(`reader 50 MB: first screen ${firstScreen.ms} ms ${mark(firstScreen.ms)}`);
	console.log(`reader 50 MB: first j      ${lineDown.ms} ms ${mark(lineDown.ms)}`);
	console.log(`reader 50 MB: then space   ${pageDown.ms} ms ${mark(pageDown.ms)}`);
	console.log(`reader 50 MB: G (bottom)   ${bottom.ms} ms ${mark(bottom.ms)} (lays out the whole document)`);
	return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
