// The measuring side of search-bench.js, in a process of its own so that its
// resident memory is the corpus and the index only. Prints one JSON object.
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {random} from './search-corpus.js';

const [mode, bundle, folder] = process.argv.slice(2);
const {SearchIndex, collectHits, locateHit, foldText, findDocuments, loadDocuments} = await import(pathToFileURL(bundle).href);

/** What the reader does for a key typed in the search box: search, then locate the page of results it shows. */
function keystroke(index, query) {
	const found = collectHits(index, {locateHit}, query, index.size);
	found.hits.slice(0, 30);
	return found;
}

const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
const summary = (values) => ({p50: percentile(values, 0.5), p95: percentile(values, 0.95)});

/** Wall time and CPU time: on a shared machine the first includes waiting for a core. */
function time(work) {
	const started = performance.now();
	const cpu = process.cpuUsage();
	const value = work();
	const used = process.cpuUsage(cpu);
	return {ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value};
}

/** A generated file as a document: first line the title, `# ` lines headings. */
function readDocument(file, id) {
	const [title, ...lines] = readFileSync(file, 'utf8').split('\n');
	const blocks = lines.map((line) => (line.startsWith('# ') ? {kind: 'heading', level: 1, text: line.slice(2)} : {kind: 'paragraph', text: line}));
	const sections = blocks.flatMap((block, index) => (block.kind === 'heading' ? [{level: 1, title: block.text, block: index}] : []));
	return {id, path: file, title, date: null, author: null, source: null, format: 'text', encoding: 'utf-8', script: 'unknown', blocks, sections, chars: 0};
}

async function large() {
	const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
	const bytes = files.reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
	const documents = files.map((name) => readDocument(path.join(folder, name), name));
	globalThis.gc?.();
	const before = process.memoryUsage().rss;
	const index = new SearchIndex();
	const build = time(() => documents.forEach((document) => index.add(document.path, document)));
	globalThis.gc?.();
	const {rss, heapUsed, arrayBuffers} = process.memoryUsage();
	const {pinyin} = await import('pinyin-pro');
	const {Converter} = await import('opencc-js/cn2t');
	const toTraditional = Converter({from: 'cn', to: 't'});
	const next = random(7);
	const hanRun = (length) => {
		for (;;) {
			const document = documents[Math.floor(next() * documents.length)];
			const block = document.blocks[Math.floor(next() * document.blocks.length)];
			const start = Math.floor(next() * Math.max(1, block.text.length - length));
			const text = foldText(block.text.slice(start, start + length));
			if (text.length === length && /^\p{Script=Han}+$/u.test(text)) {
				return text;
			}
		}
	};

	const readings = (text) => pinyin(text, {type: 'array', toneType: 'none', v: true});
	const kinds = {
		'2 Chinese characters': () => ({query: hanRun(2)}),
		'4 Chinese characters': () => ({query: hanRun(4)}),
		'Traditional query, Simplified text': () => {
			for (;;) {
				const source = hanRun(4);
				const query = toTraditional(source);
				if (query !== source && query.length === 4) {
					return {query, source};
				}
			}
		},
		'pinyin initials (4)': () => {
			const source = hanRun(4);
			return {query: readings(source).map((reading) => reading[0]).join(''), source};
		},
		'full pinyin (2 characters)': () => {
			const source = hanRun(2);
			return {query: readings(source).join(''), source};
		},
		'4 characters, one wrong (fuzzy)': () => {
			const source = hanRun(4);
			return {query: source.slice(0, 2) + '鑫' + source.slice(3), source};
		},
		Latin: () => ({query: ['covid-19', 'vaccine', 'wechat', 'olympic', 'Climate', 'BUDGET'][Math.floor(next() * 6)]}),
	};
	const texts = documents.map((document) => [document.title, ...document.blocks.map((block) => block.text)]);
	const rows = {};
	// 60 measured queries a kind (with 20, the 95th percentile was the slowest query, one hiccup
	// of the machine), after 2 of every kind untimed: the code each kind runs is compiled in
	// the first queries that reach it, and a reader's session has typed a few before.
	const queriesByKind = Object.entries(kinds).map(([kind, make]) => [kind, Array.from({length: 62}, () => make())]);
	for (const [, queries] of queriesByKind) {
		for (const {query} of queries.slice(0, 2)) {
			keystroke(index, query);
		}
	}

	for (const [kind, allQueries] of queriesByKind) {
		const queries = allQueries.slice(2);
		const latency = [];
		const cpu = [];
		const floor = [];
		const hits = [];
		const recall = [];
		// Typed one after another, as a reader types: the checks below allocate far more than a
		// keystroke (a second search, a scan of every document), and their garbage, collected
		// during the next keystroke, would be timed as the search's.
		for (const {query} of queries) {
			const searched = time(() => keystroke(index, query));
			latency.push(searched.ms);
			cpu.push(searched.cpuMs);
			hits.push(searched.value.hits.length);
		}

		for (const {query, source = query} of queries) {
			const folded = foldText(source);
			const results = index.search(query);
			// The floor: a plain indexOf over every paragraph, counting documents.
			const scan = time(() => texts.filter((blocks) => blocks.some((text) => text.includes(source))).length);
			floor.push(scan.ms);
			const found = new Set(results.documents.map((hits) => hits.key));
			const expected = documents.filter((document) => index.entry(document.path).text.includes(folded));
			recall.push(expected.length === 0 ? 1 : expected.filter((document) => found.has(document.path)).length / expected.length);
		}

		rows[kind] = {latency: summary(latency), cpu: summary(cpu), floor: summary(floor), hits: summary(hits), recall: Math.min(...recall), meanRecall: recall.reduce((sum, value) => sum + value, 0) / recall.length};
	}

	return {documents: documents.length, bytes, buildMs: build.ms, rss, heapUsed, arrayBuffers, rssBeforeIndex: before, rows};
}

async function seeds() {
	const {files} = findDocuments([path.join(folder, 'data')]);
	const index = new SearchIndex();
	for await (const document of loadDocuments(files, () => {})) {
		index.add(document.path, document);
	}

	const latency = [];
	const cpu = [];
	for (const query of ['驻村干部', '疫情防控', 'zcgb', 'yiqingfangkong', '圖書館開放', '抗疫 !驻村', 'covid']) {
		for (let end = 1; end <= query.length; end++) {
			const {ms, cpuMs} = time(() => keystroke(index, query.slice(0, end)));
			latency.push(ms);
			cpu.push(cpuMs);
		}
	}

	return {keystrokes: latency.length, ...summary(latency), cpuP95: summary(cpu).p95};
}

console.log(JSON.stringify(mode === 'seeds' ? await seeds() : await large()));
