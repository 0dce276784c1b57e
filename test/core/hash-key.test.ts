import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {hashKey} from '../../source/core/text/hash-key.js';

describe('hashKey', () => {
	test('32 hex digits, the same for the same text', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary'}), (text) => {
				const key = hashKey(text);
				expect(key).toMatch(/^[\da-f]{32}$/);
				expect(hashKey(text)).toBe(key);
			}),
		);
	});

	test('one code unit changed, added or moved gives another key', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', minLength: 1}), fc.nat(), fc.integer({min: 1, max: 0xff_ff}), (text, at, delta) => {
				const index = at % text.length;
				const changed = text.slice(0, index) + String.fromCharCode((text.charCodeAt(index) + delta) % 0x1_00_00) + text.slice(index + 1);
				expect(hashKey(changed)).not.toBe(hashKey(text));
				expect(hashKey(text + '\0')).not.toBe(hashKey(text));
			}),
		);
	});

	test('cache names of many similar files do not collide', () => {
		// Paths, sizes and mtimes as the document cache joins them: neighbours differ in one digit.
		const keys = new Set<string>();
		for (let file = 0; file < 20_000; file++) {
			keys.add(hashKey(`/home/user/docs/${file % 100}/第${file}章.txt\0${1000 + (file % 7)}\0${1_700_000_000_000 + file}\0v9`));
		}

		expect(keys.size).toBe(20_000);
	});
});
