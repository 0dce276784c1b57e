import {findTerm, mergeRanges, type Occurrences} from './find-term.js';
import {recordAt, type IndexedDocument} from './indexed-document.js';
import type {LetterTable} from './letter-table.js';
import type {PlannedTerm} from './planned-term.js';

/**
 * Occurrences of an AND group in a document: with one term, all of its occurrences;
 * with several, those in records (title, heading or paragraph) that hold every
 * positive term and none of the negated ones.
 */
export function matchGroup(table: LetterTable, entry: IndexedDocument, ordinal: number, group: readonly PlannedTerm[]): Occurrences {
	// The common query, one term, without a filtered copy of the group for every document.
	if (group.length === 1 && !group[0]!.negate) {
		return findTerm(table, entry, ordinal, group[0]!, group[0]!.plans);
	}

	const positive = group.filter((term) => !term.negate);
	const found = positive.map((term) => findTerm(table, entry, ordinal, term, term.plans));
	if (found.some((occurrences) => occurrences.ranges.length === 0)) {
		return {ranges: [], exact: false};
	}

	const excluded = new Set(group.filter((term) => term.negate).flatMap((term) => recordsOf(entry, findTerm(table, entry, ordinal, term, []).ranges)));
	const recordSets = found.map((occurrences) => new Set(recordsOf(entry, occurrences.ranges)));
	const keep = (record: number): boolean => !excluded.has(record) && recordSets.every((records) => records.has(record));
	let ranges: number[] = [];
	for (const occurrences of found) {
		const kept: number[] = [];
		for (let index = 0; index < occurrences.ranges.length; index += 2) {
			if (keep(recordAt(entry, occurrences.ranges[index]!))) {
				kept.push(occurrences.ranges[index]!, occurrences.ranges[index + 1]!);
			}
		}

		ranges = mergeRanges(ranges, kept);
	}

	return {ranges, exact: ranges.length > 0 && found.every((occurrences) => occurrences.exact)};
}

function recordsOf(entry: IndexedDocument, ranges: readonly number[]): number[] {
	const records: number[] = [];
	for (let index = 0; index < ranges.length; index += 2) {
		records.push(recordAt(entry, ranges[index]!));
	}

	return records;
}
