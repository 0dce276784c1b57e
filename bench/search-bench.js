// Search speed (issue 9), as the reader pays it per key typed (search, then locate the
// page of results shown): a generated corpus of 10,000 documents / 100 MB in
// .bench/search-corpus (SEARCH_BENCH_MB for another size), per query kind p50/p95
// latency, hits and document-level recall of exact occurrences, beside a plain
// indexOf scan over the same paragraphs; index build time and resident memory;
// and keystroke-to-results on the bundled documents. Limits: p95 < 50 ms at
// 100 MB, index < 10 s, memory < 4x the corpus; p95 < 10 ms on the bundled ones.
import {spawnSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundleSources} from './bundle-sources.js';
import {ensureCorpus} from './search-corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const megabytes = Number(process.env['SEARCH_BENCH_MB'] ?? 100);
const documents = Math.max(10, Math.round(megabytes * 100));

async function bundle() {
	const outfile = path.join(root, '.bench/search-core.js');
	mkdirSync(path.dirname(outfile), {recursive: true});
	return bundleSources("export * from './source/core/search/index.ts'; export {collectHits} from './source/state/search-service.ts'; export {loadDocuments} from './source/io/load-documents.ts'; export {findDocuments} from './source/io/find-documents.ts';", outfile);
}

function child(args) {
	const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', path.join(root, 'bench/search-bench-child.js'), ...args], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	if (result.status !== 0) {
		throw new Error(`search bench failed: ${result.stderr}`);
	}

	return JSON.parse(result.stdout);
}

const ms = (value) => value.toFixed(1);

/** Runs the measurements, prints tables and returns the numbers. */
export async function run() {
	const core = await bundle();
	const seeds = child(['seeds', core, root]);
	const folder = await ensureCorpus(root, documents, megabytes);
	const large = child(['large', core, folder]);
	const mb = large.bytes / 1024 / 1024;
	console.log(`corpus: ${large.documents} documents, ${mb.toFixed(1)} MB (UTF-8) in ${path.relative(root, folder)}`);
	console.table(
		Object.fromEntries(
			Object.entries(large.rows).map(([kind, row]) => [
				kind,
				{'p50 ms': ms(row.latency.p50), 'p95 ms': ms(row.latency.p95), 'p95 cpu ms': ms(row.cpu.p95), 'scan floor p50': ms(row.floor.p50), 'scan floor p95': ms(row.floor.p95), 'hits p50': row.hits.p50, 'doc recall (mean)': row.meanRecall.toFixed(3), 'doc recall (min)': row.recall.toFixed(3)},
			]),
		),
	);
	const rssRatio = large.rss / large.bytes;
	console.table({
		'index build (s, limit 10)': (large.buildMs / 1000).toFixed(2),
		'resident memory (MB)': (large.rss / 1024 / 1024).toFixed(0),
		'memory / corpus (limit 4)': rssRatio.toFixed(2),
		'resident memory before indexing (MB)': (large.rssBeforeIndex / 1024 / 1024).toFixed(0),
		'JS heap + array buffers after indexing (MB)': ((large.heapUsed + large.arrayBuffers) / 1024 / 1024).toFixed(0),
		'bundled documents: keystroke p95 (ms, limit 10)': ms(seeds.p95),
		'bundled documents: keystroke p95 cpu (ms)': ms(seeds.cpuP95),
	});
	const worstP95 = Math.max(...Object.values(large.rows).map((row) => row.latency.p95));
	return {seeds, large, worstP95, withinLimits: worstP95 < 50 && large.buildMs < 10_000 && rssRatio < 4 && seeds.p95 < 10};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
