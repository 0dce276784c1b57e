import type {Document, Section} from '../../core/document.js';

/** One row of `--list --json`. */
export type DocumentSummary = {
	readonly id: string;
	readonly path: string;
	readonly title: string;
	readonly format: Document['format'];
	readonly encoding: string;
	readonly script: Document['script'];
	readonly date: string | null;
	readonly author: string | null;
	readonly source: string | null;
	readonly chars: number;
	/** Number of sections in the outline. */
	readonly sections: number;
	/** Pieces of page chrome the pipeline removed. */
	readonly droppedChrome: number;
	/** For an HTML page: read as its article, or as its body because the article held too little; else `none`. */
	readonly extraction: Document['extraction'];
};

/** The answer of `--outline <doc> --json`. */
export type OutlineSummary = {
	readonly id: string;
	readonly title: string;
	readonly sections: ReadonlyArray<Pick<Section, 'level' | 'title'>>;
};

/** What `--list` tells about a document. */
export function summarize(document: Document): DocumentSummary {
	const {id, path, title, format, encoding, script, date, author, source, chars, droppedChrome, extraction} = document;
	return {id, path, title, format, encoding, script, date, author, source, chars, sections: document.sections.length, droppedChrome, extraction};
}

/** What `--outline` tells about a document. */
export function outlineOf(document: Document): OutlineSummary {
	return {
		id: document.id,
		title: document.title,
		sections: document.sections.map(({level, title}) => ({level, title})),
	};
}
