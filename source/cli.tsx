import process from 'node:process';
import meow from 'meow';
import {resolveOptions} from './cli/options.js';
import {stopQuietlyOnClosedPipes} from './cli/quiet-pipes.js';
import {crashMessage} from './core/crash-message.js';
import {displayName} from './core/text/display-name.js';
import {findCorpus} from './io/find-corpus.js';

const cli = meow(
	`
	Usage
	  $ yuelan [path ...]                       read documents in the interactive reader
	  $ yuelan [path ...] --list [--json]       list the documents
	  $ yuelan [path ...] --outline <doc> [--json]
	  $ yuelan [path ...] --print <doc> [--width <n>]
	  $ yuelan [path ...] --search <query> [--json] [--limit <n>]

	  With no path, the bundled documents are used. <doc> is an id from --list
	  (or the start of one, or a path).

	Options
	  --list, -l            List documents: id, date, script, sections, characters, title
	  --outline, -o <doc>   Show a document's sections
	  --print, -p <doc>     Print a document as the reader shows it
	  --search, -s <query>  Print hits, best first: id · section · snippet. Finds Traditional
	                        and Simplified alike, pinyin (zhucun, zcgb) and near misses;
	                        'exact !not a|b as in fuse.js. Status 1 when nothing is found
	  --limit <n>           Most hits --search prints (default: a screenful; --json: all)
	  --json                Machine-readable output for --list, --outline and --search
	  --width, -w <n>       Wrap --print at n columns (default: the terminal width, else 80)
	  --indent <n>          First-line indent of paragraphs, in full-width spaces (default 2)
	  --ambiguous <mode>    Width of ambiguous characters such as “ ” …: narrow (default) or wide;
	                        also YUELAN_AMBIGUOUS=wide
	  --no-color            No colours (also NO_COLOR)
	  --debug               Show the stack of an internal error (also YUELAN_DEBUG=1)

	Examples
	  $ yuelan
	  $ yuelan ~/notes --list --json
	  $ yuelan --outline 002
	  $ yuelan --print 004 --width 40
	  $ yuelan ~/notes --search 图书馆 --json
`,
	{
		importMeta: import.meta,
		flags: {
			list: {type: 'boolean', shortFlag: 'l', default: false},
			outline: {type: 'string', shortFlag: 'o'},
			print: {type: 'string', shortFlag: 'p'},
			search: {type: 'string', shortFlag: 's'},
			limit: {type: 'number'},
			json: {type: 'boolean', default: false},
			width: {type: 'number', shortFlag: 'w'},
			indent: {type: 'number', default: 2},
			ambiguous: {type: 'string'},
			color: {type: 'boolean', default: true},
			debug: {type: 'boolean', default: false},
		},
	},
);

if (cli.flags.debug) {
	process.env['YUELAN_DEBUG'] = '1';
}

const options = resolveOptions(cli.input, cli.flags, process.env);
if (typeof options === 'string') {
	fail(options);
}

const {files, missing, problems} = findCorpus(options.paths);
if (missing.length > 0) {
	fail(`no such file or folder: ${missing.map(name => displayName(name)).join(', ')}`);
}

const interactive = options.mode.kind === 'interactive' && process.stdout.isTTY && process.env['TERM'] !== 'dumb';
if (interactive && !process.stdin.isTTY) {
	fail('the reader needs a terminal to read keys from (stdin is not a TTY); use --list, --outline, --print or --search.');
}

// The reader and the batch modes are chunks of their own: --help loads neither.
if (interactive) {
	const {runReader} = await import('./cli/run-reader.js');
	// The loading worker and a signal's interruption must not keep the process alive after the reader ends.
	process.exit(await runReader(files, problems, options));
} else {
	stopQuietlyOnClosedPipes();
	// An internal error is one line for the user, never a stack with minified bundle source (unless --debug).
	process.on('uncaughtException', (error) => {
		process.stderr.write(crashMessage(error, process.env['YUELAN_DEBUG'] === '1'));
		process.exit(1);
	});
	const {runBatchMode} = await import('./cli/batch/run-batch-mode.js');
	process.exitCode = await runBatchMode(files, problems, options);
}

function fail(message: string): never {
	process.stderr.write(`yuelan: ${displayName(message)}\n`);
	process.exit(2);
}
