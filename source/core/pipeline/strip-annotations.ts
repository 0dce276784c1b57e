// Pinyin letters with tone marks; an annotation must carry one so that `中文(pdf)` survives.
const pinyinLetters = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const annotation = new RegExp(
	String.raw`(\p{Script=Han})[(（]((?=[${pinyinLetters}]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[${pinyinLetters}]{1,7})[)）]`,
	'gu',
);

// What is left of annotations whose character was lost to mojibake: `?yàn)` (the character and `(` read as `?`),
// `榘l(fā)` (a letter and a stray character before the parenthesis). A run of them, with the stray characters between
// (`?yàn)橐咔榘l(fā)`), is one lost stretch of text.
const tones = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const stray = String.raw`(?:[?？][${pinyinLetters}]*[${tones}][${pinyinLetters}]*[)）]|\p{Script=Han}?[A-Za-z]{1,2}[(（](?=[${pinyinLetters}]*[${tones}])[${pinyinLetters}]{1,7}[)）])`;
const strayRun = new RegExp(String.raw`${stray}(?:\p{Script=Han}{0,6}${stray})*`, 'gu');

// Mojibake of a closing tag (`。”</span>` read in the wrong encoding) and runs of `?` left by it.
const tagDebris = /(?<!<)[?？!！]*\/(?:span|p|div|font|strong|b|em)>/gi;
// Only after a Chinese character (checked in the replacer: a look-behind here is tried at every character of the text).
const questionDebris = /[?!]*\?[?!]*\?[?!]*/g;
const endsInHan = /\p{Script=Han}$/u;

/**
 * Removes pinyin annotations after characters (`發(fā)揮` → `發揮`) and scrape debris
 * such as `?!?/span>`. Bytes lost to mojibake become U+FFFD rather than vanishing, and so do
 * the remains of annotations whose character was lost (`?yàn)橐咔榘l(fā)` → one U+FFFD).
 */
export function stripAnnotations(text: string): string {
	return text
		.replace(annotation, '$1')
		.replace(strayRun, '\uFFFD')
		.replace(tagDebris, '\uFFFD')
		.replace(questionDebris, (run: string, offset: number, text: string) => (endsInHan.test(text.slice(Math.max(0, offset - 2), offset)) ? '\uFFFD' : run))
		.replace(/\uFFFD{2,}/g, '\uFFFD');
}
