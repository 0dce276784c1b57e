import {padToWidth, textWidth} from '../core/layout/text-width.js';
import {wrap} from '../core/layout/wrap.js';
import type {Messages} from '../state/messages/messages.js';
import {optionSpecs} from './option-specs.js';

/** Width `--help` is laid out for: any terminal has 80 columns. */
const helpWidth = 80;

/** Two columns: the left padded to the widest, the right wrapped by display width beside it. */
function columns(rows: ReadonlyArray<readonly [string, string]>): string[] {
	const left = Math.max(...rows.map(([name]) => textWidth(name))) + 2;
	return rows.flatMap(([name, description]) => {
		const lines = description === '' ? [] : wrap(description, Math.max(24, helpWidth - left - 2)).map((line) => line.text);
		if (lines.length === 0 || textWidth(name) > left - 2) {
			return [`  ${name}`, ...lines.map((line) => `  ${' '.repeat(left)}${line}`)];
		}

		return lines.map((line, index) => `  ${padToWidth(index === 0 ? name : '', left)}${line}`);
	});
}

/**
 * The `--help` text in the user's language, the option list generated from the
 * options the parser knows, so no option can be missing from it.
 */
export function helpText(messages: Messages): string {
	const path = `[${messages['help.path']} ...]`;
	const doc = `<${messages['help.doc']}>`;
	const usage: Array<readonly [string, string]> = [
		[`$ yuelan ${path}`, messages['help.usage-reader']],
		[`$ yuelan ${path} --list [--json]`, messages['help.usage-list']],
		[`$ yuelan ${path} --outline ${doc} [--json]`, messages['help.usage-outline']],
		[`$ yuelan ${path} --print ${doc} [--width <${messages['help.n']}>]`, messages['help.usage-print']],
		[`$ yuelan ${path} --search <${messages['help.query']}> [--json]`, messages['help.usage-search']],
		['$ … | yuelan', messages['help.usage-pipe']],
	];
	const options = optionSpecs.map((spec) => {
		const names = 'short' in spec ? `--${spec.name}, -${spec.short}` : `--${spec.name}`;
		const value = 'value' in spec ? ` <${messages[spec.value]}>` : '';
		return [`${names}${value}`, messages[spec.description]] as const;
	});
	return [
		'',
		messages['help.usage'],
		...columns(usage),
		'',
		...wrap(messages['help.notes'], helpWidth - 4).map((line) => `  ${line.text}`),
		'',
		messages['help.options'],
		...columns(options),
		'',
		messages['help.examples'],
		'  $ yuelan',
		'  $ yuelan ~/notes --list --json',
		'  $ yuelan --outline 002',
		'  $ yuelan --print 004 --width 40',
		'  $ yuelan ~/notes --search 图书馆 --json',
		'  $ ssh host cat 通知.txt | yuelan',
		'',
	].join('\n');
}
