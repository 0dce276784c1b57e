import {Box, Text} from 'ink';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import type {AppState} from '../state/app-state.js';
import type {DocumentSet} from '../state/document-store.js';
import type {Geometry} from '../state/geometry.js';
import type {Messages} from '../state/messages/messages.js';
import {filteredSections} from '../state/open-document.js';
import {selectedIndex} from '../state/slices/list.js';
import type {ReaderView} from '../state/selectors.js';
import {DocumentList} from './document-list.js';
import {HelpScreen} from './help-screen.js';
import {OutlinePanel} from './outline-panel.js';
import {ReaderPane} from './reader-pane.js';
import {SearchResults} from './search-results.js';
import type {SearchFound} from '../state/search-service.js';
import {separatorChar} from './theme.js';

/** Props of the area above the status line. */
export type BodyProps = {
	readonly state: AppState;
	readonly documents: DocumentSet;
	/** The documents the list shows: all, or those the list filter lets through. */
	readonly listed: DocumentSet;
	readonly view: ReaderView;
	readonly geometry: Geometry;
	readonly color: boolean;
	readonly ambiguous: AmbiguousWidth;
	/** Hits of the query in the search box, while it is open. */
	readonly found: SearchFound;
	readonly messages: Messages;
};

/** The right-hand (or only) pane: an overlay when one is open, else the reader. */
function MainPane({state, documents, view, color, ambiguous, messages, width, height}: Omit<BodyProps, 'geometry' | 'listed' | 'found'> & {readonly width: number; readonly height: number}) {
	if (state.overlay === 'help') {
		return <HelpScreen width={width} height={height} top={state.help.top} ambiguous={ambiguous} messages={messages} />;
	}

	if (state.overlay === 'outline') {
		const total = view.document?.sections.length ?? 0;
		const sections = filteredSections(view.document, state.outline.filter);
		return <OutlinePanel sections={sections} total={total} filter={state.outline.filter} cursor={state.outline.cursor} width={width} height={height} ambiguous={ambiguous} messages={messages} />;
	}

	// A file with no text says so under its title rather than leaving the pane blank; so does a
	// document listed from the collection's manifest whose text is still on its way.
	const note = view.document ? (view.document.blocks.length === 0 ? messages['reader.empty-file'] : undefined) : (documents.count > 0 ? messages['reader.loading'] : undefined);
	const lines = note === undefined ? view.lines : [...view.lines, {kind: 'meta', text: note, block: -1, start: 0, end: 0, indentWidth: 0} as const];
	return <ReaderPane lines={lines} width={width} height={height} color={color} ambiguous={ambiguous} highlights={view.highlights} />;
}

/** List and reader side by side on wide terminals; on narrow ones, the focused pane alone. */
export function Body(props: BodyProps) {
	const {state, documents, listed, view, geometry, ambiguous} = props;
	const height = geometry.bodyHeight;
	const open = view.document ? listed.indexOf(view.document.key) : -1;
	const list = state.overlay === 'search' ? (
		<SearchResults query={state.search.query} found={props.found} cursor={state.search.cursor} documents={documents} width={geometry.listWidth} height={height} ambiguous={ambiguous} messages={props.messages} />
	) : (
		<DocumentList
			documents={listed}
			selected={selectedIndex(state.list, listed)}
			open={open}
			focused={state.focus === 'list' && (state.overlay === 'none' || state.overlay === 'filter')}
			width={geometry.listWidth}
			height={height}
			ambiguous={ambiguous}
			empty={props.messages[state.filter.query === '' ? 'reader.loading' : 'filter.none']}
		/>
	);
	if (!geometry.split) {
		// While searching, a narrow terminal shows the results; the preview is one Enter away.
		const showList = state.overlay === 'search' || state.overlay === 'filter' || (state.focus === 'list' && state.overlay === 'none');
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
