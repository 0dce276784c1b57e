import type {TextKey} from '../state/messages/messages.js';

/** One command-line option: its names, its value's placeholder if it takes one, and its help line. */
export type OptionSpec = {
	/** Long name, without the dashes. */
	readonly name: string;
	/** One-letter form, without the dash. */
	readonly short?: string;
	/** Message naming the value (`<doc>`), for options that take one. */
	readonly value?: TextKey;
	/**
	 * For options that name a document: given without one, the option still counts,
	 * and the documents it could mean are listed.
	 */
	readonly valueOptional?: true;
	/** Message for the help line. */
	readonly description: TextKey;
};

/** Every option, in the order `--help` lists them; the parser and the help text both read this. */
export const optionSpecs = [
	{name: 'list', short: 'l', description: 'option.list'},
	{name: 'outline', short: 'o', value: 'help.doc', valueOptional: true, description: 'option.outline'},
	{name: 'print', short: 'p', value: 'help.doc', valueOptional: true, description: 'option.print'},
	{name: 'search', short: 's', value: 'help.query', description: 'option.search'},
	{name: 'limit', value: 'help.n', description: 'option.limit'},
	{name: 'json', description: 'option.json'},
	{name: 'width', short: 'w', value: 'help.n', description: 'option.width'},
	{name: 'indent', value: 'help.n', description: 'option.indent'},
	{name: 'ambiguous', value: 'help.mode', description: 'option.ambiguous'},
	{name: 'no-color', description: 'option.no-color'},
	{name: 'lang', value: 'help.language', description: 'option.lang'},
	{name: 'no-state', description: 'option.no-state'},
	{name: 'no-cache', description: 'option.no-cache'},
	{name: 'debug', description: 'option.debug'},
	{name: 'help', short: 'h', description: 'option.help'},
	{name: 'version', short: 'v', description: 'option.version'},
] as const satisfies readonly OptionSpec[];

/** Long name of an option. */
export type OptionName = (typeof optionSpecs)[number]['name'];
