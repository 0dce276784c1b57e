import type {EntryStore} from './indexed-document.js';
import {Slabs} from './slabs.js';

/** Entries' record starts and short position lists copied into slabs, in the order documents are added (see `Slabs`). */
export function slabStore(): EntryStore {
	const offsets = new Slabs<Int32Array>((length) => new Int32Array(length), 1 << 16);
	const shortPositions = new Slabs<Uint16Array>((length) => new Uint16Array(length), 1 << 20);
	return {
		offsets: (array) => offsets.copy(array),
		// Long documents' positions (32 bits) are few and large: they keep their own buffers.
		positions: (array) => (array instanceof Uint16Array ? shortPositions.copy(array) : array),
	};
}
