import {isHelpCatalog} from './plain-text/help-catalog.js';

const htmlDocument = /<!doctype html|<html[\s>]|<body[\s>]/i;
const feedRoot = /^<(?:rss|feed|rdf:rdf)[\s>]/i;
const nonSpace = /\S/g;

/**
 * Whether a text is an RSS, Atom or RDF feed, whose posts are HTML, read as a page of them:
 * its first element, after an XML declaration, processing instructions and comments, is
 * `<rss>`, `<feed>` or `<rdf:RDF>`. Read step by step: as one pattern with a repeated comment
 * (`(?:<!--[\s\S]*?-->\s*)*`), a page that opens with a comment and holds a run of them
 * further on backtracked for hours (twice the time for each comment more).
 */
export function isXmlFeed(text: string): boolean {
	let at = skipSpace(text, 0);
	for (;;) {
		const [opening, closing] = text.startsWith('<?', at) ? ['<?', '>'] : text.startsWith('<!--', at) ? ['<!--', '-->'] : [];
		const end = opening === undefined ? -1 : text.indexOf(closing!, at + opening.length);
		if (end === -1) {
			break;
		}

		at = skipSpace(text, end + closing!.length);
	}

	return feedRoot.test(text.slice(at, at + 9));
}

function skipSpace(text: string, from: number): number {
	nonSpace.lastIndex = from;
	return nonSpace.exec(text)?.index ?? text.length;
}

const blockTag = /<(?:p|div|h[1-6]|br|li|article|section|table|span|img)[\s/>]/gi;
// Lists alone are no evidence: OCR'd tables of contents start lines with `- `. Bold hugs its text:
// `** 要移动光标 **` in a plain-text tutor is decoration, and Markdown would not make it bold either.
const markdownInline = /^```|!?\[[^\]\n]+\]\([^)\n]+\)|\*\*(?=[^*\s])[^*\n]*[^*\s]\*\*/gm;
const atxHeading = /^#{1,6}\s+\S/;
// Fenced code blocks and inline code spans.
const quotedCode = /^```[\s\S]*?^```|^~~~[\s\S]*?^~~~|`[^`\n]+`/gm;

/** The markup of a body, as sniffed from its content. */
export type BodyMarkup = 'html' | 'markdown' | 'text';

/**
 * Decides how to read a body by looking at it, never at the file name. Markup quoted
 * as code (`` `<html>` ``, a fenced sample) is text about HTML, not HTML; Markdown
 * evidence outweighs the HTML tags a Markdown file embeds (`<p align="center">`).
 */
export function sniffMarkup(body: string): BodyMarkup {
	const sample = body.slice(0, 20_000);
	const unquoted = sample.replace(quotedCode, '');
	if (htmlDocument.test(unquoted) || isXmlFeed(sample)) {
		return 'html';
	}

	// A help catalog's `#` lines are comments, wherever they stand.
	if (isHelpCatalog(sample.split('\n', 2000))) {
		return 'text';
	}

	const inline = sample.match(markdownInline)?.length ?? 0;
	if (inline >= 2 || hasMarkdownHeading(sample)) {
		return 'markdown';
	}

	// A stray `</span>` in scraped text is debris, not markup: ask for several tags.
	const tags = unquoted.match(blockTag)?.length ?? 0;
	return tags >= 3 ? 'html' : 'text';
}

/**
 * Whether a `#` line is a Markdown heading: it stands alone, between blank lines or
 * text, and prose follows it. A run of `#` lines (`# Copyright …` / `#` / `# GnuPG is
 * free software`) is a comment header of a plain-text file, not a list of headings.
 */
function hasMarkdownHeading(sample: string): boolean {
	const lines = sample.split('\n', 2000);
	return lines.some((line, index) => {
		if (!atxHeading.test(line) || lines[index - 1]?.startsWith('#') || lines[index + 1]?.startsWith('#')) {
			return false;
		}

		const next = lines.slice(index + 1, index + 4).find((candidate) => candidate.trim() !== '');
		return next !== undefined && !next.startsWith('#');
	});
}
