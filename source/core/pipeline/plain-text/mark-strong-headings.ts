import {isDateline, numberedHeadingLevel} from './heading-rules.js';
import {maxHeadingLength} from '../line-lengths.js';
import {headingCannotEnd} from '../../text/cjk.js';
import type {TextUnit} from '../../text/text-units.js';
import {charLength} from '../../text/char-length.js';

/**
 * Marks the headings that announce themselves — numbered (`一、` `（二）` `第三章`)
 * and datelines (`长春——`) — so that joining broken lines never swallows them.
 */
export function markStrongHeadings(units: readonly TextUnit[]): TextUnit[] {
	return units.map((unit, index) => {
		if (unit.role !== 'line') {
			return unit;
		}

		if (isDateline(unit.text)) {
			return {...unit, role: 'heading', level: 1};
		}

		const level = numberedHeadingLevel(unit.text);
		// A step of typed instructions reads on after a colon or comma (`4. 请按： x`), or steps follow each other
		// line by line; a numbered heading does neither.
		const next = units[index + 1];
		const inList = (next?.marker !== undefined && !next.blankBefore) || (units[index - 1]?.marker !== undefined && !unit.blankBefore);
		const step = unit.marker !== undefined && (/[，,：:；;]/u.test(unit.text) || inList);
		const short = charLength(unit.text, maxHeadingLength) <= maxHeadingLength && !headingCannotEnd.test(unit.text) && !step;
		return level > 0 && short ? {...unit, role: 'heading', level} : unit;
	});
}
