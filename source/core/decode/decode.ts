import type {LegacyCodec} from './legacy-codec.js';
import {commonHan} from './common-han.js';

/** Text decoded from a file's bytes. */
export type Decoded = {
	/** The text, without a byte order mark, with `\n` line endings. */
	readonly text: string;
	/** The encoding it was read as: `utf-8`, `utf-16le`, `utf-16be`, `gb18030` or `big5`. */
	readonly encoding: string;
};

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

const byteOrderMarks: ReadonlyArray<{readonly bytes: readonly number[]; readonly encoding: Encoding}> = [
	{bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
	// GB18030 has its own BOM (U+FEFF encoded as four bytes); rare but unambiguous.
	{bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030'},
	{bytes: [0xff, 0xfe], encoding: 'utf-16le'},
	{bytes: [0xfe, 0xff], encoding: 'utf-16be'},
];

/** File signatures of formats that are never documents, with a name for the skip message. */
const signatures: ReadonlyArray<{readonly name: string; readonly parts: ReadonlyArray<readonly [number, string]>}> = [
	{name: 'PNG image', parts: [[0, '\x89PNG\r\n\x1A\n']]},
	{name: 'JPEG image', parts: [[0, '\xFF\xD8\xFF']]},
	{name: 'GIF image', parts: [[0, 'GIF8']]},
	{name: 'WebP image', parts: [[0, 'RIFF'], [8, 'WEBP']]},
	{name: 'PDF document', parts: [[0, '%PDF-']]},
	{name: 'ZIP archive', parts: [[0, 'PK\x03\x04']]},
	{name: 'gzip archive', parts: [[0, '\x1F\x8B']]},
	{name: 'xz archive', parts: [[0, '\xFD7zXZ\x00']]},
	{name: '7-Zip archive', parts: [[0, '7z\xBC\xAF\x27\x1C']]},
	{name: 'RAR archive', parts: [[0, 'Rar!\x1A\x07']]},
	{name: 'ELF executable', parts: [[0, '\x7FELF']]},
	{name: 'SQLite database', parts: [[0, 'SQLite format 3\x00']]},
	{name: 'legacy Microsoft Office document', parts: [[0, '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1']]},
];


/** How much of a legacy-encoded file is scored to choose GB18030 or Big5; enough for a verdict. */
const sampleBytes = 64 * 1024;

/**
 * Decodes a file's bytes to text: a byte order mark wins, then UTF-16 without one (sniffed from
 * its NUL bytes), then UTF-8 (allowing a little damage), then whichever of GB18030 and Big5
 * reads more like Chinese. Invalid bytes become U+FFFD; line endings become `\n`.
 */
export function decode(bytes: Uint8Array, legacy?: LegacyCodec): Decoded {
	const decoded = decodeWithoutCodec(bytes, legacy);
	if (!decoded) {
		throw new Error('GB18030/Big5 bytes need the legacy codec: when decodeWithoutCodec() gives nothing, load it and decode again');
	}

	return decoded;
}

/**
 * The text of these bytes, or undefined when they need the GB18030/Big5 codec and it was not
 * given: the codec is loaded only then (it is most of the program's size, and most files are
 * UTF-8), and UTF-8 text is decoded once, not once to check and again to read.
 */
export function decodeWithoutCodec(bytes: Uint8Array, legacy?: LegacyCodec): Decoded | undefined {
	const raw = decodeRaw(bytes, legacy);
	// The BOM's bytes are cut before decoding; this catches a file that some tool gave a second one.
	return raw && {text: raw.text.replace(/^\uFEFF+/, '').replaceAll(/\r\n?/g, '\n'), encoding: raw.encoding};
}

/**
 * Why `bytes` are not a text document (e.g. `PNG image`, `contains NUL bytes`), or undefined
 * when they look like text. UTF-16 has NUL bytes in every ASCII character, so it counts as text.
 */
export function binaryReason(bytes: Uint8Array): string | undefined {
	const signature = signatures.find(({parts}) =>
		parts.every(([offset, magic]) => startsWith(bytes, magic, offset)),
	);
	if (signature) {
		return signature.name;
	}

	if (!bytes.includes(0) || bomEncoding(bytes)?.encoding.startsWith('utf-16') || sniffUtf16(bytes)) {
		return undefined;
	}

	return 'contains NUL bytes';
}

function decodeRaw(bytes: Uint8Array, legacy: LegacyCodec | undefined): {text: string; encoding: Encoding} | undefined {
	const bom = bomEncoding(bytes);
	if (bom) {
		return bom.encoding === 'gb18030' && !legacy ? undefined : {text: decodeAs(bytes.subarray(bom.length), bom.encoding, legacy), encoding: bom.encoding};
	}

	const utf16 = sniffUtf16(bytes);
	if (utf16) {
		return {text: decodeAs(bytes, utf16, legacy), encoding: utf16};
	}

	const utf8 = decodeUtf8(bytes);
	if (utf8 !== undefined) {
		return {text: utf8, encoding: 'utf-8'};
	}

	if (!legacy) {
		return undefined;
	}

	const encoding = chooseChineseEncoding(bytes, legacy);
	return {text: decodeAs(bytes, encoding, legacy), encoding};
}

function requireCodec(legacy: LegacyCodec | undefined): LegacyCodec {
	if (!legacy) {
		throw new Error('GB18030/Big5 text needs the legacy codec');
	}

	return legacy;
}

/**
 * Strict UTF-8, with two allowances so that a damaged UTF-8 file shows U+FFFD where it is
 * damaged instead of turning into GB18030 mojibake from start to end: a character cut off at
 * the very end, and a few bad bytes among many good characters.
 */
function decodeUtf8(bytes: Uint8Array): string | undefined {
	const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
	let text: string;
	try {
		text = decoder.decode(bytes, {stream: true});
	} catch {
		return mostlyUtf8(bytes);
	}

	try {
		return text + decoder.decode();
	} catch {
		// Only when there is other non-ASCII text: "abc" plus one GB18030 character can look cut off.
		return /[^\x00-\x7F]/.test(text) ? text + '\uFFFD' : undefined;
	}
}

function mostlyUtf8(bytes: Uint8Array): string | undefined {
	const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
	let good = 0;
	let bad = 0;
	for (const character of text) {
		if (character === '\uFFFD') {
			bad++;
		} else if (character > '\x7F') {
			good++;
		}
	}

	// GB18030 or Big5 read as UTF-8 breaks on nearly every character, so 2% is a wide margin.
	return bad * 50 <= good ? text : undefined;
}

function bomEncoding(bytes: Uint8Array): {length: number; encoding: Encoding} | undefined {
	const bom = byteOrderMarks.find(mark => mark.bytes.every((byte, index) => bytes[index] === byte));
	return bom && {length: bom.bytes.length, encoding: bom.encoding};
}

function startsWith(bytes: Uint8Array, magic: string, offset: number): boolean {
	if (bytes.length < offset + magic.length) {
		return false;
	}

	for (let index = 0; index < magic.length; index++) {
		if (bytes[offset + index] !== magic.charCodeAt(index)) {
			return false;
		}
	}

	return true;
}

/** Decodes without any guessing; every decoder used here turns bad input into U+FFFD. */
function decodeAs(bytes: Uint8Array, encoding: Encoding, legacy: LegacyCodec | undefined): string {
	switch (encoding) {
		case 'utf-8':
		case 'utf-16le': {
			return new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes);
		}

		case 'utf-16be': {
			// Node's TextDecoder knows UTF-16BE only with full ICU; swapping keeps it portable,
			// and unlike iconv-lite it replaces lone surrogates with U+FFFD.
			return new TextDecoder('utf-16le', {ignoreBOM: true}).decode(swapBytePairs(bytes));
		}

		case 'gb18030': {
			return requireCodec(legacy).decode(bytes, 'gb18030');
		}

		case 'big5': {
			// HKSCS is a superset of Big5; TextDecoder('big5') silently drops HKSCS characters.
			return requireCodec(legacy).decode(bytes, 'big5hkscs');
		}
	}
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
	const swapped = Uint8Array.from(bytes);
	for (let index = 0; index + 1 < swapped.length; index += 2) {
		swapped[index] = bytes[index + 1]!;
		swapped[index + 1] = bytes[index]!;
	}

	return swapped;
}

/**
 * UTF-16 without a BOM: ASCII characters put their NUL byte on one side of each pair (odd
 * offsets for little-endian), and the whole sample must decode to plausible text.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const sample = bytes.subarray(0, 8192);
	let evenNuls = 0;
	let oddNuls = 0;
	for (let index = 0; index < sample.length; index++) {
		if (sample[index] === 0) {
			if (index % 2 === 0) {
				evenNuls++;
			} else {
				oddNuls++;
			}
		}
	}

	// CJK code points like U+5F00 (开) put a NUL on the other side too, so a majority is enough;
	// the plausibility check below is what rejects binary data.
	const encoding = oddNuls > 2 * evenNuls ? 'utf-16le' : evenNuls > 2 * oddNuls ? 'utf-16be' : undefined;
	if (!encoding || sample.length < 4 || oddNuls + evenNuls === 0) {
		return undefined;
	}

	return plausibleShare(decodeAs(sample, encoding, undefined)) >= 0.95 ? encoding : undefined;
}

/** The share of UTF-16 code units that belong to scripts and symbols a Chinese document uses. */
function plausibleShare(text: string): number {
	let plausible = 0;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (
			unit === 0x09 || unit === 0x0a || unit === 0x0d
			|| (unit >= 0x20 && unit <= 0x7e)
			|| (unit >= 0xa0 && unit <= 0x24f)
			|| (unit >= 0x2000 && unit <= 0x206f)
			|| (unit >= 0x3000 && unit <= 0x9fff)
			|| (unit >= 0xd800 && unit <= 0xdfff)
			|| (unit >= 0xfe30 && unit <= 0xffef && unit !== 0xfffd)
		) {
			plausible++;
		}
	}

	return text.length === 0 ? 0 : plausible / text.length;
}

