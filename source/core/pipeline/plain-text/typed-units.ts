import type {TextUnit} from '../../text/text-units.js';
import {chineseStop} from '../../text/cjk.js';
import {expandTabs, indentColumns, lineColumns} from '../../text/line-columns.js';
import {isLayoutLine, isSampleLine} from './is-layout-line.js';
import {maxTypedHeadingColumns} from '../line-lengths.js';
import {isCatalogKey} from './help-catalog.js';
import {isLetterSpaced} from '../../text/letter-spacing.js';

// How far short of the wrap width a line may stop and still have been cut there: translators wrap
// Chinese by hand, before a word or a clause that would not fit.
const wrapSlack = 10;

const step = /^(\d{1,3}[.)、])\s+\S/u;

/**
 * The units of typed (born-digital) plain text, line by line. Blank lines and rules
 * mark paragraph breaks; runs of laid-out lines (diagrams, aligned columns, samples)
 * become one verbatim 'code' unit; a short line standing alone between blank lines
 * or rules, framed, under a rule or indented by a tab, is a heading; a numbered step
 * keeps its number as its marker.
 *
 * In a help catalog, each key line heads its entry.
 *
 * `raw` are the lines as written, `lines` the same trimmed and without frames or rules.
 */
export function typedUnits(raw: readonly string[], lines: readonly string[], wrap: number | undefined, catalog = false): TextUnit[] {
	const units: TextUnit[] = [];
	let code: string[] = [];
	let blank = true;
	let ruled = true;
	let introduction: string | undefined;
	const flush = () => {
		if (code.length > 0) {
			units.push({text: verbatim(code), role: 'code', level: 0, indent: 0, blankBefore: true});
			code = [];
			blank = true;
		}
	};

	for (const [index, line] of lines.entries()) {
		const source = raw[index]!;
		if (line === '') {
			flush();
			blank = true;
			ruled ||= source.trim() !== '';
			continue;
		}

		if (catalog && isCatalogKey(line)) {
			flush();
			units.push({text: line, role: 'heading', level: 1, indent: 0, blankBefore: true});
			blank = true;
			continue;
		}

		const framed = line !== source.trim();
		const alone = blank && (lines[index + 1] ?? '') === '';
		// A heading spaced out alone on its line (`目　　录`) is no column layout.
		const spacedOut = alone && isLetterSpaced(line);
		if (!framed && !spacedOut && (isLayoutLine(source) || isSampleLine(source, introduction))) {
			code.push(source);
			continue;
		}

		flush();
		const indent = indentColumns(source);
		// A frame (`=  标题  =`) says heading at any length; otherwise a heading is short and stands alone.
		if ((framed && !chineseStop.test(line)) || (!catalog && alone && (ruled || indent >= 8 || spacedOut) && isHeadingShaped(line))) {
			units.push({text: line, role: 'heading', level: 1, indent, blankBefore: true});
		} else {
			const marker = step.exec(line)?.[1];
			const full = wrap === undefined ? undefined : lineColumns(source.trimEnd()) >= wrap - wrapSlack;
			const ideographicIndent = source.startsWith('\u3000');
			const after = raw[index + 1];
			const breakAfter = lines[index + 1] === '' || after === undefined || after.startsWith('\u3000') || indentColumns(after) > indent;
			const flags = {...(full !== undefined && {full}), ...(marker && {marker}), ...(ideographicIndent && {ideographicIndent}), ...(breakAfter && {breakAfter})};
			units.push({text: line, role: 'line', level: 0, indent, blankBefore: blank, ...flags});
		}

		introduction = source;
		blank = false;
		ruled = false;
	}

	flush();
	return units;
}

// A heading is short, has words (`01` is an item's number) and is no sentence.
function isHeadingShaped(line: string): boolean {
	return lineColumns(line) <= maxTypedHeadingColumns && /\p{Script=Han}|\p{L}{2}/u.test(line) && !/[。！？!?；;，,]["”’」』)）]*\s*$|[。！？]/u.test(line);
}

// Lines kept as written, tabs expanded to their stops, without the indent they all share.
function verbatim(lines: readonly string[]): string {
	const expanded = lines.map((line) => expandTabs(line).trimEnd());
	// A loop, not Math.min(...): a diagram of a million lines would overflow the call stack.
	let shared = Number.POSITIVE_INFINITY;
	for (const line of expanded) {
		shared = Math.min(shared, line.length - line.trimStart().length);
	}

	return expanded.map((line) => line.slice(shared)).join('\n');
}
