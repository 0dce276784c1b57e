import process from 'node:process';
import {helpText} from './cli/help-text.js';
import {chooseLanguage, resolveOptions} from './cli/options.js';
import {parseArguments} from './cli/parse-arguments.js';
import {findInputs} from './cli/find-inputs.js';
import {stopQuietlyOnClosedPipes} from './cli/quiet-pipes.js';
import {crashMessage} from './core/crash-message.js';
import {displayName} from './core/text/display-name.js';
import {messagesFor} from './state/messages/messages.js';

const argv = process.argv.slice(2);
const parsed = parseArguments(argv);
const messages = messagesFor(chooseLanguage(argv, process.env));
if ('problem' in parsed) {
	fail(parsed.problem(messages));
}

if (parsed.values.debug) {
	process.env['YUELAN_DEBUG'] = '1';
}

const options = resolveOptions(argv, parsed, process.env);
if (typeof options === 'function') {
	fail(options(messages));
}

if (options.mode.kind === 'help') {
	process.stdout.write(helpText(messages));
	process.exit(0);
}

if (options.mode.kind === 'version') {
	const {packageVersion} = await import('./io/package-version.js');
	process.stdout.write(`${packageVersion()}\n`);
	process.exit(0);
}

// `-` on a terminal would read what is typed there as the document, then have no keys left (less refuses it too).
if (options.paths.includes('-') && process.stdin.isTTY) {
	fail(messages['error.stdin-terminal']);
}

const named = options.mode.kind === 'print' || options.mode.kind === 'outline' ? options.mode.doc : undefined;
const {files, missing, problems} = await findInputs(options.paths, messages['stdin.name'], named);
if (missing.length > 0) {
	fail(messages['error.no-such-path'](missing.map((name) => displayName(name)).join(', ')));
}

const interactive = options.mode.kind === 'interactive' && process.stdout.isTTY && process.env['TERM'] !== 'dumb';
// The reader and the batch modes are chunks of their own: --help loads neither.
if (interactive) {
	const [{openTerminalInput}, {runReader}] = await Promise.all([import('./io/standard-input.js'), import('./cli/run-reader.js')]);
	// Keys come from the terminal even when standard input brings the document, as in less.
	const keys = process.stdin.isTTY ? process.stdin : openTerminalInput();
	if (!keys) {
		fail(messages['error.no-terminal']);
	}

	// The loading worker and a signal's interruption must not keep the process alive after the reader ends.
	process.exit(await runReader(files, problems, options, keys));
} else {
	stopQuietlyOnClosedPipes();
	// An internal error is one line for the user, never a stack with minified bundle source (unless --debug).
	process.on('uncaughtException', (error) => {
		process.stderr.write(crashMessage(error, process.env['YUELAN_DEBUG'] === '1', messages['error.internal']));
		process.exit(1);
	});
	const {runBatchMode} = await import('./cli/batch/run-batch-mode.js');
	process.exitCode = await runBatchMode(files, problems, options);
}

function fail(message: string): never {
	process.stderr.write(`yuelan: ${message}\n`);
	process.exit(2);
}
