import {parseDocument, DomUtils} from 'htmlparser2';
import {isTag, isText, type ChildNode, type Element} from 'domhandler';
import type {Block} from '../document.js';
import {joinCjkSpaces} from './join-cjk-spaces.js';

/** What an HTML body yields: its blocks and the `<title>`, if any. */
export type HtmlContent = {
	readonly title: string | undefined;
	readonly blocks: Block[];
};

const dropped = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'iframe', 'svg', 'select', 'head']);
const blockLevel = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'body', 'html', 'center']);
// Page furniture announces itself in class names and ids; the article body does not.
const chrome = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumb|footer|share|social|sidebar|comments?|related|recommend|advert|ads?|toolbar|login|register|copyright)(?:$|[\s_-])/i;

/** Turns an HTML body into headings, paragraphs and image placeholders, dropping page chrome. */
export function htmlToBlocks(html: string): HtmlContent {
	const document = parseDocument(html, {decodeEntities: true});
	const titleElement = DomUtils.findOne((element) => element.name === 'title', document.children);
	const title = titleElement ? collapse(DomUtils.textContent(titleElement)) : undefined;
	const blocks: Block[] = [];
	const state = {text: ''};
	const flush = (): void => {
		const text = collapse(state.text);
		state.text = '';
		if (text) {
			blocks.push({kind: 'paragraph', text});
		}
	};

	walk(document.children, blocks, state, flush);
	flush();
	return {title: title || undefined, blocks};
}

type WalkState = {text: string};

function walk(nodes: readonly ChildNode[], blocks: Block[], state: WalkState, flush: () => void): void {
	for (const node of nodes) {
		if (isText(node)) {
			state.text += node.data;
		} else if (isTag(node)) {
			visitElement(node, blocks, state, flush);
		}
	}
}

function visitElement(element: Element, blocks: Block[], state: WalkState, flush: () => void): void {
	const name = element.name.toLowerCase();
	if (dropped.has(name) || isChrome(element)) {
		return;
	}

	const heading = /^h([1-6])$/.exec(name);
	if (heading) {
		flush();
		const text = collapse(DomUtils.textContent(element));
		if (text) {
			blocks.push({kind: 'heading', level: Number(heading[1]), text});
		}
	} else if (name === 'img') {
		flush();
		const alt = collapse(element.attribs['alt'] ?? element.attribs['title'] ?? '');
		blocks.push({kind: 'image', text: alt ? `[图片: ${alt}]` : '[图片]'});
	} else if (name === 'br') {
		flush();
	} else if (blockLevel.has(name)) {
		flush();
		walk(element.children, blocks, state, flush);
		flush();
	} else {
		walk(element.children, blocks, state, flush);
	}
}

function isChrome(element: Element): boolean {
	const role = element.attribs['role'];
	if (role === 'navigation' || role === 'banner' || role === 'contentinfo') {
		return true;
	}

	const names = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`;
	return chrome.test(names);
}

// Markup breaks lines anywhere; between Chinese characters a break is no space at all.
function collapse(text: string): string {
	return joinCjkSpaces(text.replace(/[ \t\n\r\f\v\u00A0]+/g, ' ').trim());
}
