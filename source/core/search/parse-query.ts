import {foldText} from './fold.js';

/** How a term must occur in a record (fuse.js extended-search operators). */
export type TermKind = 'plain' | 'exact' | 'prefix' | 'suffix' | 'whole';

/** One term of a query, folded. */
export type Term = {
	readonly text: string;
	/** `plain` matches exactly or by pinyin; `exact` (`'x`) only exactly; `^x`, `x$`, `=x` anchor it. */
	readonly kind: TermKind;
	/** `!x`: the record must not contain it. */
	readonly negate: boolean;
};

/**
 * A query in fuse.js's extended syntax: terms separated by spaces must all match
 * one record, ` | ` separates alternatives. Returns the alternatives; each has at
 * least one term that is not negated (a query of only exclusions finds nothing).
 * Operators are read before folding: only ASCII ones are operators, and full-width
 * punctuation typed with an input method is text (`！”` folds to `!”`, which was
 * read as "not ”" and found nothing).
 */
export function parseQuery(query: string): ReadonlyArray<readonly Term[]> {
	return query
		.split(/\s+\|\s+/)
		.map((group) => group.split(/\s+/).map((token) => parseTerm(token)).filter((term): term is Term => term !== undefined))
		.filter((group) => group.some((term) => !term.negate));
}

function parseTerm(token: string): Term | undefined {
	let text = token;
	const negate = text.startsWith('!');
	if (negate) {
		text = text.slice(1);
	}

	let kind: TermKind = 'plain';
	if (text.startsWith("'")) {
		kind = 'exact';
		text = text.slice(1);
	} else if (text.startsWith('=')) {
		kind = 'whole';
		text = text.slice(1);
	} else if (text.startsWith('^')) {
		kind = 'prefix';
		text = text.slice(1);
	} else if (text.endsWith('$') && text.length > 1) {
		kind = 'suffix';
		text = text.slice(0, -1);
	}

	text = foldText(text);
	// A negated plain term excludes exact occurrences only.
	return text === '' ? undefined : {text, kind: negate && kind === 'plain' ? 'exact' : kind, negate};
}
