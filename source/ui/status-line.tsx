import {Text, useCursor} from 'ink';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {padToWidth, textWidth, truncateToWidth} from '../core/layout/text-width.js';

/** Props of the status line. */
export type StatusLineProps = {
	/** Left part: document, section and position, or the search prompt. */
	readonly text: string;
	/** Key hints, shown on the right while they fit. */
	readonly hints: readonly string[];
	readonly width: number;
	/** Row of the status line in the frame, to place the cursor when typing. */
	readonly row: number;
	/** Whether the text is being typed (search): the real cursor goes at its end. */
	readonly typing: boolean;
	readonly ambiguous: AmbiguousWidth;
};

/** Hints that fit in `room` columns, taken in order, two spaces apart. */
function fitHints(hints: readonly string[], room: number, ambiguous: AmbiguousWidth): string {
	const shown: string[] = [];
	let left = room;
	for (const hint of hints) {
		const needed = textWidth(hint, ambiguous) + (shown.length > 0 ? 2 : 0);
		if (needed <= left) {
			shown.push(hint);
			left -= needed;
		}
	}

	return shown.join('  ');
}

/**
 * Left text and the hints, never wider than the terminal. When not all hints fit,
 * the text yields up to 40% of the width and the help hint comes first, so a
 * narrow terminal still says how to get help.
 */
export function statusText(text: string, hints: readonly string[], width: number, ambiguous: AmbiguousWidth): string {
	const all = hints.join('  ');
	if (textWidth(text, ambiguous) + 2 + textWidth(all, ambiguous) <= width) {
		return padToWidth(text, width - textWidth(all, ambiguous), ambiguous) + all;
	}

	const textRoom = Math.max(Math.ceil(width * 0.6), width - textWidth(text, ambiguous));
	const prioritized = [...hints.filter(hint => hint.endsWith(' help')), ...hints.filter(hint => !hint.endsWith(' help'))];
	const hintText = fitHints(prioritized, width - Math.min(textRoom, textWidth(text, ambiguous)) - 2, ambiguous);
	if (hintText === '') {
		return padToWidth(text, width, ambiguous);
	}

	// Two columns always part a shortened title from the hints.
	const gap = Math.min(2, Math.max(0, width - textWidth(hintText, ambiguous)));
	return padToWidth(text, width - textWidth(hintText, ambiguous) - gap, ambiguous) + ' '.repeat(gap) + hintText;
}

/** One inverse row at the bottom. */
export function StatusLine({text, hints, width, row, typing, ambiguous}: StatusLineProps) {
	const {setCursorPosition} = useCursor();
	const cursorX = Math.min(width - 1, textWidth(truncateToWidth(text, width, ambiguous), ambiguous));
	// The real cursor sits where text is typed, so an input method's window opens there. Ink
	// keeps a position only for the frame rendered with it: set it on every render, not in an effect.
	setCursorPosition(typing ? {x: cursorX, y: row} : undefined);
	return (
		<Text inverse={!typing} wrap="truncate-end">
			{statusText(text, hints, width, ambiguous)}
		</Text>
	);
}
