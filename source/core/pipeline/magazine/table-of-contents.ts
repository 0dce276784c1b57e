/** One article listed in a magazine's table of contents. */
export type TocEntry = {
	/** Page number as printed. */
	readonly page: number;
	/** Article title as printed (subtitle and author split off). */
	readonly title: string;
	/** Author or contributing unit, when the entry names one. */
	readonly author: string | undefined;
};

/** A table of contents found in a text, by line index. */
export type TableOfContents = {
	/** Line of the `目录` heading. */
	readonly start: number;
	/** First line after the last entry. */
	readonly end: number;
	readonly entries: readonly TocEntry[];
};

const heading = /^(?:目\s*[录錄]|contents)$/i;
const entryLine = /^(\d{1,3})\s*(.*\p{Script=Han}.*)$/u;
const subtitleMark = /\s+(?:[一—-]{1,2}\s*记|——|—\s)/u;

/** Finds a `目录` and parses its entries: `04 信念至上`, `- 29 标题 / 作者`, `/ 作者` lines. */
export function findTableOfContents(lines: readonly string[]): TableOfContents | undefined {
	const start = lines.findIndex((line) => heading.test(line.trim()));
	if (start === -1) {
		return undefined;
	}

	const entries: Array<{page: number; title: string; author: string | undefined}> = [];
	let end = start + 1;
	let strays = 0;
	for (let index = start + 1; index < lines.length && strays < 2; index++) {
		const raw = lines[index]!;
		const line = raw.trim().replace(/^[-•·▪*]+\s*/, '').replace(/[▮■□]+$/, '').trim();
		if (!line) {
			continue;
		}

		const entry = entryLine.exec(line);
		const last = entries.at(-1);
		if (entry) {
			entries.push(parseEntry(Number(entry[1]), entry[2]!));
			end = index + 1;
			strays = 0;
		} else if (last && /^[/／]/.test(line)) {
			last.author ??= cleanAuthor(line);
			end = index + 1;
		} else if (last && /^\s*-/.test(raw) && /^[一—]/.test(line)) {
			end = index + 1; // An indented subtitle line (`- 一记…`, OCR for `——记…`).
		} else if (last && !last.author && /^\s{2,}\S/.test(raw)) {
			last.title += line; // A long title wrapped onto an indented second line.
			end = index + 1;
		} else if (entries.length > 0) {
			strays++; // A category heading between entries, or the end of the contents.
		} else if (index - start > 6) {
			break;
		}
	}

	return entries.length >= 2 ? {start, end, entries} : undefined;
}

function parseEntry(page: number, text: string): {page: number; title: string; author: string | undefined} {
	let title = text;
	let author: string | undefined;
	const slash = title.search(/\s*[/／]/);
	if (slash !== -1) {
		author = cleanAuthor(title.slice(slash));
		title = title.slice(0, slash);
	}

	const subtitle = subtitleMark.exec(title);
	if (subtitle) {
		title = title.slice(0, subtitle.index);
	}

	return {page, title: title.trim(), author};
}

function cleanAuthor(text: string): string | undefined {
	const author = text.replace(/^[\s/／]+/, '').replace(/[▮■□]+$/, '').trim();
	return author || undefined;
}
