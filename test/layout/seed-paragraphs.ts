import {documentKey} from '../../source/core/document-key.js';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Block, Document} from '../../source/core/document.js';

const dataFolder = fileURLToPath(new URL('../../data/', import.meta.url));

/** A bundled document as raw paragraphs (split on blank lines, lines joined), independent of the parser. */
export type SeedText = {
	readonly name: string;
	readonly paragraphs: readonly string[];
};

/** Every bundled document in `data/`, split into paragraphs. */
export function seedTexts(): SeedText[] {
	return readdirSync(dataFolder)
		.filter(name => name.endsWith('.txt'))
		.sort()
		.map(name => ({name, paragraphs: splitParagraphs(readFileSync(dataFolder + name, 'utf8'))}));
}

/** The bundled document whose name starts with `prefix` (e.g. `003`). */
export function seedText(prefix: string): SeedText {
	const seed = seedTexts().find(({name}) => name.startsWith(prefix));
	if (seed === undefined) {
		throw new Error(`No seed document ${prefix}`);
	}

	return seed;
}

function splitParagraphs(text: string): string[] {
	return text
		.replaceAll('\r\n', '\n')
		.split(/\n[ \t]*\n/)
		.map(paragraph => paragraph.replaceAll('\n', '').trim())
		.filter(paragraph => paragraph !== '');
}

/** A document made of a seed's paragraphs: the first one is the title, lines under 20 characters are headings. */
export function seedDocument(seed: SeedText): Document {
	const [title = seed.name, ...rest] = seed.paragraphs;
	const blocks: Block[] = rest.map(text => (text.length < 20 ? {kind: 'heading', level: 2, text} : {kind: 'paragraph', text}));
	return {
		key: documentKey(`/seed/${seed.name}`),
		id: seed.name,
		path: seed.name,
		title,
		date: '2020-02-02',
		author: '祁彦辉',
		source: '中国吉林网',
		format: 'text',
		encoding: 'utf-8',
		script: 'simplified',
		blocks,
		sections: [],
		chars: blocks.reduce((sum, block) => sum + block.text.length, 0),
		droppedChrome: 0,
		extraction: 'none',
	};
}
