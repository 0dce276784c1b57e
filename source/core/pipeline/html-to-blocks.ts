import {parseDocument} from 'htmlparser2';
import {isTag, isText, type ChildNode, type Element} from 'domhandler';
import type {Block} from '../document.js';
import {collapseMarkupSpace, findElement, pushChildren, textLengths, textOf} from './html-tree.js';
import {capNesting} from './cap-nesting.js';
import {dataTableRows} from './html-table.js';

/** What an HTML body yields: its blocks, the `<title>`, if any, and how many chrome elements were dropped. */
export type HtmlContent = {
	readonly title: string | undefined;
	readonly blocks: Block[];
	/** Elements dropped as page chrome (navigation, share bars, footers…). */
	readonly droppedChrome: number;
};

const hidden = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
const chromeTags = new Set(['nav', 'footer', 'aside', 'form', 'button', 'iframe', 'select']);
const blockLevel = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'blockquote', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'body', 'html', 'center']);
// Containers of the whole page: a class on them (`sidebar-visible`, `has-sidebar`) describes the page, not chrome.
const pageContainers = new Set(['html', 'body', 'main', 'article']);
// Page furniture announces itself in class names and ids; the article body does not.
const chrome = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumb|footer|share|social|sidebar|comments?|related|recommend|advert|ads?|toolbar|login|register|copyright)(?:$|[\s_-])/i;
// An element holding this share of the page's text holds the article, whatever its class says.
const mainTextShare = 0.5;

/** A list, list item or block quote the walk is inside: it decides what kind of block text becomes. */
type Context =
	| {readonly kind: 'list'; readonly ordered: boolean; next: number; readonly depth: number}
	| {readonly kind: 'item'; readonly marker: string; readonly depth: number; started: boolean}
	| {readonly kind: 'quote'};

type Walk = {
	readonly blocks: Block[];
	readonly lengths: Map<Element, number>;
	readonly pageLength: number;
	readonly contexts: Context[];
	text: string;
	droppedChrome: number;
};

/** Turns an HTML body into blocks (headings, paragraphs, lists, quotes, code, tables, rules, images), dropping page chrome. */
export function htmlToBlocks(html: string): HtmlContent {
	const document = parseDocument(capNesting(html), {decodeEntities: true});
	const titleElement = findElement(document.children, (element) => element.name === 'title');
	const title = titleElement ? collapseMarkupSpace(textOf(titleElement)) : undefined;
	const lengths = textLengths(document.children, (element) => hidden.has(element.name.toLowerCase()));
	const pageLength = document.children.reduce((sum, node) => sum + (isTag(node) ? (lengths.get(node) ?? 0) : 0), 0);
	const walk: Walk = {blocks: [], lengths, pageLength, contexts: [], text: '', droppedChrome: 0};
	visit(document.children, walk);
	flush(walk);
	return {title: title || undefined, blocks: walk.blocks, droppedChrome: walk.droppedChrome};
}

/** A node to visit, or the end of a block-level element (which may close a context). */
type Step = ChildNode | {readonly closesContext: boolean};

function visit(nodes: readonly ChildNode[], walk: Walk): void {
	const stack: Step[] = [];
	pushChildren<Step>(stack, nodes);
	while (stack.length > 0) {
		const step = stack.pop()!;
		if ('closesContext' in step) {
			flush(walk);
			if (step.closesContext) {
				walk.contexts.pop();
			}
		} else if (isText(step)) {
			walk.text += step.data;
		} else if (isTag(step)) {
			const children = open(step, walk);
			if (children === 'block' || children === 'context') {
				stack.push({closesContext: children === 'context'});
			}

			if (children !== 'none') {
				pushChildren<Step>(stack, step.children);
			}
		}
	}
}

// Handles an element's own contribution and says whether to walk into it, and whether it opened a context.
function open(element: Element, walk: Walk): 'none' | 'block' | 'context' | 'inline' {
	const name = element.name.toLowerCase();
	if (hidden.has(name)) {
		return 'none';
	}

	if (isChrome(element, name, walk)) {
		walk.droppedChrome++;
		return 'none';
	}

	const leaf = leafBlock(element, name);
	if (leaf !== undefined) {
		flush(walk);
		if (leaf) {
			walk.blocks.push(leaf);
		}

		return 'none';
	}

	if (name === 'br' || blockLevel.has(name)) {
		flush(walk);
	}

	const context = openContext(name, element, walk.contexts);
	if (context) {
		walk.contexts.push(context);
		return 'context';
	}

	return blockLevel.has(name) ? 'block' : 'inline';
}

// Elements that become one block whole (or nothing, as null): headings, images, code, rules, data tables.
function leafBlock(element: Element, name: string): Block | null | undefined {
	const heading = /^h([1-6])$/.exec(name);
	if (heading) {
		const text = collapseMarkupSpace(textOf(element));
		return text ? {kind: 'heading', level: Number(heading[1]), text} : null;
	}

	if (name === 'img') {
		const alt = collapseMarkupSpace(element.attribs['alt'] ?? element.attribs['title'] ?? '');
		return {kind: 'image', text: alt ? `[图片: ${alt}]` : '[图片]'};
	}

	if (name === 'pre') {
		// Code is verbatim: only the newline after `<pre>` and trailing blank lines are markup.
		const text = textOf(element).replace(/^\r?\n/, '').replace(/\s+$/, '');
		return text ? {kind: 'code', text} : null;
	}

	if (name === 'hr') {
		return {kind: 'rule', text: ''};
	}

	const table = name === 'table' ? dataTableRows(element) : undefined;
	return table ? {kind: 'table', ...table, text: table.rows.map((row) => row.join('\t')).join('\n')} : undefined;
}

function openContext(name: string, element: Element, contexts: readonly Context[]): Context | undefined {
	if (name === 'ul' || name === 'ol') {
		const depth = contexts.filter((context) => context.kind === 'list').length;
		return {kind: 'list', ordered: name === 'ol', next: Number.parseInt(element.attribs['start'] ?? '1', 10) || 1, depth};
	}

	if (name === 'li') {
		const list = contexts.findLast((context) => context.kind === 'list');
		const marker = list?.kind === 'list' && list.ordered ? `${list.next++}.` : '•';
		return {kind: 'item', marker, depth: list?.kind === 'list' ? list.depth : 0, started: false};
	}

	return name === 'blockquote' ? {kind: 'quote'} : undefined;
}

// Text becomes a list item inside an item, a quote inside a block quote, a paragraph elsewhere.
function flush(walk: Walk): void {
	const text = collapseMarkupSpace(walk.text);
	walk.text = '';
	if (!text) {
		return;
	}

	const context = walk.contexts.findLast((candidate) => candidate.kind !== 'list');
	if (context?.kind === 'item') {
		walk.blocks.push({kind: 'list-item', marker: context.started ? '' : context.marker, depth: context.depth, text});
		context.started = true;
	} else {
		walk.blocks.push({kind: context?.kind === 'quote' ? 'quote' : 'paragraph', text});
	}
}

function isChrome(element: Element, name: string, walk: Walk): boolean {
	const role = element.attribs['role'];
	const names = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
	const marked = chromeTags.has(name) || role === 'navigation' || role === 'banner' || role === 'contentinfo' || chrome.test(names);
	// No rule removes the article: `<body class="has-sidebar">` or a page-wide `<form>` holds the whole page.
	return marked && !pageContainers.has(name) && (walk.lengths.get(element) ?? 0) < walk.pageLength * mainTextShare;
}
