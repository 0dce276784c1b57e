/**
 * The words that credit a person in a byline (`本报记者 张鹤`, `(作者:…)`, `文／王晓燕`),
 * in one place: the heading rules read a credit line as no heading, and metadata
 * reads the name after the word as the author. Simplified and Traditional forms.
 */
export const creditWords = {
	/** A publication's own staff, before the credit: `本报记者`. */
	staff: ['本报', '本報', '本刊'],
	/** Reporters: also the words of news bylines that name a bureau (`記者王小明／台北報導`). */
	reporter: ['记者', '記者'],
	/** Every word that credits a person, reporters included. */
	person: ['记者', '記者', '作者', '通讯员', '通訊員', '撰文', '摄影', '攝影', '编辑', '編輯'],
	/** One-character credits (`文`, `图`, `摄`): a credit only with its slash or colon (`文／王晓燕`). */
	short: ['文', '图', '圖', '摄', '攝'],
} as const;

/** A pattern group matching any of the words: `(?:记者|記者)`. */
export function wordGroup(words: readonly string[]): string {
	return `(?:${words.join('|')})`;
}
