import process from 'node:process';
import meow from 'meow';
import {resolveOptions} from './cli/options.js';
import {runBatch} from './cli/run-batch.js';
import {loadCorpus} from './io/load-corpus.js';

const cli = meow(
	`
	Usage
	  $ yuelan [path ...]                       read documents in the interactive reader
	  $ yuelan [path ...] --list [--json]       list the documents
	  $ yuelan [path ...] --outline <doc> [--json]
	  $ yuelan [path ...] --print <doc> [--width <n>]

	  With no path, the bundled documents are used. <doc> is an id from --list
	  (or the start of one, or a path).

	Options
	  --list, -l            List documents: id, date, script, sections, characters, title
	  --outline, -o <doc>   Show a document's sections
	  --print, -p <doc>     Print a document as the reader shows it
	  --json                Machine-readable output for --list and --outline
	  --width, -w <n>       Wrap --print at n columns (default: the terminal width, else 80)
	  --indent <n>          First-line indent of paragraphs, in full-width spaces (default 2)
	  --ambiguous <mode>    Width of ambiguous characters such as “ ” …: narrow (default) or wide;
	                        also YUELAN_AMBIGUOUS=wide
	  --no-color            No colours (also NO_COLOR)

	Examples
	  $ yuelan
	  $ yuelan ~/notes --list --json
	  $ yuelan --outline 002
	  $ yuelan --print 004 --width 40
`,
	{
		importMeta: import.meta,
		flags: {
			list: {type: 'boolean', shortFlag: 'l', default: false},
			outline: {type: 'string', shortFlag: 'o'},
			print: {type: 'string', shortFlag: 'p'},
			json: {type: 'boolean', default: false},
			width: {type: 'number', shortFlag: 'w'},
			indent: {type: 'number', default: 2},
			ambiguous: {type: 'string'},
			color: {type: 'boolean', default: true},
		},
	},
);

const options = resolveOptions(cli.input, cli.flags, process.env);
if (typeof options === 'string') {
	process.stderr.write(`yuelan: ${options}\n`);
	process.exit(2);
}

const {documents, missing} = loadCorpus(options.paths, (path, reason) => {
	process.stderr.write(`yuelan: skipped ${path}: ${reason}\n`);
});
if (missing.length > 0) {
	process.stderr.write(`yuelan: no such file or folder: ${missing.join(', ')}\n`);
	process.exit(2);
}

if (documents.length === 0) {
	process.stderr.write('yuelan: no readable document found.\n');
	process.exit(2);
}

const interactive = options.mode.kind === 'interactive' && process.stdout.isTTY && process.env['TERM'] !== 'dumb';
if (!interactive) {
	// A pipe gets whole rows for --list and --outline; --print wraps at 80 unless told.
	const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns : options.mode.kind === 'print' ? 80 : Number.POSITIVE_INFINITY);
	const output = {out: (text: string) => process.stdout.write(text), error: (text: string) => process.stderr.write(text)};
	process.exitCode = runBatch(documents, options, width, output);
} else if (!process.stdin.isTTY) {
	process.stderr.write('yuelan: the reader needs a terminal to read keys from (stdin is not a TTY); use --list, --outline or --print.\n');
	process.exitCode = 2;
} else {
	// Ink draws only a final frame when CI is set (is-in-ci); in a real terminal the user wants every frame.
	process.env['CI'] = 'false';
	const {runApp} = await import('./ui/run-app.js');
	await runApp(documents, {color: options.color, ambiguous: options.ambiguous, indent: options.indent});
}
