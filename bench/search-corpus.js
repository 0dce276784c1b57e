// Generates the benchmarks' corpus into .bench/search-corpus (the search and cache
// benches share it): documents with a title, a byline with a date, the four section
// headings of a report (一、基本情况 … every document has them, so a search for one
// hits every document) and paragraphs mixing sentences of the bundled documents with
// random words over the common characters (Zipf-like), a few Latin words, and some
// Traditional documents. Deterministic; kept between runs when the size matches.
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** A small deterministic generator (mulberry32). */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const headings = ['一、基本情况', '二、主要做法', '三、存在问题', '四、下一步打算'];
const latinWords = ['COVID-19', 'GDP', 'Vaccine', 'Internet', 'WeChat', 'Beijing', 'Shanghai', 'report', 'policy', 'export', 'market', 'Olympic', 'Xinhua', 'climate', 'energy', 'budget'];

function seedSentences(root) {
	const folder = path.join(root, 'data');
	const text = readdirSync(folder).map((name) => readFileSync(path.join(folder, name), 'utf8')).join('\n');
	return text.split(/(?<=[。！？])/u).map((sentence) => sentence.replaceAll(/[\s<>/="a-zA-Z_#*-]+/g, '')).filter((sentence) => sentence.length >= 8 && sentence.length <= 120);
}

function vocabulary(chars, next) {
	return Array.from({length: 30_000}, () => {
		const length = 2 + Math.floor(next() * 3);
		let word = '';
		for (let index = 0; index < length; index++) {
			word += chars[Math.floor(chars.length * next() ** 2)];
		}

		return word;
	});
}

function makeWriter(root, next) {
	const chars = [...readFileSync(path.join(root, 'source/core/decode/common-han.ts'), 'utf8').match(/'([^']+)'/u)[1]];
	const words = vocabulary(chars, next);
	const sentences = seedSentences(root);
	const sentence = () => {
		if (next() < 0.3) {
			return sentences[Math.floor(next() * sentences.length)];
		}

		let text = '';
		const count = 4 + Math.floor(next() * 10);
		for (let index = 0; index < count; index++) {
			text += next() < 0.02 ? ` ${latinWords[Math.floor(next() * latinWords.length)]} ` : words[Math.floor(words.length * next() ** 2.5)];
			text += index === count - 1 ? '。' : next() < 0.15 ? '，' : '';
		}

		return text;
	};

	const paragraph = () => Array.from({length: 2 + Math.floor(next() * 6)}, sentence).join('');
	return {sentence, paragraph};
}

/** Writes the corpus (or keeps the one there) and returns its folder. */
export async function ensureCorpus(root, documents, megabytes) {
	const folder = path.join(root, '.bench/search-corpus');
	// Beside the folder, not in it: the reader would list it as a document (10,001, not 10,000).
	const stamp = `${folder}.json`;
	const wanted = JSON.stringify({documents, megabytes, version: 2});
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
		return folder;
	}

	rmSync(folder, {recursive: true, force: true});
	mkdirSync(folder, {recursive: true});
	const next = random(20_240_613);
	const {sentence, paragraph} = makeWriter(root, next);
	const perDocument = (megabytes * 1024 * 1024) / documents;
	const {Converter} = await import('opencc-js/cn2t');
	const toTraditional = Converter({from: 'cn', to: 'tw'});
	for (let index = 0; index < documents; index++) {
		const lines = [sentence().slice(0, 24), `记者 王明 2024-0${(index % 9) + 1}-1${index % 10}`];
		let bytes = Buffer.byteLength(lines.join('\n'));
		for (let paragraphs = 0; bytes < perDocument; paragraphs++) {
			const heading = paragraphs % 6 === 0 && paragraphs / 6 < headings.length ? headings[paragraphs / 6] : undefined;
			const line = heading ?? (next() < 0.08 ? `# ${sentence().slice(0, 16)}` : paragraph());
			lines.push(line);
			bytes += Buffer.byteLength(line) + 1;
		}

		// One document in ten is written in Traditional characters.
		const text = lines.join('\n');
		writeFileSync(path.join(folder, `${String(index).padStart(5, '0')}.txt`), index % 10 === 9 ? toTraditional(text) : text);
	}

	writeFileSync(stamp, wanted);
	return folder;
}
