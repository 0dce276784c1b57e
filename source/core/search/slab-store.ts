import type {EntryStore} from './indexed-document.js';
import {Slabs} from './slabs.js';

/** Bitmaps (each letter's in slabs of its own), letter offsets and lists copied into slabs, in the order documents are added (see `Slabs`). */
export function slabStore(): EntryStore {
	// 256 KB a letter's slab: the last, partly filled, slab of each letter wastes little.
	const letters = Array.from({length: 26}, () => new Slabs<Uint32Array>((length) => new Uint32Array(length), 1 << 16));
	const offsets = new Slabs<Int32Array>((length) => new Int32Array(length), 1 << 16);
	const shortPositions = new Slabs<Uint16Array>((length) => new Uint16Array(length), 1 << 20);
	return {
		letterSlabs: letters.map((slabs) => slabs.all),
		placeBitmap(letter, source, start, length, letterAt) {
			const slabs = letters[letter]!;
			letterAt[letter] = slabs.place(source, start, length);
			letterAt[78 + letter] = slabs.placedIn;
		},
		offsets: (array) => offsets.copy(array),
		// Long documents' positions (32 bits) are few and large: they keep their own buffers.
		positions: (array) => (array instanceof Uint16Array ? shortPositions.copy(array) : array),
	};
}
