import type {DocumentKey} from '../core/document-key.js';
import {headStart, textOffsetOf} from '../core/document-offset.js';
import type {DocumentHits, Field, MatchKind, SearchIndex} from '../core/search/index.js';

/** One hit of a query, located in its document. */
export type SearchHit = {
	readonly key: DocumentKey;
	readonly kind: MatchKind;
	readonly field: Field;
	/** Block holding the hit (-1: the title) and the hit's UTF-16 range in its text. */
	readonly block: number;
	readonly start: number;
	readonly end: number;
	/** Text offset of the hit (core's `textOffsetOf`), what the reader's `top` takes. */
	readonly offset: number;
};

/**
 * Hits best first (documents in rank order, then reading order), each located in its
 * document only when asked for: a common character has 900,000 hits in 100 MB, and
 * locating them all took longer than finding them, on every key typed.
 */
export type HitList = {
	readonly length: number;
	at(index: number): SearchHit | undefined;
	slice(start: number, end: number): SearchHit[];
	/** The hits in one document, in reading order. */
	inDocument(key: DocumentKey): readonly SearchHit[];
};

/** No hits. */
export const noHits: HitList = {length: 0, at: () => undefined, slice: () => [], inDocument: () => []};

/** The hits of a search's documents, located lazily, a document at a time; `locateHit` is core's, loaded lazily by the service. */
export function hitList(index: SearchIndex, locateHit: typeof import('../core/search/index.js').locateHit, documents: readonly DocumentHits[]): HitList {
	// Hits before the end of each document, counted from the first document.
	const ends = new Float64Array(documents.length);
	let total = 0;
	for (const [position, found] of documents.entries()) {
		total += found.ranges.length / 2;
		ends[position] = total;
	}

	const located = new Map<number, SearchHit[]>();
	// A document's place, looked for when asked (the reader asks for the one it shows, again and again):
	// a map of ten thousand documents, built for every key typed, took a tenth of the keystroke.
	let asked: {key: DocumentKey; position: number} | undefined;
	const locate = (position: number): SearchHit[] => {
		let hits = located.get(position);
		if (!hits) {
			const found = documents[position]!;
			const entry = index.entry(found.key)!;
			hits = [];
			for (let at = 0; at < found.ranges.length; at += 2) {
				const {field, block, start, end} = locateHit(entry, found.ranges[at]!, found.ranges[at + 1]!);
				// A title hit shows the document from its head.
				const offset = block < 0 ? headStart : textOffsetOf(found.document, {block, offset: start});
				hits.push({key: found.document.key, kind: found.kind, field, block, start, end, offset});
			}

			located.set(position, hits);
		}

		return hits;
	};

	const at = (index: number): SearchHit | undefined => {
		if (!(index >= 0 && index < total)) {
			return undefined;
		}

		const position = firstAbove(ends, index);
		return locate(position)[index - (position === 0 ? 0 : ends[position - 1]!)];
	};

	return {
		length: total,
		at,
		slice(start, end) {
			const hits: SearchHit[] = [];
			for (let index = Math.max(0, start); index < Math.min(end, total); index++) {
				hits.push(at(index)!);
			}

			return hits;
		},
		inDocument(key) {
			if (asked?.key !== key) {
				asked = {key, position: documents.findIndex((found) => found.key === key)};
			}

			return asked.position === -1 ? [] : locate(asked.position);
		},
	};
}

/** The first position whose value is above `value` (values ascending). */
function firstAbove(values: Float64Array, value: number): number {
	let low = 0;
	let high = values.length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (values[middle]! > value) {
			high = middle;
		} else {
			low = middle + 1;
		}
	}

	return low;
}
