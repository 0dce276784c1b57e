import {Text, useCursor} from 'ink';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {padToWidth, textWidth, truncateToWidth} from '../core/layout/text-width.js';
import type {HintKey} from '../state/keymap.js';
import type {KeyHint} from '../state/selectors.js';
import type {StatusParts} from '../state/status-parts.js';

/** Props of the status line. */
export type StatusLineProps = {
	/** Left part: label (document and section, or the search prompt) and position. */
	readonly parts: StatusParts;
	/** Key hints, shown on the right while they fit. */
	readonly hints: readonly KeyHint[];
	readonly width: number;
	/** Row of the status line in the frame, to place the cursor when typing. */
	readonly row: number;
	/** Whether the text is being typed (search): the real cursor goes at its end. */
	readonly typing: boolean;
	readonly ambiguous: AmbiguousWidth;
};

/** Hints that fit in `room` columns, taken in order, two spaces apart. */
function fitHints(hints: readonly KeyHint[], room: number, ambiguous: AmbiguousWidth): string {
	const shown: string[] = [];
	let left = room;
	for (const {text: hint} of hints) {
		const needed = textWidth(hint, ambiguous) + (shown.length > 0 ? 2 : 0);
		if (needed <= left) {
			shown.push(hint);
			left -= needed;
		}
	}

	return shown.join('  ');
}

/** Hints that outlast the label: the way to help, and the way out of an overlay (where `?` is no help). */
const lasting: ReadonlySet<HintKey> = new Set<HintKey>(['hint.help', 'hint.close', 'hint.cancel']);

/** Columns a shortened label keeps before hints other than help are dropped: a title stays readable. */
function labelFloor(width: number): number {
	return Math.max(12, Math.floor(width * 0.4));
}

/**
 * The label, the position and the hints, never wider than the terminal. When they do
 * not all fit, the label is shortened first (to a few columns), then hints are dropped, then
 * the label; the help hint (or an overlay's way out) stays while the position leaves room for it,
 * and the position goes last.
 */
export function statusText({label, position}: StatusParts, hints: readonly KeyHint[], width: number, ambiguous: AmbiguousWidth): string {
	const separator = label !== '' && position !== '' ? ' · ' : '';
	const whole = label + separator + position;
	const all = hints.map(hint => hint.text).join('  ');
	const wide = (text: string) => textWidth(text, ambiguous);
	if (wide(whole) + (all === '' ? 0 : 2 + wide(all)) <= width) {
		return padToWidth(whole, width - wide(all), ambiguous) + all;
	}

	const fixed = wide(position);
	if (fixed >= width) {
		return padToWidth(truncateToWidth(position, width, ambiguous), width, ambiguous);
	}

	// The help hint (in an overlay, the way out) outlasts the label; other hints give way to the label's first columns.
	const help = fitHints(hints.filter(hint => lasting.has(hint.hint)), width - fixed - 2, ambiguous);
	const labelRoom = Math.min(wide(label + separator), labelFloor(width));
	const others = fitHints(hints.filter(hint => !lasting.has(hint.hint)), width - fixed - labelRoom - 2 - (help === '' ? 0 : wide(help) + 2), ambiguous);
	const hintText = [help, others].filter(Boolean).join('  ');
	const leftRoom = width - (hintText === '' ? 0 : wide(hintText) + 2);
	const roomForLabel = leftRoom - fixed - wide(separator);
	// Below two columns a label says nothing: the position stands alone.
	const left = roomForLabel >= 2 ? truncateToWidth(label, roomForLabel, ambiguous).replace(/ ·…$/u, '…') + separator + position : position;
	return padToWidth(left, leftRoom, ambiguous) + (hintText === '' ? '' : `  ${hintText}`);
}

/** One inverse row at the bottom. */
export function StatusLine({parts, hints, width, row, typing, ambiguous}: StatusLineProps) {
	const {setCursorPosition} = useCursor();
	const cursorX = Math.min(width - 1, textWidth(truncateToWidth(parts.label, width, ambiguous), ambiguous));
	// The real cursor sits where text is typed, so an input method's window opens there. Ink
	// keeps a position only for the frame rendered with it: set it on every render, not in an effect.
	setCursorPosition(typing ? {x: cursorX, y: row} : undefined);
	return (
		<Text inverse={!typing} wrap="truncate-end">
			{statusText(parts, hints, width, ambiguous)}
		</Text>
	);
}
