import type {Document} from '../../core/document.js';

/**
 * The documents a name could mean: the one whose id or path it is, else those
 * whose id starts with it (`002` for `002_1bb37f89f56831bb.txt`); every document
 * when no name is given. One answer is the document; several are for the user to choose.
 */
export function matchDocuments(documents: readonly Document[], name: string | undefined): readonly Document[] {
	if (name === undefined) {
		return documents;
	}

	const bare = name.replace(/^\.\//, '');
	const exact = documents.find((document) => document.id === bare || document.path === name || document.path.endsWith(`/${bare}`));
	if (exact) {
		return [exact];
	}

	return documents.filter((document) => document.id.startsWith(bare));
}
