import type {Document} from '../../core/document.js';
import {locateHit, SearchIndex, snippetOf, type Field} from '../../core/search/index.js';

/** One hit of `--search`, as `--json` prints it. */
export type SearchHitRow = {
	readonly id: string;
	readonly path: string;
	readonly title: string;
	/** The section the hit is in; empty for the title and text before the first section. */
	readonly section: string;
	/** Where the hit is: the title, a heading or a paragraph. */
	readonly field: Field;
	/** Index of the block (heading or paragraph) holding the hit; -1 for the title. */
	readonly block: number;
	/** UTF-16 offset of the hit in that block's text (or the title). */
	readonly offset: number;
	/** Length of the hit in UTF-16 code units. */
	readonly length: number;
	/** The hit with some text around it. */
	readonly snippet: string;
	/** Offset of the hit in the snippet. */
	readonly snippetOffset: number;
	/** 0 (an exact title hit) to 1 (a poor fuzzy hit); lower is better. */
	readonly score: number;
	/** exact, pinyin or fuzzy. */
	readonly match: 'exact' | 'pinyin' | 'fuzzy';
};

const fieldRank: Record<Field, number> = {title: 0, heading: 1, paragraph: 2};

/**
 * Every hit of a query, best first: documents in rank order (exact before pinyin
 * before fuzzy, title and heading hits first), inside a document title and
 * heading hits before body hits, then in reading order.
 */
export function searchHits(documents: readonly Document[], query: string): SearchHitRow[] {
	// A script waits for every near miss: none is left out for speed, as the reader's keystrokes are.
	const index = new SearchIndex({nearMissPlaces: Number.POSITIVE_INFINITY});
	for (const document of documents) {
		index.add(document.path, document);
	}

	return index.search(query).documents.flatMap((hits) => {
		const entry = index.entry(hits.key)!;
		const {document} = hits;
		const rows: SearchHitRow[] = [];
		for (let at = 0; at < hits.ranges.length; at += 2) {
			const location = locateHit(entry, hits.ranges[at]!, hits.ranges[at + 1]!);
			const text = location.block === -1 ? document.title : document.blocks[location.block]!.text;
			const snippet = snippetOf(text, location.start, location.end);
			rows.push({
				id: document.id, path: document.path, title: document.title, section: location.section, field: location.field, block: location.block,
				offset: location.start, length: location.end - location.start, snippet: snippet.text, snippetOffset: snippet.start, score: Number(hits.score.toFixed(3)), match: hits.kind,
			});
		}

		return rows.sort((a, b) => fieldRank[a.field] - fieldRank[b.field]);
	});
}
