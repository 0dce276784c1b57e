/** Terminal size in cells. */
export type TerminalSize = {
	readonly columns: number;
	readonly rows: number;
};

/** Where each part of the screen goes for one terminal size. */
export type Geometry = {
	/** Below 20×6 nothing but a message fits. */
	readonly tooSmall: boolean;
	/** Both panes side by side (wide terminals) or one at a time. */
	readonly split: boolean;
	/** Columns of the document list (the whole width when not split). */
	readonly listWidth: number;
	/** Columns of the reader (the whole width when not split). */
	readonly readerWidth: number;
	/** Rows for panes and overlays, above the status line. */
	readonly bodyHeight: number;
};

/** Narrower than this shows one pane at a time. */
export const splitMinColumns = 70;
/** Smallest usable terminal. */
export const minColumns = 20;
export const minRows = 6;

/** Documents the list pane shows at once: two rows each. */
export function listPageSize(bodyHeight: number): number {
	return Math.max(1, Math.floor(bodyHeight / 2));
}

/** Results the search pane shows at once: two rows each, under a header row. */
export function resultPageSize(bodyHeight: number): number {
	return Math.max(1, Math.floor((bodyHeight - 1) / 2));
}

/** How far a page key moves a cursor through `perPage` entries in view: one stays in view, as less keeps a line. */
export function pageStep(pages: number, perPage: number): number {
	return Math.trunc(pages * Math.max(1, perPage - 1)) || Math.sign(pages);
}

/** Pane sizes for a terminal; the frame is kept one row shorter than the terminal. */
export function geometry({columns, rows}: TerminalSize): Geometry {
	const tooSmall = columns < minColumns || rows < minRows;
	// Ink clears the whole screen (flicker) when a frame reaches the terminal's height: keep one spare row.
	const bodyHeight = Math.max(1, rows - 2);
	if (columns < splitMinColumns) {
		return {tooSmall, split: false, listWidth: columns, readerWidth: columns, bodyHeight};
	}

	const listWidth = Math.min(40, Math.max(16, Math.round(columns * 0.3)));
	// One column separates the panes.
	return {tooSmall, split: true, listWidth, readerWidth: columns - listWidth - 1, bodyHeight};
}
