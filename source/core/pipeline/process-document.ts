import {documentKey, type DocumentKey, type FileStamp} from '../document-key.js';
import type {Block, Document, DocumentFormat, Extraction} from '../document.js';
import {sanitize} from '../text/sanitize.js';
import {stripAnnotations} from './strip-annotations.js';
import {frontMatterBody, splitFrontMatter} from './front-matter.js';
import {isXmlFeed, sniffMarkup} from './sniff-markup.js';
import {htmlToBlocks} from './html-to-blocks.js';
import type {Article} from './find-article.js';
import {mainContent} from './main-content.js';
import {textToBlocks} from './plain-text/text-to-blocks.js';
import {cleanBlocks} from './clean-blocks.js';
import {splitLongParagraphs} from './split-long-paragraphs.js';
import {findMetadata} from './metadata/find-metadata.js';
import {resolveTitle, withoutSiteName} from './resolve-title.js';
import {buildOutline} from './build-outline.js';
import {detectScript} from './detect-script.js';
import {charLength} from '../text/char-length.js';
import {withoutLetterSpacing} from '../text/letter-spacing.js';

/** A decoded file, before processing. */
export type SourceText = {
	readonly id: string;
	readonly path: string;
	/** The title when the text names none and the path is no file name (standard input), in the user's language. */
	readonly name?: string;
	/** Stable identity; the path as given when absent. */
	readonly key?: DocumentKey;
	/** The file's size and mtime when read. */
	readonly stamp?: FileStamp;
	/** Decoded text; may still hold control characters and markup. */
	readonly text: string;
	readonly encoding: string;
};

/** Libraries the pipeline needs only for some documents, loaded by the caller when asked for. */
export type PipelineTools = {
	/** Markdown to HTML; needed when {@link needsMarkdown} says so. */
	readonly markdownToHtml?: (markdown: string) => string;
	/** A full page's article; needed when {@link needsArticle} says so. */
	readonly findArticle?: (html: string) => Article;
};

type Parsed = {format: DocumentFormat; blocks: Block[]; titles: Array<string | undefined>; lines: string[]; droppedChrome: number; extraction: Extraction};

/** Whether a decoded text is Markdown, so that processing it needs `markdownToHtml`. */
export function needsMarkdown(text: string): boolean {
	// Only whether there is front matter matters here: processDocument parses it, once.
	const body = frontMatterBody(text);
	const markup = sniffMarkup(body ?? text);
	return markup === 'markdown' || (markup === 'text' && body !== undefined);
}

/** Whether a decoded text is a full HTML page, whose article `findArticle` finds (a feed is all article). */
export function needsArticle(text: string): boolean {
	return splitFrontMatter(text) === undefined && sniffMarkup(text) === 'html' && !isXmlFeed(text);
}

/** How far processing a document has come, from 0 to 1, told between its stages. */
export type OnProgress = (share: number) => void;

/**
 * Turns a decoded file into a clean document with title, metadata and outline. `progress`
 * hears the share done after each stage (shares measured on a 50 MB magazine), which a
 * reader shows while a large file is processed.
 */
export function processDocument(source: SourceText, tools: PipelineTools = {}, progress: OnProgress = () => undefined): Document {
	const text = stripAnnotations(sanitize(source.text));
	progress(0.15);
	const frontMatter = splitFrontMatter(text);
	const parsed = parse(frontMatter?.body ?? text, frontMatter !== undefined, tools, (share) => {
		progress(0.15 + (share * 0.6));
	});
	progress(0.75);
	const fields = frontMatter?.data ?? {};
	// A file name can carry control characters too; the title may fall back to it.
	const named = withoutLetterSpacing(sanitize(resolveTitle(fields['title'], parsed.titles, parsed.blocks, source.path)).trim());
	const title = named || (source.name ?? '(untitled)');
	const headings = parsed.blocks.map((block) => (block.kind === 'heading' ? {...block, text: withoutLetterSpacing(block.text)} : block));
	const cleaned = cleanBlocks(headings, title);
	const blocks = splitLongParagraphs(cleaned.blocks);
	progress(0.9);
	const metadata = findMetadata(fields, parsed.lines);
	const body = blocks.map((block) => block.text).join('\n');
	return {
		key: source.key ?? documentKey(source.path),
		...(source.stamp && {stamp: source.stamp}),
		id: source.id,
		path: source.path,
		format: parsed.format,
		encoding: source.encoding,
		title,
		...metadata,
		// A name given for want of a title is in the interface's script, not the text's.
		script: detectScript(`${named}\n${body}`),
		blocks,
		sections: buildOutline(blocks),
		chars: blocks.reduce((sum, block) => sum + charLength(block.text), 0),
		droppedChrome: parsed.droppedChrome + cleaned.droppedChrome,
		extraction: parsed.extraction,
	};
}

function parse(body: string, hasFrontMatter: boolean, tools: PipelineTools, progress: OnProgress): Parsed {
	const markup = sniffMarkup(body);
	if (markup === 'text' && !hasFrontMatter) {
		const content = textToBlocks(body, progress);
		const lines = body.split('\n').map((line) => line.trim());
		return {format: 'text', blocks: content.blocks, titles: [content.title], lines, droppedChrome: content.droppedChrome, extraction: 'none'};
	}

	const html = markup === 'html' ? unwrapCdata(body) : markdownToHtml(tools)(body);
	const page = htmlToBlocks(html);
	const format: DocumentFormat = hasFrontMatter ? (markup === 'html' ? 'front-matter-html' : 'front-matter-markdown') : markup;
	// Titles and metadata come from the whole page: a byline or date often sits outside the article.
	const heading = page.blocks.find((block) => block.kind === 'heading' && block.level === 1)?.text;
	const titles = [heading, page.title && withoutSiteName(page.title)];
	const lines = page.blocks.map((block) => block.text);
	// Only a full page has chrome around an article; Markdown and front-matter bodies are the article,
	// and so is every post of a feed (Readability would keep one post).
	const content = format === 'html' && !isXmlFeed(html) ? mainContent(page, findArticle(tools)(html)) : {...page, extraction: 'none' as const};
	return {format, blocks: content.blocks, titles, lines, droppedChrome: content.droppedChrome, extraction: content.extraction};
}

/**
 * CDATA sections as their content: an HTML parser reads `<![CDATA[…]]>` as a comment and
 * drops it, and an RSS or Atom feed keeps every post's text (HTML) in one (a blog feed
 * kept 123 of its 9,945 Chinese characters). The markers go one by one: a feed cut short
 * leaves a section unclosed.
 */
function unwrapCdata(html: string): string {
	return html.includes('<![CDATA[') ? html.replaceAll('<![CDATA[', '').replaceAll(']]>', '') : html;
}

function findArticle(tools: PipelineTools): (html: string) => Article {
	if (!tools.findArticle) {
		throw new Error('An HTML page needs tools.findArticle: check needsArticle() and load it first');
	}

	return tools.findArticle;
}

function markdownToHtml(tools: PipelineTools): (markdown: string) => string {
	if (!tools.markdownToHtml) {
		throw new Error('Markdown needs tools.markdownToHtml: check needsMarkdown() and load it first');
	}

	return tools.markdownToHtml;
}
