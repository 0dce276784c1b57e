import type {Block} from '../document.js';
import {isChromeLine, trailingChromeLength} from './page-chrome.js';
import {isMetadataLine} from './metadata/metadata-lines.js';
import {normalizeTitle} from '../text/normalize-title.js';
import {sentenceEnd} from '../text/cjk.js';
import {isShortLine} from './line-lengths.js';

/** Blocks after tidying, and how many were page chrome. */
export type CleanedBlocks = {
	readonly blocks: Block[];
	readonly droppedChrome: number;
};

/**
 * Tidies blocks: drops page chrome, truncated teasers of what follows, metadata paragraphs, `原标题：` lines and repeats of the title.
 */
export function cleanBlocks(blocks: readonly Block[], title: string): CleanedBlocks {
	const wanted = normalizeTitle(title);
	const shown = blocks.filter((block) => block.text.length > 0 || block.kind === 'rule');
	// Code, tables and quotes are content by construction; chrome and metadata are lines of prose.
	const unchromed = shown.filter((block) => !isProse(block) || !isChromeLine(block.text));
	const kept = unchromed
		.filter((block) => block.kind !== 'paragraph' || !isMetadataLine(block.text))
		.filter((block) => !isProse(block) || !/^(?:原标题|原標題)\s*[:：]/u.test(block.text))
		.filter((block) => !isProse(block) || !sameTitle(block.text, wanted));
	const trailing = trailingChromeLength(kept.map((block) => (isProse(block) ? block.text : '。')));
	const body = kept.slice(0, kept.length - trailing);
	return {
		blocks: body.filter((block, index) => !isTeaser(block, body.slice(index + 1, index + 4))),
		droppedChrome: shown.length - unchromed.length + trailing,
	};
}

function isProse(block: Block): boolean {
	return block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'list-item';
}

// Normalizing a long paragraph to compare it with a title would only waste time.
function sameTitle(text: string, wanted: string): boolean {
	return text.length <= wanted.length * 3 + 8 && normalizeTitle(text) === wanted;
}

// A list page's summary cut off mid-word (`…疫情防控阻`) that the following blocks then give in full.
function isTeaser(block: Block, next: readonly Block[]): boolean {
	if (block.kind !== 'paragraph' || isShortLine(block.text) || sentenceEnd.test(block.text)) {
		return false;
	}

	let following = '';
	for (const item of next) {
		if (following.length >= block.text.length) {
			break;
		}

		following += item.text;
	}

	return following.startsWith(block.text);
}
