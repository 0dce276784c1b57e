import {isHelpCatalog} from './plain-text/help-catalog.js';

const htmlDocument = /<!doctype html|<html[\s>]|<body[\s>]/i;
/** An RSS, Atom or RDF feed: its posts are HTML, read as a page of them. */
export const xmlFeed = /^\s*(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:rdf)[\s>]/i;
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
	if (htmlDocument.test(unquoted) || xmlFeed.test(sample)) {
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
