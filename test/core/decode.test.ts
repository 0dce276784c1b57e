import {readFileSync} from 'node:fs';
import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {binaryReason, decode as decodeWith, decodeWithoutCodec} from '../../source/core/decode/decode.js';
import {loadLegacyCodec} from '../../source/io/legacy-codec.js';

const legacy = await loadLegacyCodec();
/** Decodes with the GB18030/Big5 codec at hand, as the reader does once it has loaded it. */
const decode = (input: Uint8Array) => decodeWith(input, legacy);

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const bytes = (...parts: ReadonlyArray<Uint8Array | readonly number[]>) =>
	Buffer.concat(parts.map(part => Uint8Array.from(part)));
/** Splits a fixture at its first line break, so bytes can be inserted between two whole characters. */
const splitAtFirstLine = (name: string): [Buffer, Buffer] => {
	const content = fixture(name);
	const cut = content.indexOf(0x0a) + 1;
	return [content.subarray(0, cut), content.subarray(cut)];
};

describe('decode: fixtures', () => {
	const cases: ReadonlyArray<[file: string, encoding: string, phrase: string]> = [
		['gb18030-notice.txt', 'gb18030', '发布日期：2023年5月8日　　来源：某某县人民政府办公室'],
		['gb18030-notice.txt', 'gb18030', '𠮷祥河'],
		['gb18030-notice.txt', 'gb18030', '联系人：王䶮'],
		['big5-article.txt', 'big5', '【本報訊】記者　陳嘉欣　報道'],
		['big5-article.txt', 'big5', '我哋小本經營真係頂唔順㗎'],
		['utf16le-bom.txt', 'utf-16le', '社区图书馆延长开放时间\n\n本报讯'],
		['utf16be-bom.txt', 'utf-16be', '社区图书馆延长开放时间\n\n本报讯'],
		['utf16le-nobom.txt', 'utf-16le', '社区图书馆延长开放时间\n\n本报讯'],
		['web-page.html', 'utf-8', '<h1>春耕时节农机忙</h1>'],
		['post.md', 'utf-8', '---\ntitle: 在大理的第一个雨季\ndate: 2021-07-01'],
		['magazine-ocr.txt', 'utf-8', '这条路已 经通到了'],
		['escapes.txt', 'utf-8', '\u001B]0;pwned\u0007'],
		['traditional-pinyin.txt', 'utf-8', '發(fā)揮黨員帶頭作用'],
		['empty.txt', 'utf-8', ''],
	];

	it.each(cases)('%s decodes as %s and contains %j', (file, encoding, phrase) => {
		const decoded = decode(fixture(file));
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text).toContain(phrase);
		expect(decoded.text).not.toMatch(/[\r\uFEFF\uFFFD]/);
	});

	it('gives the same text for UTF-16 with and without BOM, in both byte orders', () => {
		const texts = ['utf16le-bom.txt', 'utf16be-bom.txt', 'utf16le-nobom.txt'].map(name => decode(fixture(name)).text);
		expect(new Set(texts).size).toBe(1);
		expect(decode(Buffer.from(fixture('utf16le-nobom.txt')).swap16())).toEqual({text: texts[0], encoding: 'utf-16be'});
	});

	it('keeps HKSCS characters that TextDecoder("big5") drops', () => {
		const big5 = fixture('big5-article.txt');
		expect(decode(big5).text).toContain('我住嘅呢幢樓');
		// The reason Big5 goes through iconv-lite's big5hkscs table.
		expect(new TextDecoder('big5').decode(big5)).not.toContain('嘅');
	});

	it('needs GB18030 rather than GBK for the notice', () => {
		expect(iconv.decode(iconv.encode('𠮷', 'gbk'), 'gbk')).not.toBe('𠮷');
	});
});

describe('decode: rules', () => {
	const cases: ReadonlyArray<[name: string, input: Uint8Array, expected: {text: string; encoding: string}]> = [
		['empty input', bytes(), {text: '', encoding: 'utf-8'}],
		['UTF-8 BOM stripped', bytes([0xef, 0xbb, 0xbf], Buffer.from('中文')), {text: '中文', encoding: 'utf-8'}],
		['GB18030 BOM stripped', bytes([0x84, 0x31, 0x95, 0x33], iconv.encode('中文', 'gb18030')), {text: '中文', encoding: 'gb18030'}],
		['CRLF and lone CR become LF', Buffer.from('一\r\n二\r三\n'), {text: '一\n二\n三\n', encoding: 'utf-8'}],
		['plain ASCII is UTF-8', Buffer.from('hello'), {text: 'hello', encoding: 'utf-8'}],
		['UTF-16LE odd last byte', bytes([0xff, 0xfe, 0x2d, 0x4e, 0x41]), {text: '中\uFFFD', encoding: 'utf-16le'}],
		['UTF-16LE lone surrogate', bytes([0xff, 0xfe, 0x00, 0xd8, 0x2d, 0x4e]), {text: '\uFFFD中', encoding: 'utf-16le'}],
		['UTF-16BE lone surrogate', bytes([0xfe, 0xff, 0xd8, 0x00, 0x4e, 0x2d]), {text: '\uFFFD中', encoding: 'utf-16be'}],
		['UTF-8 cut off mid-character', bytes(Buffer.from('中文内容'), [0xe5, 0x86]), {text: '中文内容\uFFFD', encoding: 'utf-8'}],
	];

	it.each(cases)('%s', (_name, input, expected) => {
		expect(decode(input)).toEqual(expected);
	});

	it('keeps a damaged UTF-8 file UTF-8, with U+FFFD at the damage', () => {
		const [head, tail] = splitAtFirstLine('magazine-ocr.txt');
		const decoded = decode(bytes(head, [0xff], tail));
		expect(decoded.encoding).toBe('utf-8');
		expect(decoded.text).toContain('城乡视界\n\uFFFDCHENGXIANG SHIJIE\n');
	});
});