/**
 * GB18030 or Big5. Both accept most byte pairs of the other, so instead of trusting validity
 * alone, each decoding of a sample is scored: common Han characters count for it, U+FFFD and
 * private-use characters (unassigned areas) against it. chardet breaks ties only: on short text
 * it is often wrong.
 */
function chooseChineseEncoding(bytes: Uint8Array, legacy: LegacyCodec): 'gb18030' | 'big5' {
	const sample = cutAtLineEnd(bytes.subarray(0, sampleBytes));
	const gb = scoreDecoding(decodeAs(sample, 'gb18030', legacy));
	const big5 = scoreDecoding(decodeAs(sample, 'big5', legacy));
	if (gb !== big5) {
		return gb > big5 ? 'gb18030' : 'big5';
	}

	const verdict = legacy.analyse(sample).find(match => match.name === 'GB18030' || match.name === 'Big5');
	return verdict?.name === 'Big5' ? 'big5' : 'gb18030';
}

/** A newline byte is never part of a GB18030 or Big5 character, so cutting there is fair to both. */
function cutAtLineEnd(sample: Uint8Array): Uint8Array {
	const end = sample.lastIndexOf(0x0a);
	return end > sample.length / 2 ? sample.subarray(0, end + 1) : sample;
}

function scoreDecoding(text: string): number {
	let score = 0;
	for (const character of text) {
		if (commonHan.has(character)) {
			score++;
		} else if (character === '\uFFFD') {
			score -= 10;
		} else if (character >= '\uE000' && character <= '\uF8FF') {
			score -= 5;
		}
	}

	return score;
}
