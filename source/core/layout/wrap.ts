import {BreakClass, BreakKind} from './line-break-rules.js';
import type {AmbiguousWidth} from './layout-types.js';
import {tabWidth} from './text-width.js';
import {WrapClusters} from './wrap-clusters.js';

/** One wrapped line of a paragraph. */
export type WrappedLine = {
	/** Visible text: the source slice with tabs expanded and trailing spaces, tabs and newlines dropped; no indent. */
	readonly text: string;
	/** UTF-16 offset where the line starts in the paragraph; lines tile the paragraph exactly. */
	readonly start: number;
	/** UTF-16 offset (exclusive) where the line ends, hanging spaces included. */
	readonly end: number;
	/** Columns of `text`. */
	readonly width: number;
	/** Columns of indent the caller puts before `text` (only the first line has one). */
	readonly indent: number;
};

/** Options of `wrap`. */
export type WrapOptions = {
	/** Width of ambiguous characters; default narrow. */
	readonly ambiguous?: AmbiguousWidth;
	/** Columns reserved before the first line; ignored when fewer than 2 columns would remain. */
	readonly firstLineIndent?: number;
};

/** Whether a class hangs past the end of a line instead of overflowing it. */
function hangs(cls: number): boolean {
	return cls === BreakClass.space || cls === BreakClass.newline;
}

/**
 * Produces the lines of one paragraph one at a time (greedy, by display
 * columns, with Chinese line-breaking rules), so a huge paragraph can be
 * wrapped only as far as it is shown.
 */
export class LineBreaker {
	/** Cluster where the next line starts. */
	private next = 0;
	private readonly width: number;
	private indent: number;
	/** Whether the one empty line of an empty paragraph was produced. */
	private emptyDone = false;

	constructor(private readonly clusters: WrapClusters, width: number, firstLineIndent = 0) {
		// Below 1 column nothing fits; at 1 a wide character overflows, which only width >= 2 can avoid.
		this.width = Math.max(1, Math.floor(width));
		this.indent = firstLineIndent > 0 && firstLineIndent + 2 <= this.width ? firstLineIndent : 0;
	}

	/** The next line, or undefined after the last one. An empty paragraph has one empty line. */
	nextLine(): WrappedLine | undefined {
		const {clusters} = this;
		if (!clusters.ensure(this.next)) {
			if (clusters.text.length > 0 || this.emptyDone) {
				return undefined;
			}

			this.emptyDone = true;
			return {text: '', start: 0, end: 0, width: 0, indent: this.indent};
		}

		const first = this.next;
		const end = this.findBreak(first);
		const line = this.render(first, end);
		this.next = end;
		this.indent = 0;
		return line;
	}

	/** Cluster index where the line starting at `first` ends. */
	private findBreak(first: number): number {
		const {clusters, width} = this;
		// The last position of each BreakKind seen on this line.
		const lastAt = [-1, -1, -1, -1];
		let column = this.indent;
		let k = first;
		// `ensure(k)` has analysed cluster k, so its entries exist.
		for (; clusters.ensure(k); k++) {
			const kind = clusters.breaks[k]!;
			if (k > first) {
				if (kind === BreakKind.mandatory) {
					return k;
				}

				lastAt[kind] = k;
			}

			const cls = clusters.classes[k]!;
			const columns = clusters.text.charCodeAt(clusters.starts[k]!) === 0x09 ? tabWidth(column) : clusters.widths[k]!;
			if (!hangs(cls) && column + columns > width && k > first) {
				return pickBreak(lastAt, k);
			}

			column += columns;
		}

		return k;
	}

	/** The visible line for clusters [first, end). */
	private render(first: number, end: number): WrappedLine {
		const {clusters} = this;
		const {text, starts} = clusters;
		// Clusters first..end were analysed by findBreak, and `starts` holds one more entry than the clusters.
		let visibleEnd = end;
		while (visibleEnd > first && hangs(clusters.classes[visibleEnd - 1]!)) {
			visibleEnd--;
		}

		let column = this.indent;
		let visible = '';
		let pieceStart = starts[first]!;
		for (let k = first; k < visibleEnd; k++) {
			if (text.charCodeAt(starts[k]!) === 0x09) {
				const columns = tabWidth(column);
				visible += text.slice(pieceStart, starts[k]) + ' '.repeat(columns);
				pieceStart = starts[k + 1]!;
				column += columns;
			} else {
				column += clusters.widths[k]!;
			}
		}

		visible += text.slice(pieceStart, starts[visibleEnd]);
		return {text: visible, start: starts[first]!, end: starts[end]!, width: column - this.indent, indent: this.indent};
	}
}

/** Best break for an overflowing line: the last normal opportunity, else a reluctant one, else a cut inside a glued run, else anywhere. */
function pickBreak(lastAt: readonly number[], overflow: number): number {
	for (const kind of [BreakKind.allowed, BreakKind.reluctant, BreakKind.glued]) {
		const at = lastAt[kind];
		if (at !== undefined && at !== -1) {
			return at;
		}
	}

	return overflow;
}

/**
 * Wraps a paragraph to `width` display columns. Lines tile the paragraph
 * (`start`/`end`), never split a grapheme cluster and never exceed the width
 * (for width >= 2). For long documents use `LineBreaker` lazily instead.
 */
export function wrap(text: string, width: number, options: WrapOptions = {}): WrappedLine[] {
	const breaker = new LineBreaker(new WrapClusters(text, options.ambiguous ?? 'narrow'), width, options.firstLineIndent);
	const lines: WrappedLine[] = [];
	for (let line = breaker.nextLine(); line !== undefined; line = breaker.nextLine()) {
		lines.push(line);
	}

	return lines;
}
