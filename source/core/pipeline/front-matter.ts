import {parse} from 'yaml';

/** A document split into its YAML front matter and its body. */
export type FrontMatter = {
	/** Parsed front matter fields; empty when there is none or it is not valid YAML. */
	readonly data: Readonly<Record<string, unknown>>;
	/** Everything after the closing `---`. */
	readonly body: string;
};

const block = /^\s*---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** The body after YAML front matter at the start of a text, without parsing the YAML; undefined when there is none. */
export function frontMatterBody(text: string): string | undefined {
	const match = block.exec(text);
	return match ? text.slice(match[0].length) : undefined;
}

/** Splits off YAML front matter at the start of a text, if present, and parses it. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
	const match = block.exec(text);
	if (!match) {
		return undefined;
	}

	let data: unknown;
	try {
		data = parse(match[1]!, {uniqueKeys: false});
	} catch {
		// Broken front matter is still front matter: keep the body, drop the fields.
		data = {};
	}

	const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	return {data: record, body: text.slice(match[0].length)};
}
