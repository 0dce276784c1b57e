import type {Block, Section} from '../document.js';

/**
 * The outline: one section per heading block, in reading order. Levels are
 * renumbered so the shallowest heading is level 1 (a page whose headings are all
 * `<h2>` still has a level-1 outline), and a gap (`h1` → `h4`) closes to one step.
 */
export function buildOutline(blocks: readonly Block[]): Section[] {
	const headings = blocks.flatMap((block, index) => (block.kind === 'heading' ? [{block, index}] : []));
	const levels = [...new Set(headings.map(({block}) => (block.kind === 'heading' ? block.level : 0)))].sort((a, b) => a - b);
	return headings.map(({block, index}) => ({
		level: levels.indexOf(block.kind === 'heading' ? block.level : 0) + 1,
		title: block.text,
		block: index,
	}));
}
