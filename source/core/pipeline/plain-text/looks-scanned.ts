import {isHanUnit} from '../../text/cjk.js';

// Two Han pairs in a thousand split by a space inside running text: the Chinese of authors on this
// machine (tutors, help files, readmes, the seeds) has none there; OCR'd magazines have 4 to 25.
const minShare = 0.002;
const minSpaced = 2;

/**
 * Whether plain text reads as OCR output, judged on the whole document: spaces fall
 * between Chinese characters inside the words of running text (`已 经驻守`). Spaces
 * of lines without clause punctuation (labels, names, titles) and letter-spaced
 * titles (`欢 迎 阅 读`) are typeset that way and do not count. One pass over the text.
 */
export function looksScanned(text: string): boolean {
	let pairs = 0;
	let spaced = 0;
	// Spaced pairs of the current line, counted once the line shows it is running text.
	let lineSpaced = 0;
	let running = false;
	// Length of the run of Han characters ending at the previous character, and the run before the last space.
	let run = 0;
	let runBeforeSpace = 0;
	let inSpace = false;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (isHanUnit(unit)) {
			if (run > 0) {
				pairs++;
			} else if (inSpace && runBeforeSpace > 0 && !(runBeforeSpace === 1 && isLoneHan(text, index))) {
				lineSpaced++;
			}

			run++;
			inSpace = false;
		} else if (unit === 0x20 || unit === 0x09) {
			runBeforeSpace = inSpace ? runBeforeSpace : run;
			inSpace = true;
			run = 0;
		} else {
			if (unit === 0x0A) {
				spaced += running ? lineSpaced : 0;
				lineSpaced = 0;
				running = false;
			}

			// A half-width comma counts only between Chinese words: code has commas too (`f('香蕉 蘋果', 1)`).
			running ||= isFullWidthClauseMark(unit) || ((unit === 0x2C || unit === 0x3B) && run > 0);
			run = 0;
			runBeforeSpace = 0;
			inSpace = false;
		}
	}

	spaced += running ? lineSpaced : 0;
	return spaced >= minSpaced && spaced >= minShare * (pairs + spaced);
}

// Commas and full stops (，、。；): running text has them, labels and titles do not.
function isFullWidthClauseMark(unit: number): boolean {
	return unit === 0xFF_0C || unit === 0x30_01 || unit === 0x30_02 || unit === 0xFF_1B;
}

// The Han character at `index` stands alone: a space or the line's end follows it.
function isLoneHan(text: string, index: number): boolean {
	const next = text.charCodeAt(index + 1);
	return Number.isNaN(next) || next === 0x20 || next === 0x09 || next === 0x0A || next === 0x3000;
}
