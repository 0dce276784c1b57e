import type {Document} from '../document.js';
import {blankLine, toLayoutLine} from './layout-lines.js';
import type {LayoutLine, LayoutOptions} from './layout-types.js';
import {isStructured, structuredLines} from './structured-lines.js';
import {LineBreaker} from './wrap.js';
import {WrapClusters} from './wrap-clusters.js';

/** Lines produced per step, so a huge paragraph is wrapped only as far as it is shown. */
const stepLines = 256;

/**
 * The screen lines of one block (with the blank line before it), or of the head,
 * produced on demand: each block is laid out on its own, so any part of a document
 * can be shown without laying out what comes before it.
 */
export class BlockLines {
	/** The lines produced so far. */
	readonly lines: LayoutLine[];
	private next: (() => LayoutLine | undefined) | undefined;

	constructor(first: readonly LayoutLine[], next?: () => LayoutLine | undefined) {
		this.lines = [...first];
		this.next = next;
	}

	/** Whether every line of the block has been produced. */
	get done(): boolean {
		return this.next === undefined;
	}

	/** Produces lines until there are more than `index` or the block ends; whether line `index` exists. */
	reach(index: number): boolean {
		while (this.lines.length <= index && this.step()) {
			// Each step adds up to `stepLines` lines.
		}

		return index < this.lines.length;
	}

	/** Line `index`, producing lines as far as it; undefined past the block's end. */
	lineAt(index: number): LayoutLine | undefined {
		return this.reach(index) ? this.lines[index] : undefined;
	}

	/** Produces lines until one ends past `offset` or the block ends. */
	reachOffset(offset: number): void {
		while ((this.lines.length === 0 || this.lines.at(-1)!.end <= offset) && this.step()) {
			// Each step adds up to `stepLines` lines.
		}
	}

	/** Every line of the block. */
	all(): readonly LayoutLine[] {
		while (this.step()) {
			// Each step adds up to `stepLines` lines.
		}

		return this.lines;
	}

	/** Adds the next lines; false once the block is complete. */
	private step(): boolean {
		if (this.next === undefined) {
			return false;
		}

		for (let count = 0; count < stepLines; count++) {
			const line = this.next();
			if (line === undefined) {
				this.next = undefined;
				return true;
			}

			this.lines.push(line);
		}

		return true;
	}
}

/** Starts wrapping a block (after a blank line unless it is the first), reusing or filling its cluster analysis. */
export function startBlock(document: Document, block: number, options: LayoutOptions, analyses: Array<WrapClusters | undefined>): BlockLines {
	const first = block > 0 ? [blankLine] : [];
	const shown = document.blocks[block];
	if (shown === undefined) {
		throw new RangeError(`Block ${block} is outside the document`);
	}

	if (isStructured(shown)) {
		const lines = structuredLines(shown, block, options.width, options.ambiguous);
		return new BlockLines(first, () => lines.next().value ?? undefined);
	}

	const {kind, text} = shown;
	const analysis = analyses[block] ?? new WrapClusters(text, options.ambiguous);
	analyses[block] = analysis;
	const indent = kind === 'paragraph' ? options.indent * 2 : 0;
	const breaker = new LineBreaker(analysis, options.width, indent);
	return new BlockLines(first, () => {
		const line = breaker.nextLine();
		return line && toLayoutLine(line, kind, block);
	});
}
