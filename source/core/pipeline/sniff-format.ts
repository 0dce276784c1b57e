const htmlDocument = /<!doctype html|<html[\s>]|<body[\s>]/i;
const blockTag = /<(?:p|div|h[1-6]|br|li|article|section|table|span|img)[\s/>]/gi;
// Lists alone are no evidence: OCR'd tables of contents start lines with `- `.
const markdownHeading = /^#{1,6}\s+\S/m;
const markdownInline = /^```|!?\[[^\]\n]+\]\([^)\n]+\)|\*\*[^*\n]+\*\*/gm;

/** The markup of a body, as sniffed from its content. */
export type BodyMarkup = 'html' | 'markdown' | 'text';

/** Decides how to read a body by looking at it, never at the file name. */
export function sniffMarkup(body: string): BodyMarkup {
	const sample = body.slice(0, 20_000);
	if (htmlDocument.test(sample)) {
		return 'html';
	}

	// A stray `</span>` in scraped text is debris, not markup: ask for several tags.
	const tags = sample.match(blockTag)?.length ?? 0;
	if (tags >= 3) {
		return 'html';
	}

	const inline = sample.match(markdownInline)?.length ?? 0;
	return markdownHeading.test(sample) || inline >= 2 ? 'markdown' : 'text';
}
