import type {Document} from '../document.js';
import {IndexDataBuilder, type DocumentIndexData} from './document-index-data.js';
import {both, either, holdingAll, holdingMany, holdingOneOfEach, type Marks} from './candidates.js';
import {DocumentSets} from './document-sets.js';
import {indexedEntry, type EntryStore, type Field, type IndexedDocument} from './indexed-document.js';
import {slabStore} from './slab-store.js';
import {LetterTable} from './letter-table.js';
import {exactPlanOf} from './exact-plan.js';
import {matchFuzzy, type FuzzyCorpus} from './match-fuzzy.js';
import {matchGroup} from './match-group.js';
import type {PlannedTerm, ScopedPlan} from './planned-term.js';
import {pinyinPlans} from './pinyin-plans.js';
import {mergeRanges} from './find-term.js';
import {foldText} from './fold.js';
import {occurrences} from '../text/occurrences.js';
import {parseQuery, type Term} from './parse-query.js';
import {PinyinReadings} from './pinyin-readings.js';
import {exactNeedle, findExact, noRanges, ScanStops} from './scan-stops.js';
import {LatinPairSets} from './latin-pair-sets.js';
import type {DocumentHits, MatchKind, SearchResults} from './search-types.js';

const kindRank: Record<MatchKind, number> = {exact: 0, pinyin: 1, fuzzy: 2};
const fieldRank: Record<Field, number> = {title: 0, heading: 1, paragraph: 2};
/**
 * Share of the text's code units past which a scan for a term stops too often (see
 * `ScanStops`): the term is then found through the initials' bitmaps. Measured over 100 MB:
 * `下一` (a tenth stop) scans in 47 ms and matches by bitmaps in 31; `存在` (2.5%) the other way, 22 and 28.
 */
const slowScan = 0.05;


