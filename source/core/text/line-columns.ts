/** Columns between tab stops in plain-text files: terminals and editors stop every eight. */
export const plainTabStop = 8;

/**
 * Terminal columns of one UTF-16 code unit of Chinese plain text: 2 for CJK, Hangul
 * and full-width forms, 1 otherwise (a surrogate pair counts 1 + 1). Rough on
 * purpose: it sizes wrapped lines and expands tabs, it does not lay anything out.
 */
export function unitColumns(unit: number): number {
	const wide =
		(unit >= 0x11_00 && unit <= 0x11_5F) ||
		(unit >= 0x2E_80 && unit <= 0xA4_CF && unit !== 0x30_3F) ||
		(unit >= 0xAC_00 && unit <= 0xD7_A3) ||
		(unit >= 0xF9_00 && unit <= 0xFA_FF) ||
		(unit >= 0xFE_30 && unit <= 0xFE_4F) ||
		(unit >= 0xFF_00 && unit <= 0xFF_60) ||
		(unit >= 0xFF_E0 && unit <= 0xFF_E6);
	return wide ? 2 : 1;
}

/** Columns a line takes, tabs to the next multiple of {@link plainTabStop}. */
export function lineColumns(line: string): number {
	let columns = 0;
	for (let index = 0; index < line.length; index++) {
		const unit = line.charCodeAt(index);
		columns += unit === 0x09 ? plainTabStop - (columns % plainTabStop) : unitColumns(unit);
	}

	return columns;
}

/** A line with its tabs replaced by the spaces that reach the same stops. */
export function expandTabs(line: string): string {
	if (!line.includes('\t')) {
		return line;
	}

	let columns = 0;
	let expanded = '';
	for (let index = 0; index < line.length; index++) {
		const unit = line.charCodeAt(index);
		if (unit === 0x09) {
			const spaces = plainTabStop - (columns % plainTabStop);
			expanded += ' '.repeat(spaces);
			columns += spaces;
		} else {
			expanded += line[index];
			columns += unitColumns(unit);
		}
	}

	return expanded;
}

/** Columns of a line's leading white space (tabs to stops of {@link plainTabStop}, U+3000 two). */
export function indentColumns(line: string): number {
	let columns = 0;
	for (let index = 0; index < line.length; index++) {
		const unit = line.charCodeAt(index);
		if (unit === 0x09) {
			columns += plainTabStop - (columns % plainTabStop);
		} else if (unit === 0x30_00) {
			columns += 2;
		} else if (unit === 0x20 || unit === 0xA0) {
			columns++;
		} else {
			break;
		}
	}

	return columns;
}
