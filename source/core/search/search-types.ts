import type {Document} from '../document.js';
import type {Field} from './indexed-document.js';

/** How a document matched: exact text beats pinyin, pinyin beats fuzzy. */
export type MatchKind = 'exact' | 'pinyin' | 'fuzzy';

/** A document's hits for a query. */
export type DocumentHits = {
	/** The key the document was added under. */
	readonly key: string;
	readonly document: Document;
	readonly kind: MatchKind;
	/** The best field hit: a title or heading hit ranks the document above body hits. */
	readonly field: Field;
	/** Hits as flat pairs start, end (offsets in the indexed text: title, then blocks, one a line), in reading order. */
	readonly ranges: readonly number[];
	/** 0 (an exact title hit) to 1 (a poor fuzzy hit): lower is better, as in fuse.js. */
	readonly score: number;
};

/** What a query found, best document first. */
export type SearchResults = {
	readonly query: string;
	readonly documents: readonly DocumentHits[];
	/** Number of hits in all documents. */
	readonly hitCount: number;
	/** How many documents were indexed when the query ran. */
	readonly searched: number;
	/** When near misses were scored in only the first places that could hold one, how many: more documents may hold one. */
	readonly nearMissCap: number | undefined;
};

/** One hit located in the document's own text. */
export type HitLocation = {
	readonly field: Field;
	/** Index into `blocks`, or -1 for the title. */
	readonly block: number;
	/** Start and end (UTF-16 offsets) in the title's or the block's text. */
	readonly start: number;
	readonly end: number;
	/** Title of the section the hit is in; empty before the first section and for the title. */
	readonly section: string;
};
