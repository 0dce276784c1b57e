import stringWidth from 'string-width';
import {forbiddenAtEnd, forbiddenAtStart, inseparablePairs} from '../../source/core/layout/line-break-rules.js';
import type {AmbiguousWidth} from '../../source/core/layout/layout-types.js';
import type {WrappedLine} from '../../source/core/layout/wrap.js';

const segmenter = new Intl.Segmenter();

/** Grapheme cluster start offsets of a text, by Intl.Segmenter on the whole (short) text. */
export function clusterStarts(text: string): number[] {
	return [...segmenter.segment(text)].map(({index}) => index);
}

function firstCharacter(text: string, at: number): string {
	return String.fromCodePoint(text.codePointAt(at) ?? 0);
}

function isSpace(character: string): boolean {
	return character === ' ' || character === '\t' || character === '\n';
}

/** Index of the cluster containing `offset` (binary search). */
function clusterIndex(starts: readonly number[], offset: number): number {
	// Every `middle` lies in [0, starts.length - 1].
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (starts[middle]! <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}

/** Whether a line break at the cluster start `offset` obeys the Chinese line-breaking rules (and does not start a line with a space). */
export function isLegalBreak(text: string, starts: readonly number[], offset: number): boolean {
	const index = clusterIndex(starts, offset);
	const next = firstCharacter(text, offset);
	const nextCluster = text.slice(offset, starts[index + 1] ?? text.length);
	const last = index > 0 ? text.slice(starts[index - 1], offset) : '';
	let before = index - 1;
	while (before >= 0 && isSpace(text[starts[before]!] ?? '')) {
		before--;
	}

	const lastStart = starts[before];
	const lastNonSpace = lastStart === undefined ? '' : firstCharacter(text, lastStart);
	return !isSpace(next)
		&& !forbiddenAtStart.has(next)
		&& !forbiddenAtEnd.has(lastNonSpace)
		&& !inseparablePairs.includes(last + nextCluster);
}

/** Reference display of a source slice: tabs expanded from `column`, trailing spaces dropped. */
export function expectedVisible(slice: string, column: number, ambiguous: AmbiguousWidth): string {
	let visible = '';
	let at = column;
	for (const {segment} of segmenter.segment(slice.replace(/[ \t\n]+$/, ''))) {
		const width = segment === '\t' ? 4 - (at % 4) : stringWidth(segment, {ambiguousIsNarrow: ambiguous === 'narrow'});
		visible += segment === '\t' ? ' '.repeat(width) : segment;
		at += width;
	}

	return visible;
}

/**
 * Everything wrong with a wrap of `text` at `width`: overflow, broken tiling,
 * split clusters, wrong visible text, and breaks against the rules when the
 * line had a legal place to break.
 */
export function wrapProblems(text: string, width: number, lines: readonly WrappedLine[], ambiguous: AmbiguousWidth = 'narrow'): string[] {
	const problems: string[] = [];
	const starts = clusterStarts(text);
	const startSet = new Set(starts);
	// Lines that start at the end of the text (hanging spaces only) have nothing to check.
	lines.forEach((line, index) => {
		const label = `line ${index} ${JSON.stringify(line.text)}`;
		const measured = stringWidth(line.text.replaceAll('\t', ''), {ambiguousIsNarrow: ambiguous === 'narrow'});
		if (line.indent + measured > width || measured !== line.width) {
			problems.push(`${label} is ${line.indent}+${measured} columns (says ${line.width}) > ${width}`);
		}

		if (line.start !== (lines[index - 1]?.end ?? 0)) {
			problems.push(`${label} starts at ${line.start}, not where the previous line ended`);
		}

		if (line.start < text.length && !startSet.has(line.start)) {
			problems.push(`${label} starts inside a grapheme cluster`);
		}

		if (line.text !== expectedVisible(text.slice(line.start, line.end), line.indent, ambiguous)) {
			problems.push(`${label} does not show its source ${JSON.stringify(text.slice(line.start, line.end))}`);
		}

		const previous = lines[index - 1];
		if (previous && !isLegalBreak(text, starts, line.start)) {
			const better = starts
				.slice(clusterIndex(starts, previous.start) + 1, clusterIndex(starts, previous.end))
				.find(start => isLegalBreak(text, starts, start));
			if (better !== undefined) {
				problems.push(`${label} breaks against the rules though ${better} was legal`);
			}
		}
	});
	if ((lines.at(-1)?.end ?? 0) !== text.length) {
		problems.push(`lines end at ${lines.at(-1)?.end}, text at ${text.length}`);
	}

	return problems;
}
