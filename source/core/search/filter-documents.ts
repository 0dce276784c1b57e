import Fuse from 'fuse.js';

/** What the list filter looks at in a document. */
export type FilterRecord = {
	readonly title: string;
	readonly id: string;
	readonly path: string;
};

/** Fields in the order a containing match ranks them. */
const fields = ['title', 'id', 'path'] as const;

/**
 * Narrows a list of documents as fzf does, by title, id and path. Built once per list;
 * `filter` is cheap enough to run on every key.
 */
export class DocumentFilter {
	private readonly fuse: Fuse<FilterRecord>;
	private readonly lower: ReadonlyArray<readonly string[]>;

	constructor(private readonly records: readonly FilterRecord[]) {
		// Short fields: the match may be anywhere, and a low threshold keeps a two-character
		// Chinese query from matching every title that holds one of its characters.
		this.fuse = new Fuse(records, {keys: [{name: 'title', weight: 3}, 'id', 'path'], ignoreLocation: true, threshold: 0.34});
		this.lower = records.map(record => fields.map(field => record[field].toLowerCase()));
	}

	/**
	 * Positions of the matching records, best first: those whose title, id or path contains
	 * the query (title first, shorter first), then fuse.js's near misses. An empty query keeps all.
	 */
	filter(query: string): number[] {
		const needle = query.trim().toLowerCase();
		if (needle === '') {
			return this.records.map((_, index) => index);
		}

		const containing: Array<{index: number; field: number}> = [];
		for (const [index, values] of this.lower.entries()) {
			const field = values.findIndex(value => value.includes(needle));
			if (field >= 0) {
				containing.push({index, field});
			}
		}

		containing.sort((a, b) => a.field - b.field || this.records[a.index]!.title.length - this.records[b.index]!.title.length || a.index - b.index);
		const seen = new Set(containing.map(entry => entry.index));
		const near = this.fuse.search(query.trim()).map(result => result.refIndex).filter(index => !seen.has(index));
		return [...containing.map(entry => entry.index), ...near];
	}
}
