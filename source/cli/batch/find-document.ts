import type {Document} from '../../core/document.js';

/**
 * Finds the document a user named: its id, its path, or the start of its id when
 * that names only one (`002` for `002_1bb37f89f56831bb.txt`).
 */
export function findDocument(documents: readonly Document[], name: string): Document | undefined {
	const bare = name.replace(/^\.\//, '');
	const exact = documents.find((document) => document.id === bare || document.path === name || document.path.endsWith(`/${bare}`));
	if (exact) {
		return exact;
	}

	const prefixed = documents.filter((document) => document.id.startsWith(bare));
	return prefixed.length === 1 ? prefixed[0] : undefined;
}
