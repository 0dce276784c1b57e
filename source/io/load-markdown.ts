import {literalTag} from '../core/pipeline/literal-tag.js';

let loading: Promise<(markdown: string) => string> | undefined;

/** Loads the Markdown renderer the first time a document needs it; tags that name no element (`<ESC>`) stay text. */
export async function loadMarkdown(): Promise<(markdown: string) => string> {
	loading ??= import('marked').then(({Marked}) => {
		// `false` leaves a real tag to marked's own renderer.
		const marked = new Marked({renderer: {html: ({text}) => literalTag(text) ?? false}});
		return (markdown: string) => marked.parse(markdown, {async: false});
	});
	return loading;
}
