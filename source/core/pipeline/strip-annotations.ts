// Pinyin letters with tone marks; an annotation must carry one so that `中文(pdf)` survives.
const pinyinLetters = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const annotation = new RegExp(
	String.raw`(\p{Script=Han})[(（]((?=[${pinyinLetters}]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[${pinyinLetters}]{1,7})[)）]`,
	'gu',
);

// Mojibake of a closing tag (`。”</span>` read in the wrong encoding) and runs of `?` left by it.
const tagDebris = /(?<!<)[?？!！]*\/(?:span|p|div|font|strong|b|em)>/gi;
const questionDebris = /(?<=\p{Script=Han})[?!]*\?[?!]*\?[?!]*/gu;

/**
 * Removes pinyin annotations after characters (`發(fā)揮` → `發揮`) and scrape debris
 * such as `?!?/span>`. Bytes lost to mojibake become U+FFFD rather than vanishing.
 */
export function stripAnnotations(text: string): string {
	return text
		.replace(annotation, '$1')
		.replace(tagDebris, '\uFFFD')
		.replace(questionDebris, '\uFFFD')
		.replace(/\uFFFD{2,}/g, '\uFFFD');
}
