import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {resolveAmbiguous} from '../core/layout/ambiguous-width.js';

/** What the command line asked for, after validation. */
export type CliOptions = {
	readonly paths: readonly string[];
	readonly mode: {kind: 'list'} | {kind: 'outline'; doc: string} | {kind: 'print'; doc: string} | {kind: 'interactive'};
	readonly json: boolean;
	readonly width: number | undefined;
	readonly indent: number;
	readonly ambiguous: AmbiguousWidth;
	readonly color: boolean;
};

/** The flags meow parsed, as they come. */
export type RawFlags = {
	list: boolean;
	outline?: string;
	print?: string;
	json: boolean;
	width?: number;
	indent: number;
	ambiguous?: string;
	color: boolean;
};

/**
 * Checks flags and reads the environment (`YUELAN_AMBIGUOUS`, `NO_COLOR`).
 * Returns an error message for a bad combination instead of throwing.
 */
export function resolveOptions(paths: readonly string[], flags: RawFlags, env: NodeJS.ProcessEnv): CliOptions | string {
	const modes = [flags.list, flags.outline !== undefined, flags.print !== undefined].filter(Boolean).length;
	if (modes > 1) {
		return 'Use only one of --list, --outline and --print.';
	}

	let ambiguous: AmbiguousWidth;
	try {
		ambiguous = resolveAmbiguous(flags.ambiguous, env);
	} catch (error) {
		return (error as Error).message;
	}

	if (flags.width !== undefined && (!Number.isInteger(flags.width) || flags.width < 2)) {
		return '--width must be a whole number of at least 2.';
	}

	if (!Number.isInteger(flags.indent) || flags.indent < 0 || flags.indent > 8) {
		return '--indent must be a whole number from 0 to 8.';
	}

	const mode = flags.outline === undefined ? (flags.print === undefined ? (flags.list ? {kind: 'list' as const} : {kind: 'interactive' as const}) : {kind: 'print' as const, doc: flags.print}) : {kind: 'outline' as const, doc: flags.outline};
	const color = flags.color && env['NO_COLOR'] === undefined;
	return {paths, mode, json: flags.json, width: flags.width, indent: flags.indent, ambiguous, color};
}
