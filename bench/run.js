// `npm run bench`: every benchmark in turn (the pipeline and reader benches use dist/, built first).
const benches = ['./pipeline-bench.js', './extraction-bench.js', './layout-bench.js', './reader-50mb-bench.js', './ui-bench.js', './search-bench.js', './cache-bench.js'];
for (const bench of benches) {
	console.log(`\n# ${bench.slice(2, -3)}`);
	const {run} = await import(bench);
	await run();
}