describe('decode: invalid legacy bytes become U+FFFD', () => {
	// Inserted after the first line, so every character around them stays whole.
	const cases: ReadonlyArray<[file: string, encoding: string, inserted: readonly number[], expected: string]> = [
		['gb18030-notice.txt', 'gb18030', [0xff], '\n\uFFFD发布日期'],
		// A lead byte cut off by a line break: the line break survives.
		['gb18030-notice.txt', 'gb18030', [0xd6, 0x0d, 0x0a], '\n\uFFFD\n发布日期'],
		// A lead byte followed by a byte that cannot trail: the lead is replaced, the space kept.
		['gb18030-notice.txt', 'gb18030', [0xd6, 0x20], '\n\uFFFD 发布日期'],
		['big5-article.txt', 'big5', [0x80], '\n\uFFFD\n【本報訊】'],
		['big5-article.txt', 'big5', [0xa4, 0x20], '\n\uFFFD \n【本報訊】'],
	];

	it.each(cases)('%s as %s with %j inserted', (file, encoding, inserted, expected) => {
		const [head, tail] = splitAtFirstLine(file);
		const decoded = decode(bytes(head, inserted, tail));
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text).toContain(expected);
	});

	const truncated: ReadonlyArray<[file: string, encoding: string, end: readonly number[], expected: string]> = [
		['gb18030-notice.txt', 'gb18030', [0xd6], '\n\uFFFD'],
		// Half of the four-byte sequence of 𠮷: the second byte is an ASCII digit and survives.
		['gb18030-notice.txt', 'gb18030', [0x95, 0x34], '\n\uFFFD4'],
		['big5-article.txt', 'big5', [0xa4], '\n\uFFFD'],
		['big5-article.txt', 'big5', [0xfb], '\n\uFFFD'],
	];

	it.each(truncated)('%s as %s ending in %j', (file, encoding, end, expected) => {
		const decoded = decode(bytes(fixture(file), end));
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text.endsWith(expected)).toBe(true);
	});
});

describe('binaryReason', () => {
	const cases: ReadonlyArray<[name: string, input: Uint8Array, reason: string | undefined]> = [
		['PNG fixture', fixture('image.png'), 'PNG image'],
		['random bytes with NULs', fixture('binary.dat'), 'contains NUL bytes'],
		['JPEG header', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'JPEG image'],
		['PDF header', Buffer.from('%PDF-1.7\n'), 'PDF document'],
		['ZIP (docx, epub) header', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'ZIP archive'],
		['WebP header', Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'WebP image'],
		['UTF-8 text with one NUL', Buffer.from('中文\u0000中文'), 'contains NUL bytes'],
		['empty input', bytes(), undefined],
		['UTF-16LE with BOM', fixture('utf16le-bom.txt'), undefined],
		['UTF-16BE with BOM', fixture('utf16be-bom.txt'), undefined],
		['UTF-16LE without BOM', fixture('utf16le-nobom.txt'), undefined],
		['GB18030 text', fixture('gb18030-notice.txt'), undefined],
		['Big5 text', fixture('big5-article.txt'), undefined],
		['control characters without NUL', fixture('escapes.txt'), undefined],
		['text that starts like RIFF but is not WebP', Buffer.from('RIFF 格式说明'), undefined],
	];

	it.each(cases)('%s', (_name, input, reason) => {
		expect(binaryReason(input)).toBe(reason);
	});
});

describe('the legacy codec is needed only for legacy bytes', () => {
	it.each([
		['gb18030-notice.txt', true],
		['big5-article.txt', true],
		['utf16le-bom.txt', false],
		['utf16le-nobom.txt', false],
		['web-page.html', false],
		['empty.txt', false],
	])('%s: %s', (file, expected) => {
		expect(decodeWithoutCodec(fixture(file)) === undefined).toBe(expected);
	});

	it('decoding GB18030 without it is an error, not mojibake', () => {
		expect(() => decodeWith(fixture('gb18030-notice.txt'))).toThrow(/legacy codec/);
	});
});
