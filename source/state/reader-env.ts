import type {Document} from '../core/document.js';
import type {AmbiguousWidth, DocumentLayout, LayoutDocument} from '../core/layout/layout-types.js';

/** What the reducer and selectors may consult besides state: the documents and their layouts. */
export type ReaderEnv = {
	/** The documents, in list order. */
	readonly documents: readonly Document[];
	/** The layout of a document for a width; memoized, so calling it repeatedly is cheap. */
	layoutOf(document: number, width: number): DocumentLayout;
	/** How ambiguous-width characters are counted. */
	readonly ambiguous: AmbiguousWidth;
};

/** Builds an env whose layouts are cached per (document, width); the last few widths are kept. */
export function createReaderEnv(
	documents: readonly Document[],
	layoutDocument: LayoutDocument,
	options: {readonly ambiguous: AmbiguousWidth; readonly indent: number},
): ReaderEnv {
	const cache = new Map<string, DocumentLayout>();
	return {
		documents,
		ambiguous: options.ambiguous,
		layoutOf(document, width) {
			const key = `${document}:${width}`;
			let layout = cache.get(key);
			if (!layout) {
				// A resize drag produces many widths; keep memory bounded.
				if (cache.size > 64) {
					cache.clear();
				}

				layout = layoutDocument(documents[document], {width: Math.max(1, width), ...options});
				cache.set(key, layout);
			}

			return layout;
		},
	};
}
