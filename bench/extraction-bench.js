// The cost of finding an HTML page's article (Mozilla's Readability on a linkedom DOM):
// per page, the article finder alone and the whole pipeline with it, for the real pages
// kept as fixtures and one large generated page (a long article inside a site's chrome).
// Bundles the TypeScript pipeline with esbuild into a temporary folder: no build step.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {importSources} from './bundle-sources.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = 5;

async function loadPipeline() {
	return importSources("export {findArticle} from './source/core/pipeline/find-article.ts'; export {processDocument} from './source/core/pipeline/process-document.ts';");
}

// A news site's page: a header menu, a sidebar of links and hot posts, an article of `paragraphs`, a footer.
function generatedPage(paragraphs) {
	const links = Array.from({length: 300}, (_, index) => `<li><a href="/news/${index}.html">第${index}条新闻标题，点击查看详情</a></li>`).join('\n');
	const body = Array.from(
		{length: paragraphs},
		(_, index) => `<p>第${index}段：今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。“我们村的路修好了，农产品运得出去，收入也跟着涨了！”村民老李笑着说。</p>`,
	).join('\n');
	return `<!DOCTYPE html><html><head><title>生成的长页面 - 某某新闻网</title></head><body class="has-sidebar">
<header><nav><ul>${links.slice(0, 3000)}</ul></nav></header>
<div class="main"><div class="sidebar"><ul>${links}</ul></div>
<article><h1>生成的长页面</h1><div class="content">${body}</div></article></div>
<footer><p>版权所有 某某新闻网</p></footer></body></html>`;
}

function pages() {
	const folder = path.join(root, 'test/fixtures/real');
	const real = readdirSync(folder)
		.filter((name) => name.endsWith('.html'))
		.map((name) => ({name, html: readFileSync(path.join(folder, name), 'utf8')}));
	return [...real, {name: 'generated, 5,000 paragraphs', html: generatedPage(5000)}];
}

function median(measure) {
	measure(); // Warm: the first call compiles the libraries' code paths.
	const times = [];
	let value;
	for (let index = 0; index < runs; index++) {
		const started = performance.now();
		value = measure();
		times.push(performance.now() - started);
	}

	return {milliseconds: Math.round(times.sort((a, b) => a - b)[Math.floor(runs / 2)] * 10) / 10, value};
}

/** Runs the measurements, prints a table and returns the numbers. */
export async function run() {
	const {findArticle, processDocument} = await loadPipeline();
	const rows = pages().map(({name, html}) => {
		const article = median(() => findArticle(html));
		const whole = median(() => processDocument({id: name, path: name, text: html, encoding: 'utf-8'}, {findArticle}));
		return {
			page: name,
			kilobytes: Math.round(Buffer.byteLength(html) / 1024),
			findArticleMs: article.milliseconds,
			processDocumentMs: whole.milliseconds,
			keptShare: article.value.visible === 0 ? 0 : Math.round((100 * article.value.kept) / article.value.visible),
			extraction: whole.value.extraction,
		};
	});
	console.log(`article extraction: median of ${runs} runs after one warm-up, per page`);
	console.table(rows);
	return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await run();
}
