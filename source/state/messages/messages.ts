import {en, type Messages} from './en.js';
import type {Language} from './language.js';
import {zhHans} from './zh-hans.js';
import {zhHant} from './zh-hant.js';

export type {Messages, TextKey} from './en.js';

/** Each language's table. */
export const messageTables: Readonly<Record<Language, Messages>> = {en, 'zh-Hans': zhHans, 'zh-Hant': zhHant};

/** The interface's text in `language`. */
export function messagesFor(language: Language): Messages {
	return messageTables[language];
}
