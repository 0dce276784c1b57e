import type {Document} from '../document.js';
import {IndexDataBuilder, type DocumentIndexData} from './document-index-data.js';
import {fieldOf, indexedEntry, recordAt, type Field, type IndexedDocument} from './indexed-document.js';
import {matchFuzzy} from './match-fuzzy.js';
import {matchGroup, type PlannedTerm} from './match-group.js';
import {pinyinPlans} from './match-pinyin.js';
import {mergeRanges} from './find-term.js';
import {foldText} from './fold.js';
import {parseQuery} from './parse-query.js';
import {PinyinReadings} from './pinyin-readings.js';
import type {DocumentHits, MatchKind, SearchResults} from './search-types.js';

const kindRank: Record<MatchKind, number> = {exact: 0, pinyin: 1, fuzzy: 2};
const fieldRank: Record<Field, number> = {title: 0, heading: 1, paragraph: 2};

/** Options of a `SearchIndex`. */
export type SearchIndexOptions = {
	/** Builds a document's index data for `add` (tests count the calls: folding on the reader's thread). */
	readonly build?: (document: Document, builder: IndexDataBuilder) => DocumentIndexData;
};

/**
 * Full-text search over documents added one by one as they load: folded text
 * (Simplified = Traditional, width, case, tones) and pinyin initials are prepared
 * when a document is added, or before (`addIndexed`, with data a loading worker
 * built), so a query only scans. Every exact occurrence is found;
 * pinyin hits follow; fuzzy ones (fuse.js) when there are no others.
 */
export class SearchIndex {
	private readonly entries: IndexedDocument[] = [];
	private readonly byKey = new Map<string, IndexedDocument>();
	private readonly readings = new PinyinReadings();
	private readonly counts = new Uint32Array(0x1_00_00);
	private readonly builder = new IndexDataBuilder(this.readings);
	private readonly build: NonNullable<SearchIndexOptions['build']>;

	constructor({build = (document, builder) => builder.build(document)}: SearchIndexOptions = {}) {
		this.build = build;
	}

	/** Number of documents indexed. */
	get size(): number {
		return this.entries.length;
	}

	/** Indexes a document under a stable key; a key added twice keeps the first document. */
	add(key: string, document: Document): void {
		if (!this.byKey.has(key)) {
			this.addIndexed(key, document, this.build(document, this.builder));
		}
	}

	/**
	 * Indexes a document with its index data already built (`IndexDataBuilder`, e.g. in a
	 * loading worker): the work left is per distinct character, not per character.
	 */
	addIndexed(key: string, document: Document, data: DocumentIndexData): void {
		if (this.byKey.has(key)) {
			return;
		}

		const {chars} = data;
		for (let index = 0; index < chars.length; index += 2) {
			const code = chars[index]!;
			this.counts[code]! += chars[index + 1]!;
			// Full pinyin queries are cut into the syllables of the characters seen: the readings must know each one.
			if (code >= 0x34_00) {
				this.readings.initialMask(code);
			}
		}

		const entry = indexedEntry(key, document, data);
		this.entries.push(entry);
		this.byKey.set(key, entry);
	}

	/** The indexed form of a document, to locate its hits. */
	entry(key: string): IndexedDocument | undefined {
		return this.byKey.get(key);
	}

	/** Hits of a query (fuse.js extended syntax), best document first. */
	search(query: string): SearchResults {
		const groups = parseQuery(query).map((group) => group.map((term): PlannedTerm => ({...term, plans: term.negate ? [] : pinyinPlans(term.text, this.readings)})));
		const documents: DocumentHits[] = [];
		for (const entry of this.entries) {
			let ranges: number[] = [];
			let exact = false;
			for (const group of groups) {
				const occurrences = matchGroup(entry, group);
				ranges = mergeRanges(ranges, occurrences.ranges);
				exact ||= occurrences.exact;
			}

			if (ranges.length > 0) {
				documents.push(this.hits(entry, exact ? 'exact' : 'pinyin', ranges, 0));
			}
		}

		// Near misses only when nothing matched exactly or by pinyin: they are noise beside real hits.
		if (documents.length === 0 && groups.length > 0) {
			for (const [key, fuzzy] of matchFuzzy(this.entries, foldText(query), this.counts)) {
				documents.push(this.hits(this.byKey.get(key)!, 'fuzzy', mergeRanges([], fuzzy.ranges), fuzzy.score));
			}
		}

		documents.sort((a, b) => a.score - b.score || b.ranges.length - a.ranges.length);
		const hitCount = documents.reduce((sum, hits) => sum + hits.ranges.length / 2, 0);
		return {query, documents, hitCount, searched: this.entries.length};
	}

	private hits(entry: IndexedDocument, kind: MatchKind, ranges: number[], fuzzyScore: number): DocumentHits {
		const field = bestField(entry, ranges);
		// Kind first, then field; the fuzzy score orders fuzzy documents among themselves.
		const score = (kindRank[kind] * 3 + fieldRank[field]) / 9 + fuzzyScore / 9;
		return {key: entry.key, document: entry.document, kind, field, ranges, score: Math.min(1, score)};
	}
}

function bestField(entry: IndexedDocument, ranges: readonly number[]): Field {
	let best: Field = 'paragraph';
	for (let index = 0; index < ranges.length; index += 2) {
		const field = fieldOf(entry, recordAt(entry, ranges[index]!));
		if (field === 'title') {
			return field;
		}

		if (field === 'heading') {
			best = field;
		}
	}

	return best;
}