/** Options of a `SearchIndex`. */
export type SearchIndexOptions = {
	/** Builds a document's index data for `add` (tests count the calls: folding on the reader's thread). */
	readonly build?: (document: Document, builder: IndexDataBuilder) => DocumentIndexData;
	/**
	 * Places a near-miss search scores at most (fuse.js takes ~15 µs a place, and leaves
	 * kilobytes of garbage): 1,000 keeps a keystroke fast (typos over 100 MB on a busy machine:
	 * p95 52 ms with 2,000, 37 with 1,000; the bench's document recall of near misses 0.962,
	 * then 0.925); a script's search (`--search`) passes Infinity, so none is left out.
	 */
	readonly nearMissPlaces?: number;
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
	private readonly sets = new DocumentSets();
	private readonly stops = new ScanStops(this.sets);
	private readonly store: EntryStore = slabStore();
	private readonly letters = new LetterTable();
	private readonly latinPairs = new LatinPairSets();
	/** How many sampled documents hold characters with a reading starting with each letter (see `countLetters`): pinyin is matched rarest letter first. */
	private readonly letterCounts = new Float64Array(26);
	private lettersCountedAt = 0;
	private readonly builder = new IndexDataBuilder(this.readings);
	private readonly build: NonNullable<SearchIndexOptions['build']>;
	private readonly nearMissPlaces: number;

	constructor({build = (document, builder) => builder.build(document), nearMissPlaces = 1000}: SearchIndexOptions = {}) {
		this.build = build;
		this.nearMissPlaces = nearMissPlaces;
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

		const ordinal = this.entries.length;
		const seen = this.sets.seenCount;
		this.sets.addDocument(ordinal, data.chars);
		this.latinPairs.addDocument(ordinal, data.latinPairs);
		this.letters.add(ordinal, data);
		// Full pinyin queries are cut into the syllables of the characters seen: the readings must know each new one.
		for (let number = seen; number < this.sets.seenCount; number++) {
			this.readings.initialMask(this.sets.codeAt(number));
		}

		const entry = indexedEntry(key, ordinal, document, data, this.store);
		this.entries.push(entry);
		this.byKey.set(key, entry);
	}

	/** The indexed form of a document, to locate its hits. */
	entry(key: string): IndexedDocument | undefined {
		return this.byKey.get(key);
	}

	/** Hits of a query (fuse.js extended syntax), best document first. */
	search(query: string): SearchResults {
		const groups = parseQuery(query).map((group) => group.map((term) => this.planned(term)));
		const documents: DocumentHits[] = [];
		if (groups.length === 0) {
			return {query, documents, hitCount: 0, searched: this.entries.length, nearMissCap: undefined};
		}

		this.forCandidates(candidatesOf(groups), (entry, ordinal) => {
			let ranges = noRanges;
			let exact = false;
			for (const group of groups) {
				const occurrences = matchGroup(this.letters, entry, ordinal, group);
				ranges = mergeRanges(ranges, occurrences.ranges);
				exact ||= occurrences.exact;
			}

			if (ranges.length > 0) {
				documents.push(this.hits(entry, exact ? 'exact' : 'pinyin', ranges, 0));
			}
		});

		let nearMissCap: number | undefined;
		// Near misses only when nothing matched exactly or by pinyin: they are noise beside real hits.
		if (documents.length === 0 && groups.length > 0) {
			const folded = foldText(query);
			const nearMisses = matchFuzzy(this.fuzzyCorpus(), folded, this.nearMissPlaces);
			nearMissCap = nearMisses.capped ? this.nearMissPlaces : undefined;
			for (const [key, fuzzy] of nearMisses.found) {
				documents.push(this.hits(this.byKey.get(key)!, 'fuzzy', mergeRanges([], fuzzy.ranges), fuzzy.score));
			}
		}

		documents.sort((a, b) => a.score - b.score || b.ranges.length - a.ranges.length);
		const hitCount = documents.reduce((sum, hits) => sum + hits.ranges.length / 2, 0);
		return {query, documents, hitCount, searched: this.entries.length, nearMissCap};
	}

	/** A term with its pinyin readings and, for each way to match it, the documents that can hold it. */
	private planned(term: Term): PlannedTerm {
		const exactIn = holdingAll(this.sets, this.size, codeUnits(term.text));
		this.latinPairs.narrow(exactIn, term.text);
		const plans = term.negate ? [] : pinyinPlans(term.text, this.readings);
		// Initials leave nearly every document in; their bitmaps reject the rest quickly anyway.
		const counts = plans.length > 0 ? this.countLetters() : this.letterCounts;
		const scoped = plans.map((plan): ScopedPlan => {
			const order = plan.letters.map((_, index) => index).sort((a, b) => counts[plan.letters[a]!]! - counts[plan.letters[b]!]!);
			const documents = plan.syllables ? holdingOneOfEach(this.sets, this.size, plan.chars) : undefined;
			// Every plan built alike, fields in one order: a spread made plans of two shapes, and the
			// matching loops, seeing both in one query, were compiled again and again.
			return {letters: plan.letters, syllables: plan.syllables, allowed: plan.allowed, chars: plan.chars, documents, order};
		});
		const scanFrom = this.stops.scanFrom(term.text);
		const exactPlan = this.stops.stopShare(term.text, scanFrom) > slowScan ? exactPlanOf(term.text, this.readings, this.countLetters()) : undefined;
		return {text: term.text, kind: term.kind, negate: term.negate, plans: scoped, exactIn, needle: exactNeedle(term.text, scanFrom), exactPlan};
	}

	/** The documents and scans near misses are looked for with, for one query. */
	private fuzzyCorpus(): FuzzyCorpus {
		const rarity = new Map<number, number>();
		const {stops} = this;
		return {
			holding: (codes, wanted) => this.entriesIn(holdingMany(this.sets, this.size, codes, wanted)),
			rarity: (code) => rarity.get(code) ?? rarity.set(code, this.sampledOccurrences(code)).get(code)!,
			scanner(text) {
				const needle = exactNeedle(text, stops.scanFrom(text));
				return (within) => findExact(within, needle);
			},
		};
	}

	/**
	 * How often a code unit occurs in at most 64 documents spread over the index, plus one;
	 * 0 when no document holds it: near misses are looked for around the rarest characters.
	 */
	private sampledOccurrences(code: number): number {
		if (this.sets.count(code) === 0) {
			return 0;
		}

		const char = String.fromCharCode(code);
		const step = Math.max(1, Math.floor(this.size / 64));
		let count = 1;
		for (let ordinal = 0; ordinal < this.size; ordinal += step) {
			count += occurrences(this.entries[ordinal]!.text, char);
		}

		return count;
	}

	/**
	 * The letter counts, counted again once the documents have grown by a tenth, over at most
	 * 256 documents spread over the index: only their order matters.
	 */
	private countLetters(): Float64Array {
		if (this.size > this.lettersCountedAt * 1.1) {
			this.letterCounts.fill(0);
			const step = Math.max(1, Math.floor(this.size / 256));
			for (let number = 0; number < this.sets.seenCount; number++) {
				const code = this.sets.codeAt(number);
				let held = 0;
				for (let ordinal = 0; ordinal < this.size && code >= 0x34_00; ordinal += step) {
					held += this.sets.has(code, ordinal) ? 1 : 0;
				}

				for (let mask = held === 0 ? 0 : this.readings.initialMask(code); mask !== 0; mask &= mask - 1) {
					this.letterCounts[31 - Math.clz32(mask & -mask)]! += held;
				}
			}

			this.lettersCountedAt = this.size;
		}

		return this.letterCounts;
	}

	/** Visits the documents marked, in ordinal order, without reaching an entry's object for the others (a cache miss a document). */
	private forCandidates(marks: Marks | undefined, visit: (entry: IndexedDocument, ordinal: number) => void): void {
		const {entries} = this;
		for (let ordinal = 0; ordinal < entries.length; ordinal++) {
			if (marks === undefined || marks[ordinal] === 1) {
				visit(entries[ordinal]!, ordinal);
			}
		}
	}

	private entriesIn(marks: Marks): IndexedDocument[] {
		return this.entries.filter((entry) => marks[entry.ordinal] === 1);
	}

	private hits(entry: IndexedDocument, kind: MatchKind, ranges: number[], fuzzyScore: number): DocumentHits {
		const field = bestField(entry, ranges);
		// Kind first, then field; the fuzzy score orders fuzzy documents among themselves.
		const score = (kindRank[kind] * 3 + fieldRank[field]) / 9 + fuzzyScore / 9;
		return {key: entry.key, document: entry.document, kind, field, ranges, score: Math.min(1, score)};
	}
}

