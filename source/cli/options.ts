import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {resolveAmbiguous} from '../core/layout/ambiguous-width.js';

/** What the command line asked for, after validation. */
export type CliOptions = {
	readonly paths: readonly string[];
	readonly mode: {kind: 'list'} | {kind: 'outline'; doc: string} | {kind: 'print'; doc: string} | {kind: 'search'; query: string} | {kind: 'interactive'};
	readonly json: boolean;
	/** Most hits `--search` prints; undefined for its default. */
	readonly limit: number | undefined;
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
	search?: string;
	limit?: number;
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
	const modes = [flags.list, flags.outline !== undefined, flags.print !== undefined, flags.search !== undefined].filter(Boolean).length;
	if (modes > 1) {
		return 'Use only one of --list, --outline, --print and --search.';
	}

	if (flags.limit !== undefined && (!Number.isInteger(flags.limit) || flags.limit < 1)) {
		return '--limit must be a whole number of at least 1.';
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

	const color = flags.color && env['NO_COLOR'] === undefined;
	return {paths, mode: modeOf(flags), json: flags.json, limit: flags.limit, width: flags.width, indent: flags.indent, ambiguous, color};
}

function modeOf(flags: RawFlags): CliOptions['mode'] {
	if (flags.outline !== undefined) {
		return {kind: 'outline', doc: flags.outline};
	}

	if (flags.print !== undefined) {
		return {kind: 'print', doc: flags.print};
	}

	if (flags.search !== undefined) {
		return {kind: 'search', query: flags.search};
	}

	return flags.list ? {kind: 'list'} : {kind: 'interactive'};
}
