import type {DocumentKey, FileStamp} from './document-key.js';

/** How the source file was written, as sniffed from its content. */
export type DocumentFormat = 'front-matter-html' | 'front-matter-markdown' | 'html' | 'markdown' | 'text';

/** Which Chinese script dominates the text. */
export type Script = 'simplified' | 'traditional' | 'unknown';

/** One unit of cleaned content, in reading order. */
export type Block =
	| {
			/** A heading; `level` 1 is the largest. */
			readonly kind: 'heading';
			readonly level: number;
			readonly text: string;
	  }
	| {
			/** A body paragraph: one line of running text, no hard breaks. */
			readonly kind: 'paragraph';
			readonly text: string;
	  }
	| {
			/** A placeholder for an image, e.g. `[图片: alt]`. */
			readonly kind: 'image';
			readonly text: string;
	  }
	| {
			/** Code or preformatted text, verbatim: lines separated by `\n`, spaces and indentation kept. */
			readonly kind: 'code';
			readonly text: string;
	  }
	| {
			/** One item of a list (or the text after a nested list inside an item, with an empty marker). */
			readonly kind: 'list-item';
			/** `•` for bullets, `3.` for numbers, `` for the continuation of an item. */
			readonly marker: string;
			/** 0 for a top-level list, 1 inside it, and so on. */
			readonly depth: number;
			readonly text: string;
	  }
	| {
			/** A paragraph of a block quote. */
			readonly kind: 'quote';
			readonly text: string;
	  }
	| {
			/** A table: rows of cells, the first row a header when `header` is set. */
			readonly kind: 'table';
			readonly rows: ReadonlyArray<readonly string[]>;
			readonly header: boolean;
			/** The cells, a tab between cells and a newline between rows (what search sees). */
			readonly text: string;
	  }
	| {
			/** A horizontal rule; its text is empty. */
			readonly kind: 'rule';
			readonly text: string;
	  };

/** How an HTML page's text was chosen: Readability's article, the body when the article held too little of the page, or no choice (not a full HTML page). */
export type Extraction = 'article' | 'fallback' | 'none';

/** The kinds of block. */
export type BlockKind = Block['kind'];

/** One entry of a document's outline. */
export type Section = {
	/** 1 for a top-level section, 2 below it, and so on. */
	readonly level: number;
	/** The section's title as shown in the outline. */
	readonly title: string;
	/** Index into `blocks` of the block where the section starts. */
	readonly block: number;
};

/** Title and metadata found in a document. */
export type DocumentMeta = {
	/** The document's title; never empty. */
	readonly title: string;
	/** Publication date as YYYY-MM-DD, or null when unknown. */
	readonly date: string | null;
	/** Author or reporter, or null when unknown. */
	readonly author: string | null;
	/** Publisher or source, or null when unknown. */
	readonly source: string | null;
};

/** A fully processed document, ready to show and to search. */
export type Document = DocumentMeta & {
	/** Stable identity (the resolved real path); unique within a collection. */
	readonly key: DocumentKey;
	/** Size and modification time of the file when it was read; absent for text not read from a file. */
	readonly stamp?: FileStamp;
	/** Short name shown to people: the path relative to the folder it was found in, or the file name; not unique. */
	readonly id: string;
	/** The path the document was read from. */
	readonly path: string;
	/** The sniffed source format. */
	readonly format: DocumentFormat;
	/** The encoding the bytes were decoded from (e.g. `utf-8`, `gb18030`, `big5`, `utf-16le`). */
	readonly encoding: string;
	/** Simplified or traditional, from the characters used. */
	readonly script: Script;
	/** Cleaned content. The title is not repeated as the first block. */
	readonly blocks: readonly Block[];
	/** The outline, in reading order. */
	readonly sections: readonly Section[];
	/** Number of characters (code points) of cleaned text in `blocks`. */
	readonly chars: number;
	/** Pieces of page chrome removed (navigation elements, share bars, chrome lines), so that removal can be checked. */
	readonly droppedChrome: number;
	/** Whether an HTML page was read as its article or, the article holding too little, as its body. */
	readonly extraction: Extraction;
};

/**
 * What the document list shows of a document: a loaded document, or one listed from the
 * collection's manifest (a warm reopen) whose text is still on its way.
 */
export type ListedDocument = Pick<Document, 'key' | 'id' | 'path' | 'title' | 'date' | 'author' | 'source' | 'script'> & {readonly stamp?: FileStamp};

/** Whether a listed document is loaded: its text is there to read and search. */
export function isLoaded(listed: ListedDocument): listed is Document {
	return 'blocks' in listed;
}