/** Documents that may match: for some alternative, every positive term can occur in them (exactly or as pinyin). */
function candidatesOf(groups: ReadonlyArray<readonly PlannedTerm[]>): Marks | undefined {
	const termMarks = (term: PlannedTerm) => term.plans.reduce<Marks | undefined>((marks, plan) => either(marks, plan.documents), term.exactIn);
	const alternatives = groups.map((group) => group.filter((term) => !term.negate).map((term) => termMarks(term)).reduce((all, marks) => both(all, marks)));
	return alternatives.length === 0 ? new Uint8Array(0) : alternatives.reduce((any, marks) => either(any, marks));
}

function codeUnits(text: string): number[] {
	return Array.from({length: text.length}, (_, index) => text.charCodeAt(index));
}

/** Title if the first hit is in it (ranges are sorted), else heading if a hit starts in one. */
function bestField(entry: IndexedDocument, ranges: readonly number[]): Field {
	const {starts, headings} = entry;
	if ((ranges[0] ?? 0) < (starts[1] ?? Number.POSITIVE_INFINITY)) {
		return 'title';
	}

	for (const record of headings) {
		const end = starts[record + 1] ?? Number.POSITIVE_INFINITY;
		const first = firstStartFrom(ranges, starts[record]!);
		if (first < ranges.length && ranges[first]! < end) {
			return 'heading';
		}
	}

	return 'paragraph';
}

/** Index (even) of the first range starting at or after `offset`; ranges.length when none does. */
function firstStartFrom(ranges: readonly number[], offset: number): number {
	let low = 0;
	let high = ranges.length / 2;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (ranges[middle * 2]! < offset) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low * 2;
}
