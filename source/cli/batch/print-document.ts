import type {Document} from '../../core/document.js';
import type {LayoutOptions} from '../../core/layout/layout-types.js';
import {layoutDocument} from '../../core/layout/layout-document.js';

/** `--print`: the document as the reader shows it, one string per screen line. */
export function printDocument(document: Document, options: LayoutOptions): string[] {
	const layout = layoutDocument(document, options);
	return layout.slice(0, layout.lineCount()).map((line) => line.text.trimEnd());
}
