/** Deepest nesting kept; no real page comes near it. */
export const maxNesting = 512;

const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Tags that close an open sibling of the same name (`<p>a<p>b`, `<li>…<li>`), as browsers do.
const selfClosingSiblings = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
// Past the cap, these still open (a little deeper), so that a buried title or heading stays one.
const kept = new Set(['title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const keptReach = 64;
// How far up a stray closing tag may look for its opening tag, so that looking stays cheap.
const closeReach = 64;

/**
 * Removes the tags nested deeper than {@link maxNesting}, keeping all text: the
 * parser's cost grows with the square of the depth, and 100,000 unclosed `<div>`s
 * would take minutes. The depth is tracked as a browser would, roughly: void tags
 * and self-closed tags open nothing, `<p>` and `<li>` close an open sibling.
 */
export function capNesting(html: string): string {
	if (html.length < maxNesting * 3) {
		return html;
	}

	const open: string[] = [];
	const dropped = new Map<string, number>();
	return html.replace(tag, (whole, slash: string, rawName: string, selfClosing: string) => {
		const name = rawName.toLowerCase();
		if (slash) {
			return close(name, open, dropped) ? whole : '';
		}

		if (voidTags.has(name) || selfClosing) {
			return whole;
		}

		if (selfClosingSiblings.has(name) && open.at(-1) === name) {
			open.pop();
		}

		if (open.length >= maxNesting && !(kept.has(name) && open.length < maxNesting + keptReach)) {
			dropped.set(name, (dropped.get(name) ?? 0) + 1);
			return '';
		}

		open.push(name);
		return whole;
	});
}

// Whether a closing tag is kept: the closing tag of a dropped opening tag goes too.
function close(name: string, open: string[], dropped: Map<string, number>): boolean {
	const count = dropped.get(name) ?? 0;
	if (count > 0) {
		dropped.set(name, count - 1);
		return false;
	}

	for (let index = open.length - 1; index >= Math.max(0, open.length - closeReach); index--) {
		if (open[index] === name) {
			open.length = index;
			break;
		}
	}

	return true;
}
