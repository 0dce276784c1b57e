import {parseHTML} from 'linkedom';
import {Readability} from '@mozilla/readability';
import {capNesting} from './cap-nesting.js';

/** What Readability found to be a page's article, and how much of the page's text it holds. */
export type Article = {
	/** The article's HTML, or undefined when Readability found none. */
	readonly html: string | undefined;
	/** Letters and digits in the article. */
	readonly kept: number;
	/** Letters and digits a reader sees on the page outside links, navigation, headers, footers and hidden elements. */
	readonly visible: number;
};

/** The part of a DOM node this module reads (linkedom's nodes have it; the project compiles without the DOM types). */
type DomNode = {
	readonly nodeType: number;
	readonly nodeName: string;
	readonly textContent: string | null;
	readonly childNodes: ArrayLike<DomNode>;
	getAttribute?: (name: string) => string | null;
};

const elementNode = 1;
const textNode = 3;
// Never shown, or shown around every page rather than as its text.
const unseen = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'A']);
const letters = /[\p{L}\p{N}]/gu;
// Readability reads every element several times over, and every ancestor of each: past this many tags, or this
// deep (real pages nest under 30 levels; 200 levels take 1.4 s, 512 take 10 s), the page's body is read instead.
const mostTags = 50_000;
const deepest = 100;
// Readability turns every <h1> into <h2>; a mark on them, which it keeps, turns them back.
const h1Mark = 'data-yuelan-h1';
const markedH1 = new RegExp(`<h2([^>]*?) ${h1Mark}=""([^>]*)>([\\s\\S]*?)</h2>`, 'g');

/**
 * Finds the article of a full HTML page with Mozilla's Readability on a linkedom
 * DOM, and measures the page's visible text before Readability rewrites the DOM,
 * so that the caller can tell an article from a fragment Readability mistook for one.
 */
export function findArticle(html: string): Article {
	const {document} = parseHTML(capNesting(html));
	const {visible, depth} = measure(document.body as unknown as DomNode | null);
	if (depth > deepest || (html.match(/<[a-z]/gi)?.length ?? 0) > mostTags) {
		return {html: undefined, kept: 0, visible};
	}

	for (const heading of document.querySelectorAll('h1')) {
		heading.setAttribute(h1Mark, '');
	}

	// The outer elements' classes describe the page, not a part of it: with `<html class="sidebar-visible">`
	// (mdBook) Readability dropped the whole page as unlikely, then tried again keeping every unlikely part,
	// and mdBook's hidden help popup (`Keyboard shortcuts`) came out as the article's first section.
	for (const outer of [document.documentElement, document.body]) {
		outer?.removeAttribute('class');
	}

	try {
		// A low threshold: with Readability's 500 characters, a short article (a poem, a notice) is passed over for the longer comments below it.
		const article = new Readability(document as never, {charThreshold: 20}).parse();
		const text = article?.textContent ?? '';
		const content = article?.content?.replace(markedH1, '<h1$1$2>$3</h1>');
		return {html: content ?? undefined, kept: text.match(letters)?.length ?? 0, visible};
	} catch {
		// Readability throws on documents it cannot read (no <html>, too deep): the caller falls back to the body.
		return {html: undefined, kept: 0, visible};
	}
}

// Visible text is counted outside links: link lists (related articles, menus) make up much of a news page and none of its article.
// The depth counts hidden elements too: Readability walks them all the same.
function measure(body: DomNode | null): {visible: number; depth: number} {
	let visible = 0;
	let depth = 0;
	const stack: Array<readonly [DomNode, number, boolean]> = body ? [[body, 1, true]] : [];
	while (stack.length > 0) {
		const [node, level, shown] = stack.pop()!;
		depth = Math.max(depth, level);
		if (node.nodeType === textNode && shown) {
			visible += node.textContent?.match(letters)?.length ?? 0;
		} else if (node.nodeType === elementNode) {
			const childrenShown = shown && !hidden(node);
			// Read once: linkedom builds a new list at each read of childNodes, a cost in the number of children.
			const children = node.childNodes;
			for (let index = children.length - 1; index >= 0; index--) {
				stack.push([children[index]!, level + 1, childrenShown]);
			}
		}
	}

	return {visible, depth};
}

function hidden(element: DomNode): boolean {
	const attribute = (name: string) => element.getAttribute?.(name) ?? null;
	return (
		unseen.has(element.nodeName.toUpperCase()) ||
		attribute('hidden') !== null ||
		attribute('aria-hidden') === 'true' ||
		/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribute('style') ?? '')
	);
}
