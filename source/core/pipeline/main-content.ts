import type {Block, Extraction} from '../document.js';
import type {Article} from './find-article.js';
import {htmlToBlocks, type HtmlContent} from './html-to-blocks.js';

/**
 * Share of the page's visible text (outside links, navigation and hidden elements)
 * below which Readability's article is taken for a fragment it mistook for the
 * article. Measured on 68 real pages (news, government, blogs, mdBook): a right
 * article never kept less than 13% (a news page of link lists and ads); a wrong one
 * keeps a caption or a comment, a few per cent.
 */
export const keptShare = 0.1;

/** The blocks a page is read as, the chrome left out, and how they were found. */
export type MainContent = {
	readonly blocks: Block[];
	readonly droppedChrome: number;
	readonly extraction: Extraction;
};

/**
 * Readability's article when it holds enough of the page, else the page's body
 * without scripts, styles, navigation and footers (`page`). Blocks of the page the
 * article leaves out are counted as dropped chrome.
 */
export function mainContent(page: HtmlContent, article: Article): MainContent {
	// A document that is no HTML page (an RSS feed: its items land outside the DOM's body) has no
	// visible text by that measure; the text of its blocks stands in, or one post would pass for all of it.
	const visible = article.visible >= article.kept ? article.visible : page.blocks.reduce((sum, block) => sum + block.text.length, 0);
	if (article.html === undefined || article.kept < visible * keptShare) {
		return {blocks: page.blocks, droppedChrome: page.droppedChrome, extraction: 'fallback'};
	}

	const {blocks} = htmlToBlocks(article.html);
	const kept = blocks.map((block) => block.text).join('\n');
	const left = page.blocks.filter((block) => block.text !== '' && !kept.includes(block.text)).length;
	return {blocks, droppedChrome: page.droppedChrome + left, extraction: 'article'};
}
