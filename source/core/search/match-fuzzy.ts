import Fuse from 'fuse.js';
import {recordAt, recordEnd, type IndexedDocument} from './indexed-document.js';

/** Fuzzy occurrences in one document and fuse.js's best score for them (0 is perfect). */
export type FuzzyHits = {readonly ranges: number[]; readonly score: number};

/** Below this many folded characters every record is a fuzzy candidate; above, only those with the query's rarest character. */
const smallCorpus = 3_000_000;
const maxCandidates = 3000;

type Candidate = {readonly entry: IndexedDocument; readonly start: number; readonly text: string};

/**
 * fuse.js over paragraphs (and titles and headings), with `ignoreLocation` so a
 * hit deep in a long paragraph is found, and a threshold that allows one wrong
 * character in four: a two-character Chinese query never matches text holding
 * just one of its characters. Over a large corpus only the records holding the
 * query's rarest character are scored, so a query stays fast.
 */
export function matchFuzzy(entries: readonly IndexedDocument[], query: string, counts: Uint32Array, totalLength: number): Map<string, FuzzyHits> {
	const pattern = query.trim();
	const found = new Map<string, FuzzyHits>();
	if ([...pattern.replaceAll(/[\s'!^$=|]/g, '')].length < 3) {
		return found;
	}

	const candidates = totalLength <= smallCorpus ? allRecords(entries) : recordsWithRarest(entries, pattern, counts);
	const fuse = new Fuse(
		candidates.map((candidate) => candidate.text),
		{ignoreLocation: true, threshold: 0.3, ignoreFieldNorm: true, includeMatches: true, includeScore: true, useExtendedSearch: true, minMatchCharLength: 2, shouldSort: false},
	);
	for (const result of fuse.search(pattern)) {
		const {entry, start} = candidates[result.refIndex]!;
		const ranges = (result.matches ?? []).flatMap((match) => match.indices.flatMap(([from, to]) => [start + from, start + to + 1]));
		const previous = found.get(entry.key);
		found.set(entry.key, {ranges: [...(previous?.ranges ?? []), ...ranges], score: Math.min(previous?.score ?? 1, result.score ?? 1)});
	}

	return found;
}

function recordText(entry: IndexedDocument, record: number): Candidate {
	const start = entry.starts[record]!;
	return {entry, start, text: entry.text.slice(start, recordEnd(entry, record))};
}

function allRecords(entries: readonly IndexedDocument[]): Candidate[] {
	return entries.flatMap((entry) => Array.from(entry.starts, (_, record) => recordText(entry, record)));
}

function recordsWithRarest(entries: readonly IndexedDocument[], pattern: string, counts: Uint32Array): Candidate[] {
	const chars = pattern.replaceAll(/[\s'!^$=|]/g, '');
	let rarest = chars[0]!;
	for (const char of chars) {
		if (counts[char.charCodeAt(0)]! < counts[rarest.charCodeAt(0)]!) {
			rarest = char;
		}
	}

	const candidates: Candidate[] = [];
	for (const entry of entries) {
		let last = -1;
		for (let at = entry.text.indexOf(rarest); at !== -1 && candidates.length < maxCandidates; at = entry.text.indexOf(rarest, at + 1)) {
			const record = recordAt(entry, at);
			if (record !== last) {
				candidates.push(recordText(entry, record));
				last = record;
			}
		}
	}

	return candidates;
}
