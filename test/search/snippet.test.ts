import {describe, expect, test} from 'vitest';
import {snippetOf} from '../../source/core/search/snippet.js';

/** The snippet with the hit bracketed, so a row of the table reads as the reader sees it. */
function marked(text: string, hit: string, before?: number): string {
	const start = text.indexOf(hit);
	const snippet = snippetOf(text, start, start + hit.length, before);
	return `${snippet.text.slice(0, snippet.start)}[${snippet.text.slice(snippet.start, snippet.end)}]${snippet.text.slice(snippet.end)}`;
}

describe('the context ahead of a hit', () => {
	test.each([
		['a short text keeps its start', '聚焦吉林省街道社区乡镇村屯疫情防控阻击战', '疫情', '聚焦吉林省街道社区乡镇村屯[疫情]防控阻击战'],
		['a sentence start near the hit is where it begins', '前文很长很长的一句话。疫情发生后，村里忙起来。', '发生', '[发生]后，村里忙起来。'.replace('[', '疫情[')],
		['a cut at a clause mark starts after the mark, marked as cut', '防控阻击战打响后,长春市驻村干部深入一线', '一线', '…长春市驻村干部深入[一线]'],
		['a cut inside a word is marked with an ellipsis', '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥疫情', '疫情', '…子丑寅卯辰巳午未申酉戌亥[疫情]'],
		['a cut inside a Latin word moves to the word after it', 'Rust By Example 简体中文版', '中文', '…Example 简体[中文]版'],
		['spaces are folded and never lead', '一二三四五六七八九十 　 疫情', '疫情', '一二三四五六七八九十 [疫情]'],
	])('%s', (_name, text, hit, expected) => {
		expect(marked(text, hit)).toBe(expected);
	});

	test('the hit offsets always frame the hit', () => {
		const text = '聚焦吉林省街道社区乡镇村屯疫情防控阻击战，打响后,长春市驻村干部深入疫情防控一线';
		for (let start = 0; start < text.length - 2; start++) {
			for (const before of [0, 3, 8, 12]) {
				const snippet = snippetOf(text, start, start + 2, before);
				expect(snippet.text.slice(snippet.start, snippet.end)).toBe(text.slice(start, start + 2));
			}
		}
	});
});
