import {Converter} from 'opencc-js/t2cn';
import {countHan} from '../text/cjk.js';
import type {Script} from '../document.js';

let toSimplified: ((text: string) => string) | undefined;

/**
 * Simplified or traditional, by how many Han characters OpenCC would change when
 * converting a sample to Simplified: traditional text changes at a rate of one in
 * a few characters, simplified text almost never.
 */
export function detectScript(text: string): Script {
	const sample = Array.from(text.slice(0, 6000)).filter((char) => countHan(char) > 0);
	if (sample.length < 4) {
		return 'unknown';
	}

	const convert = (toSimplified ??= Converter({from: 't', to: 'cn'}));
	const converted = Array.from(convert(sample.join('')));
	const changed = sample.filter((char, index) => converted[index] !== char).length;
	return changed / sample.length > 0.03 ? 'traditional' : 'simplified';
}
