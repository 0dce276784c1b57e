import {lineColumns} from '../../text/line-columns.js';

// A wrapped line stops a few columns short of the width: a Chinese character does not fit in the last column,
// and a word or a closing mark is carried to the next line.
const slack = 6;
const widest = 400;
// Text wrapped for a terminal or a mail reader; a document whose lines run wider is one paragraph a line.
const widestWrap = 120;
// Narrower lines are not counted as wrapped text (a heading, the last line of a paragraph), nor is a narrower width a wrap.
const narrowestWrap = 20;

/**
 * The width, in columns, at which a plain-text document was hard-wrapped (old text
 * files, mail, BBS posts, tutors), or undefined when its lines are paragraphs of
 * their own. Wrapped text has hardly any line beyond one width, no wider than a
 * terminal, and a good share of its long lines end within a few columns of it. One
 * pass to count widths, one over the counts.
 */
export function findWrapWidth(lines: readonly string[]): number | undefined {
	const counts = new Uint32Array(widest + 2);
	let long = 0;
	for (const line of lines) {
		// Lines longer than `widest` are counted as such without measuring all of them.
		const columns = line.length > widest ? widest + 1 : Math.min(widest + 1, lineColumns(line.trimEnd()));
		counts[columns]!++;
		long += columns >= narrowestWrap ? 1 : 0;
	}

	// The width that all but a few lines keep within (a rule or a long address may stick out).
	let width = widest + 1;
	let beyond = 0;
	while (width > narrowestWrap && beyond + counts[width]! <= 0.02 * long) {
		beyond += counts[width]!;
		width--;
	}

	let band = 0;
	for (let columns = width - slack; columns <= width; columns++) {
		band += counts[columns]!;
	}

	return width <= widestWrap && band >= 3 && band >= 0.1 * long ? width : undefined;
}
