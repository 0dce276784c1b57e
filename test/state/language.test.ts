import {describe, expect, test} from 'vitest';
import {detectLanguage, languageOfLocale, parseLanguageOption} from '../../source/state/messages/language.js';

describe('languageOfLocale', () => {
	test.each([
		['zh_CN.UTF-8', 'zh-Hans'],
		['zh_CN.GB18030', 'zh-Hans'],
		['zh_SG', 'zh-Hans'],
		['zh', 'zh-Hans'],
		['zh_Hans_HK', 'zh-Hans'],
		['zh-Hans', 'zh-Hans'],
		['zh_TW.UTF-8', 'zh-Hant'],
		['zh_TW.Big5', 'zh-Hant'],
		['zh_HK.UTF-8', 'zh-Hant'],
		['zh_MO', 'zh-Hant'],
		['zh_Hant', 'zh-Hant'],
		['zh-Hant-CN', 'zh-Hant'],
		['ZH_tw', 'zh-Hant'],
		['en_US.UTF-8', 'en'],
		['C.UTF-8', 'en'],
		['POSIX', 'en'],
		['ja_JP.UTF-8', 'en'],
		['', undefined],
	])('%s → %s', (locale, language) => {
		expect(languageOfLocale(locale)).toBe(language);
	});
});

describe('detectLanguage', () => {
	test.each([
		[{LANG: 'zh_CN.UTF-8'}, 'zh-Hans'],
		[{LANG: 'zh_TW.UTF-8'}, 'zh-Hant'],
		[{LANG: 'en_US.UTF-8'}, 'en'],
		[{}, 'en'],
		[{LC_ALL: 'zh_TW.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'}, 'zh-Hant'],
		[{LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_TW.UTF-8'}, 'zh-Hans'],
		[{LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_HK.UTF-8'}, 'zh-Hant'],
		[{LC_ALL: 'C', LANG: 'zh_CN.UTF-8'}, 'en'],
	])('%j → %s', (env, language) => {
		expect(detectLanguage(env)).toBe(language);
	});
});

describe('parseLanguageOption', () => {
	test.each([
		['zh-Hans', 'zh-Hans'],
		['zh-hant', 'zh-Hant'],
		['EN', 'en'],
		['zh_TW', 'zh-Hant'],
		['zh_CN.UTF-8', 'zh-Hans'],
		['fr', undefined],
		['', undefined],
		['chinese', undefined],
	])('%s → %s', (value, language) => {
		expect(parseLanguageOption(value)).toBe(language);
	});
});
