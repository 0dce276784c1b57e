import type {Messages} from '../state/messages/messages.js';
import {optionSpecs, type OptionName, type OptionSpec} from './option-specs.js';
import {suggestOption} from './suggest-option.js';

/** A command-line mistake, told in the user's language once it is known. */
export type ArgumentProblem = (messages: Messages) => string;

/** The options and paths as given: an option's value, or `true` for a flag (or a document option given without its document). */
export type ParsedArguments = {
	readonly paths: readonly string[];
	readonly values: Readonly<Partial<Record<OptionName, string | true>>>;
};

const specs: readonly OptionSpec[] = optionSpecs;
const longNames = specs.map((spec) => spec.name);

/** Whether an argument after an option is its value rather than the next option (`-` and `-1` are values). */
function isValue(argument: string | undefined): argument is string {
	return argument !== undefined && (argument === '-' || !argument.startsWith('-') || /^-\d/u.test(argument));
}

/**
 * Splits the arguments into paths and options, as less and GNU tools read them:
 * `--name value`, `--name=value`, `-x value`, `-xvalue`, grouped flags (`-lh`),
 * `-` as a path (standard input) and `--` ending the options. Unknown options
 * are problems with the nearest known name as a suggestion.
 */
export function parseArguments(argv: readonly string[]): ParsedArguments | {problem: ArgumentProblem} {
	const paths: string[] = [];
	const values: Partial<Record<OptionName, string | true>> = {};
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (argument === '--') {
			paths.push(...argv.slice(index + 1));
			break;
		}

		if (argument === '-' || !argument.startsWith('-')) {
			paths.push(argument);
			continue;
		}

		const taken = argument.startsWith('--') ? readLong(argument, argv[index + 1], values) : readShort(argument, argv[index + 1], values);
		if (typeof taken === 'function') {
			return {problem: taken};
		}

		index += taken;
	}

	return {paths, values};
}

/** Reads `--name[=value]`; returns how many following arguments it used, or the problem. */
function readLong(argument: string, next: string | undefined, values: Partial<Record<OptionName, string | true>>): number | ArgumentProblem {
	const equals = argument.indexOf('=');
	const name = argument.slice(2, equals === -1 ? undefined : equals);
	const spec = specs.find((candidate) => candidate.name === name);
	if (!spec) {
		const suggestion = suggestOption(name, longNames);
		return (messages) => messages['error.unknown-option'](`--${name}`, suggestion === undefined ? undefined : `--${suggestion}`);
	}

	if (equals !== -1) {
		if (!spec.value) {
			return (messages) => messages['error.not-a-flag'](`--${name}`);
		}

		values[spec.name as OptionName] = argument.slice(equals + 1);
		return 0;
	}

	return readValue(spec, `--${name}`, next, values);
}

/** Reads `-x`, `-xvalue` or a group of flags `-lh`. */
function readShort(argument: string, next: string | undefined, values: Partial<Record<OptionName, string | true>>): number | ArgumentProblem {
	for (let at = 1; at < argument.length; at++) {
		const letter = argument[at];
		const spec = specs.find((candidate) => candidate.short === letter);
		if (!spec) {
			return (messages) => messages['error.unknown-option'](`-${letter}`, undefined);
		}

		if (spec.value) {
			const rest = argument.slice(at + 1);
			if (rest !== '') {
				values[spec.name as OptionName] = rest;
				return 0;
			}

			return readValue(spec, `-${letter}`, next, values);
		}

		values[spec.name as OptionName] = true;
	}

	return 0;
}

/** Sets a flag, or an option's value from the next argument. */
function readValue(spec: OptionSpec, given: string, next: string | undefined, values: Partial<Record<OptionName, string | true>>): number | ArgumentProblem {
	const name = spec.name as OptionName;
	if (!spec.value) {
		values[name] = true;
		return 0;
	}

	if (isValue(next)) {
		values[name] = next;
		return 1;
	}

	if (spec.valueOptional) {
		values[name] = true;
		return 0;
	}

	return (messages) => messages['error.missing-value'](given);
}
