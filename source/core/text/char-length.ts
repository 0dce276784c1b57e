/**
 * Number of characters (code points) in a text, counting no further than `cap`:
 * rules ask "is this line short?", and a 3 MB paragraph must not be turned into
 * an array of a million characters to answer it.
 */
export function charLength(text: string, cap = Number.POSITIVE_INFINITY): number {
	if (text.length <= cap || cap === Number.POSITIVE_INFINITY) {
		let count = 0;
		for (let index = 0; index < text.length; index++) {
			const unit = text.charCodeAt(index);
			// A low surrogate after a high one completes a character already counted.
			const completes = unit >= 0xDC_00 && unit <= 0xDF_FF && index > 0 && isHighSurrogate(text.charCodeAt(index - 1));
			count += completes ? 0 : 1;
		}

		return count;
	}

	// Each character is one or two code units: past 2 × cap units the answer is "more than cap".
	return text.length > 2 * cap ? cap + 1 : Math.min(cap + 1, charLength(text));
}

function isHighSurrogate(unit: number): boolean {
	return unit >= 0xD8_00 && unit <= 0xDB_FF;
}
