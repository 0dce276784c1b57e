import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {resolveAmbiguous} from '../core/layout/ambiguous-width.js';
import {detectLanguage, parseLanguageOption, type Language} from '../state/messages/language.js';
import type {ArgumentProblem, ParsedArguments} from './parse-arguments.js';

/** What the command line asks for; `doc` is undefined when `--outline` or `--print` came without one. */
export type CliMode =
	| {kind: 'list'}
	| {kind: 'outline'; doc: string | undefined}
	| {kind: 'print'; doc: string | undefined}
	| {kind: 'search'; query: string}
	| {kind: 'interactive'}
	| {kind: 'help'}
	| {kind: 'version'};

/** What the command line asked for, after validation. */
export type CliOptions = {
	readonly paths: readonly string[];
	readonly mode: CliMode;
	readonly json: boolean;
	/** Most hits `--search` prints; undefined for its default. */
	readonly limit: number | undefined;
	readonly width: number | undefined;
	readonly indent: number;
	readonly ambiguous: AmbiguousWidth;
	readonly color: boolean;
	/** The interface's language: `--lang`, else the locale. */
	readonly language: Language;
	/** False for --no-state: nothing is read from or written to the state folder. */
	readonly state: boolean;
	/** False for --no-cache: documents are processed afresh and not stored. */
	readonly cache: boolean;
};

/**
 * The language to speak: a valid `--lang`, else the locale's. It is read from the raw
 * arguments, so a mistake elsewhere on the command line is told in it too.
 */
export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
	let chosen: Language | undefined;
	for (const [index, argument] of argv.entries()) {
		if (argument === '--') {
			break;
		}

		const value = argument === '--lang' ? argv[index + 1] : argument.startsWith('--lang=') ? argument.slice('--lang='.length) : undefined;
		chosen = (value === undefined ? undefined : parseLanguageOption(value)) ?? chosen;
	}

	return chosen ?? detectLanguage(env);
}

function wholeNumber(value: string | true | undefined): number | undefined {
	return typeof value === 'string' && /^-?\d+$/u.test(value.trim()) ? Number(value) : undefined;
}

function chooseMode(values: ParsedArguments['values']): CliMode | ArgumentProblem {
	if (values.help) {
		return {kind: 'help'};
	}

	if (values.version) {
		return {kind: 'version'};
	}

	const doc = (value: string | true) => (value === true ? undefined : value);
	const modes: CliMode[] = [
		...(values.list ? [{kind: 'list'} as const] : []),
		...(values.outline === undefined ? [] : [{kind: 'outline', doc: doc(values.outline)} as const]),
		...(values.print === undefined ? [] : [{kind: 'print', doc: doc(values.print)} as const]),
		...(typeof values.search === 'string' ? [{kind: 'search', query: values.search} as const] : []),
	];
	if (modes.length > 1) {
		return (messages) => messages['error.one-mode'];
	}

	return modes[0] ?? {kind: 'interactive'};
}

/**
 * Checks the parsed options and reads the environment (`YUELAN_AMBIGUOUS`, `NO_COLOR`,
 * the locale). Returns the problem for a bad value or combination instead of throwing.
 */
export function resolveOptions(argv: readonly string[], parsed: ParsedArguments, env: NodeJS.ProcessEnv): CliOptions | ArgumentProblem {
	const {values} = parsed;
	const mode = chooseMode(values);
	if (typeof mode === 'function') {
		return mode;
	}

	if (typeof values.lang === 'string' && !parseLanguageOption(values.lang)) {
		const lang = values.lang;
		return (messages) => messages['error.lang'](lang);
	}

	const ambiguousFlag = typeof values.ambiguous === 'string' ? values.ambiguous : undefined;
	let ambiguous: AmbiguousWidth;
	try {
		ambiguous = resolveAmbiguous(ambiguousFlag, env);
	} catch {
		return (messages) => messages['error.ambiguous'](ambiguousFlag ?? '');
	}

	const width = values.width === undefined ? undefined : wholeNumber(values.width);
	if (width !== undefined ? width < 2 : values.width !== undefined) {
		return (messages) => messages['error.width'];
	}

	const limit = values.limit === undefined ? undefined : wholeNumber(values.limit);
	if (limit !== undefined ? limit < 1 : values.limit !== undefined) {
		return (messages) => messages['error.limit'];
	}

	const indent = values.indent === undefined ? 2 : wholeNumber(values.indent);
	if (indent === undefined || indent < 0 || indent > 8) {
		return (messages) => messages['error.indent'];
	}

	const color = !values['no-color'] && env['NO_COLOR'] === undefined;
	return {paths: parsed.paths, mode, json: Boolean(values.json), limit, width, indent, ambiguous, color, language: chooseLanguage(argv, env), state: !values['no-state'], cache: !values['no-cache']};
}
