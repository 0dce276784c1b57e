let loading: Promise<(markdown: string) => string> | undefined;

/** Loads the Markdown renderer the first time a document needs it. */
export async function loadMarkdown(): Promise<(markdown: string) => string> {
	loading ??= import('marked').then(({marked}) => (markdown: string) => marked.parse(markdown, {async: false}));
	return loading;
}
