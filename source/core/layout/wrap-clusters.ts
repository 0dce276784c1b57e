import {ClusterScanner} from './grapheme-clusters.js';
import {BreakClass, BreakKind, breakBetween, breakClassOf} from './line-break-rules.js';
import type {AmbiguousWidth} from './layout-types.js';
import {clusterWidth} from './text-width.js';

/** Clusters analysed per call to `ensure`, so that a huge paragraph is analysed in steps. */
const chunkClusters = 4096;

/**
 * The width-independent analysis of one paragraph: its grapheme clusters, their
 * widths, classes and the kind of break allowed before each. Built lazily, a
 * chunk at a time, so the first screen of a 3 MB paragraph costs little.
 */
export class WrapClusters {
	/** Clusters analysed so far. */
	count = 0;
	/** Offset where cluster k starts; `starts[count]` is where the analysis stopped. */
	starts = new Int32Array(64);
	/** Columns of cluster k (tabs: 0, their width depends on the column). */
	widths = new Uint8Array(64);
	/** `BreakClass` of cluster k. */
	classes = new Uint8Array(64);
	/** `BreakKind` of the break before cluster k (`forbidden` for k = 0). */
	breaks = new Uint8Array(64);
	private readonly scanner: ClusterScanner;
	/** Class and text of the last visible (non-zero-width) cluster, and of the last non-space one. */
	private lastClass: BreakClass = BreakClass.space;
	private lastText = '';
	private lastNonSpaceClass: BreakClass = BreakClass.space;

	constructor(readonly text: string, readonly ambiguous: AmbiguousWidth) {
		this.scanner = new ClusterScanner(text);
	}

	/** Analyses until cluster k exists; false when the paragraph has fewer clusters. */
	ensure(k: number): boolean {
		while (k >= this.count) {
			if (!this.analyse(chunkClusters)) {
				return false;
			}
		}

		return true;
	}

	/** Analyses up to `limit` more clusters; false when there were none left. */
	private analyse(limit: number): boolean {
		const {scanner} = this;
		let start = scanner.position;
		let added = 0;
		for (; added < limit; added++) {
			const end = scanner.next();
			if (end === -1) {
				break;
			}

			this.push(start, end);
			start = end;
		}

		this.starts[this.count] = scanner.position;
		return added > 0;
	}

	/** Appends the analysis of the cluster text[start, end). */
	private push(start: number, end: number): void {
		this.grow();
		const {text} = this;
		const k = this.count++;
		const cls = breakClassOf(text, start, end);
		const isTab = text.charCodeAt(start) === 0x09;
		const width = isTab ? 0 : clusterWidth(text, start, end, this.ambiguous);
		this.starts[k] = start;
		this.widths[k] = width;
		this.classes[k] = cls;
		const afterText = text.slice(start, end);
		// Zero-width clusters (soft hyphen, joiners) are transparent: glued to what precedes them.
		const transparent = width === 0 && !isTab && cls !== BreakClass.newline && cls !== BreakClass.zeroWidthSpace;
		this.breaks[k] = k === 0 || transparent ? BreakKind.forbidden : breakBetween({
			before: this.lastClass,
			beforeNonSpace: this.lastNonSpaceClass,
			after: cls,
			beforeText: this.lastText,
			afterText,
		});
		if (!transparent) {
			this.lastClass = cls;
			this.lastText = afterText;
			if (cls !== BreakClass.space) {
				this.lastNonSpaceClass = cls;
			}
		}
	}

	/** Doubles the arrays when full. */
	private grow(): void {
		if (this.count + 1 < this.starts.length) {
			return;
		}

		const size = this.starts.length * 2;
		const starts = new Int32Array(size);
		starts.set(this.starts);
		this.starts = starts;
		for (const key of ['widths', 'classes', 'breaks'] as const) {
			const array = new Uint8Array(size);
			array.set(this[key]);
			this[key] = array;
		}
	}
}
