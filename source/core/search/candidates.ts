import type {DocumentSets} from './document-sets.js';

/** Documents a search scans, by ordinal: 1 marks one. */
export type Marks = Uint8Array;

/** The documents holding every one of the code units (a term scanned exactly can occur only there). */
export function holdingAll(sets: DocumentSets, size: number, codes: readonly number[]): Marks {
	const marks = new Uint8Array(size);
	// Rarest first: most documents fail at the first lookup.
	const distinct = [...new Set(codes)].sort((a, b) => sets.count(a) - sets.count(b));
	if (distinct.length === 0 || sets.count(distinct[0]!) === 0) {
		return marks;
	}

	for (let ordinal = 0; ordinal < size; ordinal++) {
		marks[ordinal] = holdsEvery(sets, distinct, ordinal) ? 1 : 0;
	}

	return marks;
}

/** Whether document `ordinal` holds every code unit (a loop: a closure a document was most of a query's garbage). */
function holdsEvery(sets: DocumentSets, codes: readonly number[], ordinal: number): boolean {
	for (const code of codes) {
		if (!sets.has(code, ordinal)) {
			return false;
		}
	}

	return true;
}

/** The documents holding at least one code unit of each group (pinyin in syllables: a character read as each syllable). */
export function holdingOneOfEach(sets: DocumentSets, size: number, groups: ReadonlyArray<readonly number[]>): Marks {
	// Common characters first: most documents pass at the first lookup.
	const held = groups.map((codes) => codes.filter((code) => sets.count(code) > 0).sort((a, b) => sets.count(b) - sets.count(a)));
	const marks = new Uint8Array(size);
	for (let ordinal = 0; ordinal < size; ordinal++) {
		marks[ordinal] = holdsOneOfEach(sets, held, ordinal) ? 1 : 0;
	}

	return marks;
}

/** Whether document `ordinal` holds a code unit of each group (loops: closures a document were most of a pinyin query's garbage). */
function holdsOneOfEach(sets: DocumentSets, groups: ReadonlyArray<readonly number[]>, ordinal: number): boolean {
	for (const codes of groups) {
		let holds = false;
		for (let index = 0; index < codes.length && !holds; index++) {
			holds = sets.has(codes[index]!, ordinal);
		}

		if (!holds) {
			return false;
		}
	}

	return true;
}

/** The documents holding at least `wanted` of the code units. */
export function holdingMany(sets: DocumentSets, size: number, codes: readonly number[], wanted: number): Marks {
	const distinct = [...new Set(codes)].filter((code) => sets.count(code) > 0);
	const marks = new Uint8Array(size);
	for (let ordinal = 0; ordinal < size; ordinal++) {
		let held = 0;
		for (const code of distinct) {
			held += sets.has(code, ordinal) ? 1 : 0;
		}

		marks[ordinal] = held >= wanted ? 1 : 0;
	}

	return marks;
}

/** Marks of either (`undefined` standing for every document). */
export function either(first: Marks | undefined, second: Marks | undefined): Marks | undefined {
	if (first === undefined || second === undefined) {
		return undefined;
	}

	return first.map((mark, ordinal) => mark | second[ordinal]!);
}

/** Marks of both (`undefined` standing for every document). */
export function both(first: Marks | undefined, second: Marks | undefined): Marks | undefined {
	if (first === undefined || second === undefined) {
		return first ?? second;
	}

	return first.map((mark, ordinal) => mark & second[ordinal]!);
}
