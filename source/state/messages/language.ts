/** Languages the interface speaks, as BCP 47 tags. */
export const languages = ['en', 'zh-Hans', 'zh-Hant'] as const;

/** One of the interface's languages. */
export type Language = (typeof languages)[number];

/**
 * The language a locale name or language tag asks for: `zh_CN.UTF-8`, `zh-Hans`,
 * `zh_Hant_TW`, `zh_TW.Big5`, `en_US`… Chinese is Traditional when the script says
 * Hant or the region is Taiwan, Hong Kong or Macau, Simplified otherwise; any other
 * language is English. Returns undefined for an empty name.
 */
export function languageOfLocale(locale: string): Language | undefined {
	// Codeset and modifier (`.UTF-8`, `@euro`) say nothing about the language.
	const name = locale.trim().replace(/[.@].*$/u, '').toLowerCase().replaceAll('-', '_');
	if (name === '') {
		return undefined;
	}

	const [language, ...rest] = name.split('_');
	if (language !== 'zh') {
		return 'en';
	}

	if (rest.includes('hant')) {
		return 'zh-Hant';
	}

	if (rest.includes('hans')) {
		return 'zh-Hans';
	}

	return rest.some((part) => part === 'tw' || part === 'hk' || part === 'mo') ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The language of the user's locale, as POSIX looks up the messages category:
 * `LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one set and not empty decides.
 */
export function detectLanguage(env: Readonly<Record<string, string | undefined>>): Language {
	for (const variable of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
		const language = languageOfLocale(env[variable] ?? '');
		if (language) {
			return language;
		}
	}

	return 'en';
}

/** The language `--lang` names (`zh-Hans`, `zh-Hant`, `en`, any case, or a locale such as `zh_TW`), or undefined. */
export function parseLanguageOption(value: string): Language | undefined {
	const exact = languages.find((language) => language.toLowerCase() === value.trim().toLowerCase());
	if (exact) {
		return exact;
	}

	// A locale name is accepted too, but only a Chinese or English one: `--lang fr` is a mistake.
	return /^(zh|en)([-_.@]|$)/iu.test(value.trim()) ? languageOfLocale(value) : undefined;
}
