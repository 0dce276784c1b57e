import {isCaption, isDateline, isEchoOf, isPageNumber, looksLikeHeading} from './heading-rules.js';
import {normalizeTitle} from '../../text/normalize-title.js';
import type {TableOfContents} from '../magazine/table-of-contents.js';
import type {TextUnit} from '../../text/text-units.js';
import {charLength} from '../../text/char-length.js';
import {maxMastheadLength} from '../line-lengths.js';

/**
 * Decides the units still open after broken lines were joined: a dateline takes the
 * title below it; a short line that heads a paragraph becomes a heading (level 2
 * inside a magazine's article); everything else is a paragraph. Captions, bylines,
 * page numbers and a magazine's masthead never become headings.
 */
export function classifyUnits(units: readonly TextUnit[], toc: TableOfContents | undefined): TextUnit[] {
	const merged = mergeDatelines(units);
	const authors = new Set(toc?.entries.map((entry) => normalizeTitle(entry.author ?? '')).filter(Boolean));
	const furniture = toc ? magazineFurniture(merged) : new Set<number>();
	const heads = headsParagraphs(merged);
	let inArticle = false;
	const classified = merged.map((unit, index): TextUnit => {
		inArticle ||= unit.role === 'article';
		if (unit.role === 'heading' && toc) {
			return {...unit, level: unit.level + 1}; // Numbered headings sit below the article.
		}

		if (unit.role !== 'line') {
			return unit;
		}

		// A numbered step that markStrongHeadings left alone is a step, not a heading.
		const heading =
			unit.marker === undefined &&
			!furniture.has(index) &&
			looksLikeHeading(unit.text) &&
			heads[index] &&
			!isEchoOf(unit.text, merged[index + 1]?.text ?? '') &&
			!(toc && (authors.has(normalizeTitle(unit.text)) || isMagazineCaption(unit.text)));
		if (heading && (!toc || inArticle)) {
			return {...unit, role: 'heading', level: toc ? 2 : 1};
		}

		return {...unit, role: 'paragraph'};
	});
	// A magazine's page numbers are print furniture; elsewhere a lone number may be an item's.
	return toc ? classified.filter((unit) => unit.role !== 'paragraph' || !isPageNumber(unit.text)) : classified;
}

function mergeDatelines(units: readonly TextUnit[]): TextUnit[] {
	const merged: TextUnit[] = [];
	for (const unit of units) {
		const previous = merged.at(-1);
		if (previous?.role === 'heading' && isDateline(previous.text) && unit.role === 'line' && looksLikeHeading(unit.text)) {
			previous.text += unit.text;
		} else {
			merged.push({...unit});
		}
	}

	return merged;
}

/**
 * Whether each unit stands above running text (a heading's condition): the next unit
 * other than a page number is a line that does not itself look like a heading.
 * One pass from the end, so a long document costs no more per unit than a short one.
 */
function headsParagraphs(units: readonly TextUnit[]): boolean[] {
	const heads = Array.from({length: units.length}, () => false);
	let below = false;
	for (let index = units.length - 1; index >= 0; index--) {
		heads[index] = below;
		const unit = units[index]!;
		if (!(unit.role === 'line' && isPageNumber(unit.text))) {
			below = unit.role === 'line' && !looksLikeHeading(unit.text);
		}
	}

	return heads;
}

// Captions sit under a magazine's photos: `乌拉街中队在卡点值守` names who is where.
function isMagazineCaption(text: string): boolean {
	return isCaption(text) || (/^[^，,、：:]{2,}在[^，,、]+$/u.test(text) && !text.startsWith('在'));
}

// The masthead before the contents and the editorial board after it are runs of short lines.
function magazineFurniture(units: readonly TextUnit[]): Set<number> {
	const furniture = new Set<number>();
	const first = units.findIndex((unit) => unit.role === 'toc');
	const last = units.findLastIndex((unit) => unit.role === 'toc');
	for (let index = first - 1; index >= 0 && units[index]!.role === 'line' && charLength(units[index]!.text, maxMastheadLength) <= maxMastheadLength; index--) {
		furniture.add(index);
	}

	for (let index = last + 1; index < units.length && units[index]!.role === 'line'; index++) {
		furniture.add(index);
	}

	return furniture;
}
