import {describe, expect, test} from 'vitest';
import {en} from '../../source/state/messages/en.js';
import {resolveOptions, chooseLanguage} from '../../source/cli/options.js';
import {parseArguments} from '../../source/cli/parse-arguments.js';
import {editDistance, suggestOption} from '../../source/cli/suggest-option.js';
import {optionSpecs} from '../../source/cli/option-specs.js';

const names = optionSpecs.map((spec) => spec.name);

function problemOf(argv: string[]): string | undefined {
	const parsed = parseArguments(argv);
	if ('problem' in parsed) {
		return parsed.problem(en);
	}

	const options = resolveOptions(argv, parsed, {});
	return typeof options === 'function' ? options(en) : undefined;
}

describe('parseArguments', () => {
	test.each([
		[['a', 'b'], {paths: ['a', 'b'], values: {}}],
		[['--print', '004', 'data'], {paths: ['data'], values: {print: '004'}}],
		[['--print=004'], {paths: [], values: {print: '004'}}],
		[['-p', '004'], {paths: [], values: {print: '004'}}],
		[['-p004'], {paths: [], values: {print: '004'}}],
		[['-w40', '-l'], {paths: [], values: {width: '40', list: true}}],
		[['-lh'], {paths: [], values: {list: true, help: true}}],
		[['--print'], {paths: [], values: {print: true}}],
		[['--print', '--json'], {paths: [], values: {print: true, json: true}}],
		[['-'], {paths: ['-'], values: {}}],
		[['--print', '-'], {paths: [], values: {print: '-'}}],
		[['--indent', '-1'], {paths: [], values: {indent: '-1'}}],
		[['--', '--list', '-'], {paths: ['--list', '-'], values: {}}],
		[['--no-color', '--lang', 'zh-Hant'], {paths: [], values: {'no-color': true, lang: 'zh-Hant'}}],
	])('%j', (argv, expected) => {
		expect(parseArguments(argv)).toEqual(expected);
	});
});

describe('mistakes', () => {
	test.each([
		[['--outine', '002'], 'unknown option --outine; did you mean --outline?'],
		[['--lsit'], 'unknown option --lsit; did you mean --list?'],
		[['--widht', '3'], 'unknown option --widht; did you mean --width?'],
		[['--jsn'], 'unknown option --jsn; did you mean --json?'],
		[['--out', '002'], 'unknown option --out; did you mean --outline?'],
		[['--no-colour'], 'unknown option --no-colour; did you mean --no-color?'],
		[['--zzzzzz'], 'unknown option --zzzzzz; see --help'],
		[['-x'], 'unknown option -x; see --help'],
		[['-lx'], 'unknown option -x; see --help'],
		[['--width'], '--width needs a value'],
		[['--lang'], '--lang needs a value'],
		[['--list=yes'], '--list takes no value'],
		[['--width', 'abc'], '--width must be a whole number of at least 2'],
		[['--width', '1'], '--width must be a whole number of at least 2'],
		[['--indent', '9'], '--indent must be a whole number from 0 to 8'],
		[['--ambiguous', 'huge'], '--ambiguous must be narrow or wide, not "huge"'],
		[['--lang', 'fr'], '--lang must be zh-Hans, zh-Hant or en, not "fr"'],
		[['--list', '--print', '004'], 'use only one of --list, --outline, --print and --search'],
		[['--print', '004', '--width', '40'], undefined],
	])('%j: %s', (argv, problem) => {
		expect(problemOf(argv)).toBe(problem);
	});
});

test('modes, with --help and --version before everything else', () => {
	const mode = (argv: string[]) => {
		const parsed = parseArguments(argv);
		const options = 'problem' in parsed ? undefined : resolveOptions(argv, parsed, {});
		return typeof options === 'object' ? options.mode : undefined;
	};

	expect(mode([])).toEqual({kind: 'interactive'});
	expect(mode(['--print'])).toEqual({kind: 'print', doc: undefined});
	expect(mode(['-o', '003'])).toEqual({kind: 'outline', doc: '003'});
	expect(mode(['--list', '-h'])).toEqual({kind: 'help'});
	expect(mode(['-v'])).toEqual({kind: 'version'});
});

test('--lang is found even when another option is wrong, so the mistake is told in it', () => {
	expect(chooseLanguage(['--outine', '--lang', 'zh-Hant'], {LANG: 'en_US.UTF-8'})).toBe('zh-Hant');
	expect(chooseLanguage(['--lang=en'], {LANG: 'zh_CN.UTF-8'})).toBe('en');
	expect(chooseLanguage(['--lang', 'fr'], {LANG: 'zh_CN.UTF-8'})).toBe('zh-Hans');
	expect(chooseLanguage(['--', '--lang', 'en'], {LANG: 'zh_TW.UTF-8'})).toBe('zh-Hant');
});

describe('suggestOption', () => {
	test('every option is suggested for itself with one letter dropped, doubled or two swapped', () => {
		for (const name of names) {
			const typos = [name.slice(0, -1), `${name}${name.at(-1)}`, `${name[1]}${name[0]}${name.slice(2)}`];
			for (const typo of typos) {
				expect(suggestOption(typo, names), typo).toBe(name);
			}
		}
	});

	test('distance counts a swap as one edit', () => {
		expect(editDistance('outine', 'outline')).toBe(1);
		expect(editDistance('oultine', 'outline')).toBe(1);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});
