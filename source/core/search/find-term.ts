import {recordAt, recordEnd, type IndexedDocument} from './indexed-document.js';
import type {LetterTable} from './letter-table.js';
import type {PlannedTerm, ScopedPlan} from './planned-term.js';
import {matchPlan} from './match-pinyin.js';
import type {Term} from './parse-query.js';
import {findExact, noRanges} from './scan-stops.js';

/** Occurrences in a document as flat pairs: start, end, start, end… ascending; and whether any was exact. */
export type Occurrences = {readonly ranges: number[]; exact: boolean};

/** Keeps occurrences that start or end their record as `^x`, `x$` and `=x` ask. */
function anchored(entry: IndexedDocument, term: Term, ranges: number[]): number[] {
	if (term.kind === 'plain' || term.kind === 'exact') {
		return ranges;
	}

	const kept: number[] = [];
	for (let index = 0; index < ranges.length; index += 2) {
		const record = recordAt(entry, ranges[index]!);
		const starts = ranges[index] === entry.starts[record];
		const ends = ranges[index + 1] === recordEnd(entry, record);
		if ((term.kind === 'prefix' && starts) || (term.kind === 'suffix' && ends) || (term.kind === 'whole' && starts && ends)) {
			kept.push(ranges[index]!, ranges[index + 1]!);
		}
	}

	return kept;
}

/** Where a term occurs in a document (`entry`, number `ordinal`): exactly, and for a plain term also as pinyin. */
export function findTerm(table: LetterTable, entry: IndexedDocument, ordinal: number, term: PlannedTerm, plans: readonly ScopedPlan[]): Occurrences {
	let exact = noRanges;
	// A document lacking one of the term's characters cannot hold it: no scan.
	if (term.exactIn[ordinal] === 1) {
		if (term.exactPlan) {
			exact = matchPlan(table, entry, ordinal, term.exactPlan, term.exactPlan.order);
		} else {
			exact = findExact(entry.text, term.needle);
		}
	}

	const ranges = anchored(entry, term, exact);
	if (term.kind !== 'plain' || plans.length === 0) {
		return {ranges, exact: ranges.length > 0};
	}

	let merged = ranges;
	for (const plan of plans) {
		if (plan.documents?.[ordinal] === 0) {
			continue;
		}

		merged = mergeRanges(merged, matchPlan(table, entry, ordinal, plan, plan.order));
	}

	return {ranges: merged, exact: ranges.length > 0};
}

/** Two range lists as one, sorted, the longer of two ranges that start together kept; a list alone and sorted is returned as it is. */
export function mergeRanges(first: number[], second: number[]): number[] {
	if (second.length === 0 && isSorted(first)) {
		return first;
	}

	if (first.length === 0 && isSorted(second)) {
		return second;
	}

	const pairs: Array<[number, number]> = [];
	for (const list of [first, second]) {
		for (let index = 0; index < list.length; index += 2) {
			pairs.push([list[index]!, list[index + 1]!]);
		}
	}

	pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: number[] = [];
	for (const [start, end] of pairs) {
		if (merged.length === 0 || merged.at(-2) !== start) {
			merged.push(start, end);
		}
	}

	return merged;
}

function isSorted(ranges: readonly number[]): boolean {
	for (let index = 2; index < ranges.length; index += 2) {
		if (ranges[index]! <= ranges[index - 2]!) {
			return false;
		}
	}

	return true;
}
