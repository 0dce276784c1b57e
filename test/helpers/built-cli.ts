import {spawn, spawnSync} from 'node:child_process';
import {closeSync, existsSync, mkdtempSync, openSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {root} from './load-document.js';

/** The built binary; `npm test` builds it first. */
export const cliPath = path.join(root, 'dist/cli.js');

// Cache and state folders of this test file's own: the user's are shared by every build on the
// machine, and two builds with the same PIPELINE_VERSION but different rules read each other's
// cached documents (a file then printed as another build made it, unlike the same text piped).
const home = mkdtempSync(path.join(tmpdir(), 'yuelan-cli-test-'));
const ownFolders: NodeJS.ProcessEnv = {XDG_CACHE_HOME: path.join(home, 'cache'), XDG_STATE_HOME: path.join(home, 'state')};
process.on('exit', () => {
	rmSync(home, {recursive: true, force: true});
});

/** What a run of the CLI printed, and how it ended. */
export type CliRun = {stdout: string; stderr: string; status: number | null};

/** What standard input brings: bytes through Node's pipe (a socket), or a file redirected as `< file` does. */
export type CliInput = string | Uint8Array | {readonly file: string};

/**
 * Runs the built CLI with stdout as a pipe (not a terminal), as a script would. Standard
 * input is /dev/null unless `input` is given; the locale is English unless `env` says otherwise.
 */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, input?: CliInput): CliRun {
	if (!existsSync(cliPath)) {
		throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) before these tests.');
	}

	const redirected = typeof input === 'object' && 'file' in input ? openSync(input.file, 'r') : undefined;
	try {
		const result = spawnSync(process.execPath, [cliPath, ...args], {
			cwd: path.join(root, 'test'),
			encoding: 'utf8',
			// Undefined values leave a variable out, so the machine's locale does not choose the language.
			env: {...process.env, ...ownFolders, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8', ...env},
			input: redirected === undefined ? (input as string | Uint8Array | undefined) : undefined,
			stdio: [redirected ?? (input === undefined ? 'ignore' : 'pipe'), 'pipe', 'pipe'],
			timeout: 20_000,
			maxBuffer: 256 * 1024 * 1024,
		});
		return {stdout: result.stdout, stderr: result.stderr, status: result.status};
	} finally {
		if (redirected !== undefined) {
			closeSync(redirected);
		}
	}
}

/** Runs `cat file | yuelan args` in a shell: standard input is a real pipe (a FIFO), as in a terminal. */
export function runCliAfterCat(file: string, args: readonly string[]): CliRun {
	const result = spawnSync('sh', ['-c', 'file="$1"; shift; cat "$file" | exec "$@"', 'sh', file, process.execPath, cliPath, ...args], {
		cwd: path.join(root, 'test'),
		encoding: 'utf8',
		env: {...process.env, ...ownFolders, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8'},
		timeout: 20_000,
	});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}

/**
 * Runs a command and collects its output without blocking the test worker: a file of many
 * spawnSync calls would keep vitest's worker from answering its runner for over a minute
 * on a busy machine.
 */
export async function runCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
	const child = spawn(command, args, {cwd: path.join(root, 'test'), env: {...process.env, ...ownFolders, ...env}, timeout: 20_000});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const status = await new Promise<number | null>((resolve) => {
		child.on('close', resolve);
	});
	return {stdout, stderr, status};
}

/** `runCli` without blocking the test worker. */
export async function runCliAsync(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
	return runCommand(process.execPath, [cliPath, ...args], {LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8', ...env});
}
