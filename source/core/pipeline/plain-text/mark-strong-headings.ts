import {isDateline, numberedHeadingLevel, maxHeadingLength} from './heading-rules.js';
import {headingCannotEnd} from '../../text/cjk.js';
import type {TextUnit} from '../../text/text-units.js';
import {charLength} from '../../text/char-length.js';

/**
 * Marks the headings that announce themselves — numbered (`一、` `（二）` `第三章`)
 * and datelines (`长春——`) — so that joining broken lines never swallows them.
 */
export function markStrongHeadings(units: readonly TextUnit[]): TextUnit[] {
	return units.map((unit) => {
		if (unit.role !== 'line') {
			return unit;
		}

		if (isDateline(unit.text)) {
			return {...unit, role: 'heading', level: 1};
		}

		const level = numberedHeadingLevel(unit.text);
		const short = charLength(unit.text, maxHeadingLength) <= maxHeadingLength && !headingCannotEnd.test(unit.text);
		return level > 0 && short ? {...unit, role: 'heading', level} : unit;
	});
}
