import type {LineKind} from '../core/layout/layout-types.js';

/** Text attributes for one kind of line; colours apply only when colour is on. */
export type LineStyle = {
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly italic?: boolean;
	readonly color?: string;
};

/** How the reader styles each kind of laid-out line. */
export const lineStyles: Readonly<Record<LineKind, LineStyle>> = {
	title: {bold: true, color: 'cyan'},
	meta: {dimColor: true},
	heading: {bold: true, color: 'yellow'},
	paragraph: {},
	image: {dimColor: true, italic: true},
	code: {color: 'green'},
	'list-item': {},
	quote: {italic: true},
	table: {},
	rule: {dimColor: true},
	blank: {},
};

/** A style without its colour when colour is off (NO_COLOR, --no-color). */
export function styleFor(kind: LineKind, color: boolean): LineStyle {
	const {color: hue, ...rest} = lineStyles[kind];
	return color ? lineStyles[kind] : rest;
}

/** Separator between the panes: box drawing is ambiguous width, so wide mode uses ASCII. */
export function separatorChar(ambiguous: 'narrow' | 'wide'): string {
	return ambiguous === 'wide' ? '|' : '│';
}
