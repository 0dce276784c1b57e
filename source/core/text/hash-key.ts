/**
 * A 128-bit hash of a string's code units as 32 hex digits (cyrb128: four 32-bit lanes,
 * each mixed with the others at the end), to name cache files. Not for secrets: node:crypto
 * would cost every start ~7 ms to load, before the first frame, for names no one attacks.
 */
export function hashKey(text: string): string {
	let h1 = 0x6a_09_e6_67;
	let h2 = 0xbb_67_ae_85;
	let h3 = 0x3c_6e_f3_72;
	let h4 = 0xa5_4f_f5_3a;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		h1 = h2 ^ Math.imul(h1 ^ unit, 597_399_067);
		h2 = h3 ^ Math.imul(h2 ^ unit, 2_869_860_233);
		h3 = h4 ^ Math.imul(h3 ^ unit, 951_274_213);
		h4 = h1 ^ Math.imul(h4 ^ unit, 2_716_044_179);
	}

	h1 = Math.imul(h3 ^ (h1 >>> 18), 597_399_067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2_869_860_233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951_274_213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2_716_044_179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1, h2, h3, h4].map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
}
