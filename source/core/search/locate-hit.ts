import {fieldOf, recordAt, type IndexedDocument} from './indexed-document.js';
import type {HitLocation} from './search-types.js';

/** Where a hit (offsets in the indexed text) lies in the document: field, block, offsets and section. */
export function locateHit(entry: IndexedDocument, start: number, end: number): HitLocation {
	const record = recordAt(entry, start);
	const offset = entry.starts[record]!;
	const block = record - 1;
	let section = '';
	for (const candidate of entry.document.sections) {
		if (block < 0 || candidate.block > block) {
			break;
		}

		section = candidate.title;
	}

	return {field: fieldOf(entry, record), block, start: start - offset, end: end - offset, section};
}
