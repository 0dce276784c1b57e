import type {Block} from '../../document.js';
import {findTableOfContents, type TableOfContents} from '../magazine/table-of-contents.js';
import {matchTocTitles} from '../magazine/match-toc-titles.js';
import {isChromeLine, trailingChromeLength} from '../page-chrome.js';
import {isMetadataLine} from '../metadata/metadata-lines.js';
import {findTextTitle} from './find-text-title.js';
import {joinBrokenLines} from './join-broken-lines.js';
import {countBigrams} from '../../text/bigram-counts.js';
import {classifyUnits} from './classify-units.js';
import {markStrongHeadings} from './mark-strong-headings.js';
import {joinCjkSpaces} from '../join-cjk-spaces.js';
import type {TextUnit} from '../../text/text-units.js';
import {joinWrapped} from '../../text/join-wrapped.js';
import {looksScanned} from './looks-scanned.js';
import {widenPunctuation} from './widen-punctuation.js';
import {indentColumns} from '../../text/line-columns.js';
import {typedUnits} from './typed-units.js';
import {findWrapWidth} from './find-wrap-width.js';
import {isCatalogKey, isHelpCatalog} from './help-catalog.js';

/** A plain-text document's title (when it names one), its blocks, and how many chrome lines were dropped. */
export type TextContent = {
	readonly title: string | undefined;
	readonly blocks: Block[];
	readonly droppedChrome: number;
};

/**
 * Reads plain text (including OCR output and scraped pages saved as text) into
 * blocks: drops page chrome and header metadata, finds the title, joins broken
 * lines, and recognises headings, datelines and a magazine's articles. Spaces
 * between Chinese characters are removed only when the document reads as OCR
 * output; an author's spaces (`1. 请`, `用 UTF-16 编码`) are text. A dot-keyed help
 * catalog's keys are its section headings.
 */
export function textToBlocks(text: string, progress: (share: number) => void = () => undefined): TextContent {
	const raw = withoutCommentHeader(text.split('\n'));
	// A help catalog's `.` lines close its entries and its `#` lines are comments: markup, like rules, not text.
	const catalog = isHelpCatalog(raw);
	const lines = raw.map((line) => (catalog && /^(?:\.|#.*)$/u.test(line.trim()) ? '' : unframed(line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))));
	const scanned = !catalog && looksScanned(text);
	// The contents need the indentation: it tells a wrapped title from a section name.
	const toc = catalog ? undefined : findTableOfContents(raw);
	// Typed text shows its layout: blank lines, indented diagrams, numbered steps, hard wrapping.
	const typed = !scanned && !toc;
	// Rules and frames are as wide as the author's page, but the text's lines are what was wrapped.
	const wrap = typed ? findWrapWidth(raw.filter((line, index) => lines[index] !== '' && lines[index] === line.trim())) : undefined;
	let units = typed ? typedUnits(raw, lines, wrap, catalog) : toUnits(raw, lines, toc, scanned);
	progress(0.3);
	const trailing = trailingChromeLength(units.map((unit) => unit.text));
	units = units.slice(0, units.length - trailing);
	const chromeLines = units.filter((unit) => unit.role === 'line' && isChromeLine(unit.text)).length;
	units = units.filter((unit) => unit.role !== 'line' || (!isChromeLine(unit.text) && !isMetadataLine(unit.text)));
	// Pairs counted once, before the title is cut out: they tell the title search too whether its line runs on.
	const counts = countBigrams(units.map((unit) => unit.text));
	const title = findTextTitle(units, counts);
	if (title && title.index >= 0) {
		// Short lines above the title are the site's banner; the title itself is not repeated.
		units = units.slice(title.index).filter((unit, index) => index > 0 || unit.role === 'article');
	}

	progress(0.45);
	const classified = classifyUnits(joinBrokenLines(markStrongHeadings(units), counts, typed), toc)
		// A help catalog's sections are its entries: a short line inside one (`“密钥已泄漏”`) is the entry's text.
		.map((unit) => (catalog && unit.role === 'heading' && !isCatalogKey(unit.text) ? {...unit, role: 'paragraph' as const} : unit));
	progress(0.7);
	return {title: title?.title, blocks: classified.map((unit) => toBlock(unit, scanned)), droppedChrome: trailing + chromeLines};
}

// Rules of `=`, `-`, `~` or `*` frame titles and sections in hand-laid-out text: they are not text.
const rule = /^([=\-~*_])\1{2,}$/u;
const framed = /^([=*|])\s+(.*\S)\s+\1$/u;

/** A line without its decoration: a rule becomes empty, `=   标题   =` becomes `标题`. */
function unframed(line: string): string {
	if (rule.test(line)) {
		return '';
	}

	return framed.exec(line)?.[2] ?? line;
}

/**
 * A plain-text file that opens with `#` comment lines (a licence, `#!/bin/sh`) starts
 * after them: they are about the file, not its text, and never its title.
 */
function withoutCommentHeader(lines: readonly string[]): string[] {
	let end = 0;
	while (end < lines.length && (lines[end]!.startsWith('#') || (end > 0 && lines[end]!.trim() === '' && lines[end + 1]?.startsWith('#')))) {
		end++;
	}

	return end >= 2 ? lines.slice(end) : [...lines];
}

function toUnits(raw: readonly string[], lines: readonly string[], toc: TableOfContents | undefined, scanned: boolean): TextUnit[] {
	const matches = new Map((toc ? matchTocTitles(lines, toc) : []).map((match) => [match.line, match]));
	const units: TextUnit[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const match = matches.get(index);
		if (match) {
			// OCR spaces a title at random (`石 榴 花开的 村庄`); the contents spell it as one.
			const text = match.exact ? match.entry.title : lines.slice(index, index + match.count).filter(Boolean).reduce(joinWrapped);
			units.push({text: scanned ? joinCjkSpaces(text, {keepBetweenPhrases: 4}) : text, role: 'article', level: 1, indent: indentColumns(raw[index]!)});
			index += match.count - 1;
		} else if (line) {
			const inToc = toc !== undefined && index >= toc.start && index < toc.end;
			const ideographicIndent = raw[index]!.startsWith('\u3000');
			units.push({text: line, role: inToc ? 'toc' : 'line', level: 0, indent: indentColumns(raw[index]!), ...(ideographicIndent && {ideographicIndent})});
		}
	}

	return units;
}

function toBlock(unit: TextUnit, scanned: boolean): Block {
	// Full-width marks first: a space beside one then goes with the others.
	const text = scanned && unit.role !== 'toc' ? joinCjkSpaces(widenPunctuation(unit.text)) : unit.text;
	if (unit.role === 'article' || unit.role === 'heading') {
		return {kind: 'heading', level: unit.level, text};
	}

	if (unit.role === 'code') {
		return {kind: 'code', text};
	}

	if (unit.marker && text.startsWith(unit.marker)) {
		return {kind: 'list-item', marker: unit.marker, depth: 0, text: text.slice(unit.marker.length).trimStart()};
	}

	return {kind: 'paragraph', text};
}
