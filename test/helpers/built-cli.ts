import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {root} from './load-document.js';

/** The built binary; `npm test` builds it first. */
export const cliPath = path.join(root, 'dist/cli.js');

/** What a run of the CLI printed, and how it ended. */
export type CliRun = {stdout: string; stderr: string; status: number | null};

/** Runs the built CLI with stdout and stdin as pipes (not a terminal), as a script would. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
	if (!existsSync(cliPath)) {
		throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) before these tests.');
	}

	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: path.join(root, 'test'),
		encoding: 'utf8',
		env: {...process.env, ...env},
		timeout: 20_000,
		maxBuffer: 256 * 1024 * 1024,
	});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}

/**
 * Runs a command and collects its output without blocking the test worker: a file of many
 * spawnSync calls would keep vitest's worker from answering its runner for over a minute
 * on a busy machine.
 */
export async function runCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
	const child = spawn(command, args, {cwd: path.join(root, 'test'), env: {...process.env, ...env}, timeout: 20_000});
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
	return runCommand(process.execPath, [cliPath, ...args], env);
}
