import {Box, Text} from 'ink';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import type {Document} from '../core/document.js';
import type {Geometry} from '../state/geometry.js';
import type {ReaderState} from '../state/reducer.js';
import type {ReaderView} from '../state/selectors.js';
import {DocumentList} from './document-list.js';
import {HelpScreen} from './help-screen.js';
import {OutlinePanel} from './outline-panel.js';
import {ReaderPane} from './reader-pane.js';
import {separatorChar} from './theme.js';

/** Props of the area above the status line. */
export type BodyProps = {
	readonly state: ReaderState;
	readonly documents: readonly Document[];
	readonly view: ReaderView;
	readonly geometry: Geometry;
	readonly color: boolean;
	readonly ambiguous: AmbiguousWidth;
};

/** The right-hand (or only) pane: an overlay when one is open, else the reader. */
function MainPane({state, documents, view, color, ambiguous, width, height}: Omit<BodyProps, 'geometry'> & {readonly width: number; readonly height: number}) {
	if (state.mode === 'help') {
		return <HelpScreen width={width} height={height} top={state.helpTop} ambiguous={ambiguous} />;
	}

	if (state.mode === 'outline') {
		const sections = documents[state.open]?.sections ?? [];
		return <OutlinePanel sections={sections} cursor={state.outlineCursor} width={width} height={height} ambiguous={ambiguous} />;
	}

	return <ReaderPane lines={view.lines} width={width} height={height} color={color} ambiguous={ambiguous} />;
}

/** List and reader side by side on wide terminals; on narrow ones, the focused pane alone. */
export function Body(props: BodyProps) {
	const {state, documents, geometry, ambiguous} = props;
	const height = geometry.bodyHeight;
	const list = (
		<DocumentList
			documents={documents}
			selected={state.selected}
			open={state.open}
			focused={state.focus === 'list' && state.mode === 'none'}
			width={geometry.listWidth}
			height={height}
			ambiguous={ambiguous}
		/>
	);
	if (!geometry.split) {
		const showList = state.focus === 'list' && (state.mode === 'none' || state.mode === 'search');
		return showList ? list : <MainPane {...props} width={geometry.readerWidth} height={height} />;
	}

	return (
		<Box flexDirection="row" height={height}>
			{list}
			<Box width={1} height={height}>
				<Text dimColor>{Array.from({length: height}, () => separatorChar(ambiguous)).join('\n')}</Text>
			</Box>
			<MainPane {...props} width={geometry.readerWidth} height={height} />
		</Box>
	);
}
