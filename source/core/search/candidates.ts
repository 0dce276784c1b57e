import type {DocumentSets} from './document-sets.js';

/** Documents a search scans, by ordinal: 1 marks one. */
export type Marks = Uint8Array;

/** The documents holding every one of the code units (a term scanned exactly can occur only there). */
export function holdingAll(sets: DocumentSets, size: number, codes: readonly number[]): Marks {
	const marks = new Uint8Array(size);
	const distinct = [...new Set(codes)].sort((a, b) => sets.count(a) - sets.count(b));
	const [rarest, ...rest] = distinct;
	if (rarest === undefined) {
		return marks;
	}

	sets.forEach(rarest, (ordinal) => {
		if (ordinal < size && rest.every((code) => sets.has(code, ordinal))) {
			marks[ordinal] = 1;
		}
	});
	return marks;
}

/** The documents holding at least one code unit of each group (pinyin in syllables: a character read as each syllable). */
export function holdingOneOfEach(sets: DocumentSets, size: number, groups: ReadonlyArray<readonly number[]>): Marks {
	const marks = new Uint8Array(size).fill(1);
	for (const codes of groups) {
		const some = new Uint8Array(size);
		for (const code of codes) {
			sets.forEach(code, (ordinal) => {
				some[ordinal] = 1;
			});
		}

		for (let ordinal = 0; ordinal < size; ordinal++) {
			marks[ordinal]! &= some[ordinal]!;
		}
	}

	return marks;
}

/** The documents holding at least `wanted` of the code units. */
export function holdingMany(sets: DocumentSets, size: number, codes: readonly number[], wanted: number): Marks {
	const held = new Uint8Array(size);
	for (const code of new Set(codes)) {
		sets.forEach(code, (ordinal) => {
			held[ordinal] = Math.min(255, held[ordinal]! + 1);
		});
	}

	return held.map((count) => (count >= wanted ? 1 : 0));
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
