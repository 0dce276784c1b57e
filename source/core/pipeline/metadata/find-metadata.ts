import {creditWords, wordGroup} from '../../text/credit-words.js';
import {isByline} from '../plain-text/heading-rules.js';
import {isMetadataLine, labelValue, valueLabels} from './metadata-lines.js';
import {parseDate} from './parse-date.js';

/** Date, author and source of a document; null where nothing says. */
export type FoundMetadata = {
	readonly date: string | null;
	readonly author: string | null;
	readonly source: string | null;
};

const {date: dateLabels, author: authorLabels, source: sourceLabels} = valueLabels;
const mastheadSource = /^(?:主办|主辦)\s*[:：]?\s*(\S.*)$/u;
// `【本報訊】記者　陳嘉欣　報道`: a reporter named in a short header line.
const reporter = new RegExp(`^.{0,8}${wordGroup(creditWords.reporter)}[\\s　:：]*([\\p{Script=Han}·]{2,4})[\\s　]*(?:报道|報道|摄|攝|$)`, 'u');
// Taiwanese and Hong Kong bylines name the reporter, then the place: `記者王小明／台北報導`, `（中央社記者王小明台北1日電）`.
const bureauByline = new RegExp(
	`^[【[(（]?\\s*${wordGroup(['中央社', ...creditWords.staff])}?${wordGroup(creditWords.reporter)}\\s*([\\p{Script=Han}·]{2,4}?)\\s*` +
		`(?:[／/]\\s*[\\p{Script=Han}]{2,4}(?:報導|报道|綜合報導|综合报道)|[\\p{Script=Han}]{2}\\d{1,2}日(?:電|电))\\s*[】\\])）]?$`,
	'u',
);
// The credit before a byline's name: `本报记者`, `作者:`, `文／`.
const creditPrefix = new RegExp(`^${wordGroup(creditWords.staff)}?${wordGroup([...creditWords.person, ...creditWords.short])}\\s*[:：/／]?\\s*`, 'u');
const headerDate = /^\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/**
 * Finds date, author and source: front matter first, then labelled header and footer
 * lines (`发布日期:`, `【来源：…】`), a dateline-only header line, and bylines (`(記者 劉煥輝)`).
 */
export function findMetadata(fields: Readonly<Record<string, unknown>>, lines: readonly string[]): FoundMetadata {
	const labelled = lines.filter((line) => isMetadataLine(line));
	const edges = [...lines.slice(0, 8), ...lines.slice(-6)];
	const date =
		parseDate(fields['date']) ??
		firstValue(labelled, dateLabels, parseDate) ??
		labelled.map((line) => parseDate(line)).find(Boolean) ??
		parseDate(edges.find((line) => headerDate.test(line)));
	const author =
		text(fields['author']) ??
		firstValue(labelled, authorLabels, (value) => value) ??
		edges.map((line) => bureauByline.exec(line)?.[1]).find(Boolean) ??
		bylineName(edges.find((line) => isByline(line))) ??
		edges.map((line) => reporter.exec(line)?.[1]).find(Boolean);
	const source =
		text(fields['source']) ??
		firstValue(labelled, sourceLabels, (value) => value) ??
		lines.map((line) => mastheadSource.exec(line)?.[1]?.trim()).find(Boolean);
	return {date: date ?? null, author: author ?? null, source: source ?? null};
}

function firstValue(lines: readonly string[], labels: readonly string[], read: (value: string) => string | undefined): string | undefined {
	for (const line of lines) {
		const value = labelValue(line, labels);
		const result = value === undefined ? undefined : read(value);
		if (result) {
			return result;
		}
	}

	return undefined;
}

function text(value: unknown): string | undefined {
	if (Array.isArray(value)) {
		return text(value.join('、'));
	}

	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function bylineName(line: string | undefined): string | undefined {
	const name = line
		?.replace(/^[(（]|[)）]$/gu, '')
		.replace(creditPrefix, '')
		.trim();
	return name || undefined;
}
