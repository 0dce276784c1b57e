import {Converter} from 'opencc-js';
import {describe, expect, test} from 'vitest';
import {en, type Messages} from '../../source/state/messages/en.js';
import {languages} from '../../source/state/messages/language.js';
import {messageTables} from '../../source/state/messages/messages.js';

/** Every message as text: functions called with sample arguments of their types. */
function rendered(messages: Messages): Array<[string, string]> {
	return Object.entries(messages).map(([key, value]) => {
		if (typeof value === 'function') {
			const sample = (value as (...args: unknown[]) => string)('--甲', '乙', 3);
			return [key, sample];
		}

		return [key, String(value)];
	});
}

describe.each(languages)('%s', (language) => {
	const table = messageTables[language];
	test('has every key of the English table and no other', () => {
		expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
	});

	test('no message is empty, and every parameter appears in it', () => {
		for (const [key, text] of rendered(table)) {
			expect(text.trim(), key).not.toBe('');
		}

		expect(table['error.unknown-option']('--outine', '--outline')).toContain('--outline');
		expect(table['error.no-document']('zzz')).toContain('zzz');
		expect(table['error.skipped']('a/b.png', 'x')).toMatch(/a\/b\.png.*x/u);
		expect(table['error.more-documents'](2470)).toContain('2470');
	});
});

describe('Chinese tables', () => {
	const hans = rendered(messageTables['zh-Hans']);
	const hant = rendered(messageTables['zh-Hant']);
	const english = new Map(rendered(en));
	const han = /\p{Script=Han}/u;

	test('say in Chinese every message English says in words', () => {
		for (const table of [hans, hant]) {
			for (const [key, text] of table) {
				// Messages made only of option names, placeholders like <n> and marks stay as they are.
				if (/[a-z]{3,}/u.test(english.get(key)!.replaceAll(/--?[a-z-]+|<[a-z]+>|YUELAN_\w+|NO_COLOR|LC_\w+|LANG|zh-Han[st]|JSON|narrow|wide|less/gu, ''))) {
					expect(text, key).toMatch(han);
				}
			}
		}
	});

	test('Simplified has no Traditional character and Traditional no Simplified one (OpenCC changes neither)', () => {
		const toSimplified = Converter({from: 't', to: 'cn'});
		const toTraditional = Converter({from: 'cn', to: 't'});
		for (const [key, text] of hans) {
			expect(toSimplified(text), key).toBe(text);
		}

		for (const [key, text] of hant) {
			expect(toTraditional(text), key).toBe(text);
		}
	});

	test('the two variants differ wherever the text has a character whose forms differ', () => {
		const toTraditional = Converter({from: 'cn', to: 't'});
		const simplified = new Map(hans);
		for (const [key, text] of hant) {
			const source = simplified.get(key)!;
			if (toTraditional(source) !== source) {
				expect(text, key).not.toBe(source);
			}
		}
	});
});

test.each([
	['en', '902,207 hits in 10,000 documents'],
	['zh-Hans', '10,000 篇文档中 902,207 处匹配'],
	['zh-Hant', '10,000 篇文件中 902,207 處符合'],
] as const)('%s: the search header groups thousands as the status line does', (language, expected) => {
	expect(messageTables[language]['search.summary'](902_207, 10_000)).toBe(expected);
});
