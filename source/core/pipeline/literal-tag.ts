// Every element of HTML, current and obsolete: what an author can mean by a tag in Markdown.
const elements = new Set(
	`a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote body br
	button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed
	fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img
	input ins isindex kbd keygen label legend li link main map mark marquee math menu menuitem meta meter nav nobr noembed
	noframes noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp
	script search section select slot small source span strike strong style sub summary sup svg table tbody td template
	textarea tfoot th thead time title tr track tt u ul var video wbr xmp`.split(/\s+/),
);
const tag = /^<\/?([A-Za-z][A-Za-z\d-]*)(?:\s[^<>]*)?\/?>$/;

/**
 * The text of a raw tag in Markdown that names no HTML element (`<ESC>`, `<Ctrl-C>`,
 * `<Enter>`), escaped as HTML so that it shows; undefined for a real tag (`<kbd>`,
 * `<br/>`). Markdown passes such words through as tags, and a browser would hide
 * them; in prose they are key names and placeholders. A key named like an element
 * (`<Del>`) still reads as the element.
 */
export function literalTag(raw: string): string | undefined {
	const name = tag.exec(raw.trim())?.[1];
	if (name === undefined || elements.has(name.toLowerCase())) {
		return undefined;
	}

	return raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
