import {parseDocument} from 'htmlparser2';
import {isTag, isText, type ChildNode, type Element} from 'domhandler';
import type {Block} from '../document.js';
import {joinCjkSpaces} from './join-cjk-spaces.js';
import {findElement, pushChildren, textLengths, textOf} from './html-tree.js';
import {capNesting} from './cap-nesting.js';

/** What an HTML body yields: its blocks, the `<title>`, if any, and how many chrome elements were dropped. */
export type HtmlContent = {
	readonly title: string | undefined;
	readonly blocks: Block[];
	/** Elements dropped as page chrome (navigation, share bars, footers…). */
	readonly droppedChrome: number;
};

const hidden = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
const chromeTags = new Set(['nav', 'footer', 'aside', 'form', 'button', 'iframe', 'select']);
const blockLevel = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'body', 'html', 'center']);
// Containers of the whole page: a class on them (`sidebar-visible`, `has-sidebar`) describes the page, not chrome.
const pageContainers = new Set(['html', 'body', 'main', 'article']);
// Page furniture announces itself in class names and ids; the article body does not.
const chrome = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumb|footer|share|social|sidebar|comments?|related|recommend|advert|ads?|toolbar|login|register|copyright)(?:$|[\s_-])/i;
// An element holding this share of the page's text holds the article, whatever its class says.
const mainTextShare = 0.5;

type Walk = {
	readonly blocks: Block[];
	readonly lengths: Map<Element, number>;
	readonly pageLength: number;
	text: string;
	droppedChrome: number;
};

/** Turns an HTML body into headings, paragraphs and image placeholders, dropping page chrome. */
export function htmlToBlocks(html: string): HtmlContent {
	const document = parseDocument(capNesting(html), {decodeEntities: true});
	const titleElement = findElement(document.children, (element) => element.name === 'title');
	const title = titleElement ? collapse(textOf(titleElement)) : undefined;
	const lengths = textLengths(document.children, (element) => hidden.has(element.name.toLowerCase()));
	const pageLength = document.children.reduce((sum, node) => sum + (isTag(node) ? (lengths.get(node) ?? 0) : 0), 0);
	const walk: Walk = {blocks: [], lengths, pageLength, text: '', droppedChrome: 0};
	visit(document.children, walk);
	flush(walk);
	return {title: title || undefined, blocks: walk.blocks, droppedChrome: walk.droppedChrome};
}

/** A node to visit, or the end of a block-level element. */
type Step = ChildNode | 'end-of-block';

function visit(nodes: readonly ChildNode[], walk: Walk): void {
	const stack: Step[] = [];
	pushChildren<Step>(stack, nodes);
	while (stack.length > 0) {
		const step = stack.pop()!;
		if (step === 'end-of-block') {
			flush(walk);
		} else if (isText(step)) {
			walk.text += step.data;
		} else if (isTag(step)) {
			const children = open(step, walk);
			if (children === 'block') {
				stack.push('end-of-block');
			}

			if (children !== 'none') {
				pushChildren<Step>(stack, step.children);
			}
		}
	}
}

// Handles an element's own contribution and says whether and how to walk into it.
function open(element: Element, walk: Walk): 'none' | 'block' | 'inline' {
	const name = element.name.toLowerCase();
	if (hidden.has(name)) {
		return 'none';
	}

	if (isChrome(element, name, walk)) {
		walk.droppedChrome++;
		return 'none';
	}

	const heading = /^h([1-6])$/.exec(name);
	if (heading) {
		flush(walk);
		const text = collapse(textOf(element));
		if (text) {
			walk.blocks.push({kind: 'heading', level: Number(heading[1]), text});
		}

		return 'none';
	}

	if (name === 'img') {
		flush(walk);
		const alt = collapse(element.attribs['alt'] ?? element.attribs['title'] ?? '');
		walk.blocks.push({kind: 'image', text: alt ? `[图片: ${alt}]` : '[图片]'});
		return 'none';
	}

	if (name === 'br' || blockLevel.has(name)) {
		flush(walk);
	}

	return blockLevel.has(name) ? 'block' : 'inline';
}

function flush(walk: Walk): void {
	const text = collapse(walk.text);
	walk.text = '';
	if (text) {
		walk.blocks.push({kind: 'paragraph', text});
	}
}

function isChrome(element: Element, name: string, walk: Walk): boolean {
	const role = element.attribs['role'];
	const names = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
	const marked = chromeTags.has(name) || role === 'navigation' || role === 'banner' || role === 'contentinfo' || chrome.test(names);
	// No rule removes the article: `<body class="has-sidebar">` or a page-wide `<form>` holds the whole page.
	return marked && !pageContainers.has(name) && (walk.lengths.get(element) ?? 0) < walk.pageLength * mainTextShare;
}

// Markup breaks lines anywhere; between Chinese characters a break is no space at all.
function collapse(text: string): string {
	return joinCjkSpaces(text.replace(/[ \t\n\r\f\v\u00A0]+/g, ' ').trim());
}
