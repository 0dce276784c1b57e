import {Box, useApp} from 'ink';
import {useCallback, useEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {initialState as startState, modeOf, type AppState} from '../state/app-state.js';
import {createAppStore} from '../state/app-store.js';
import {geometry as computeGeometry} from '../state/geometry.js';
import {listedDocuments} from '../state/open-document.js';
import {hintFacts, hints, readerView} from '../state/selectors.js';
import {en} from '../state/messages/en.js';
import type {Messages} from '../state/messages/messages.js';
import type {Services} from '../state/services.js';
import {statusParts} from '../state/status-parts.js';
import {Body} from './body.js';
import {StatusLine} from './status-line.js';
import {TooSmall} from './too-small.js';
import {useKeyRouter} from './use-key-router.js';

/** Props of the whole reader. */
export type AppProps = {
	/** Documents, layouts and the rest of the session's long-lived parts (see `createServices`). */
	readonly services: Services;
	/** Terminal columns and rows; the frame uses rows − 1. */
	readonly width: number;
	readonly height: number;
	/** False for NO_COLOR / --no-color: attributes stay, hues go. */
	readonly color: boolean;
	/** Where to start, e.g. a restored reading position; the first document in the list otherwise. */
	readonly initialState?: AppState;
	/** Called after every change of state (to save the reading position, for example). */
	readonly onStateChange?: (state: AppState) => void;
	/** Called once when the user quits, with the exit status. */
	readonly onExit?: (status: number) => void;
	/** Called when the user suspends the reader (Ctrl-Z). */
	readonly onSuspend?: () => void;
	/** The interface's text, in the user's language; English by default. */
	readonly messages?: Messages;
};

const noSubscription = () => () => undefined;
const noVersion = () => 0;

/** The reader: one store, one key router, views derived from state. */
export function App({services, width, height, color, initialState, onStateChange, onExit, onSuspend, messages = en}: AppProps) {
	const [store] = useState(() => createAppStore(services, initialState ?? startState()));
	const state = useSyncExternalStore(store.subscribe, store.getState);
	const documents = useSyncExternalStore(services.documents.subscribe, services.documents.snapshot);
	// Results are derived from the index each render: documents indexed after a query was typed show up in it.
	// Without a query nothing shown depends on the index, so indexing redraws nothing (a frame costs ~15 ms at 100 × 30).
	const typing = modeOf(state) === 'search';
	const searching = typing || state.search.submitted !== '';
	const searchVersion = useSyncExternalStore(searching ? services.search.subscribe : noSubscription, searching ? services.search.version : noVersion);
	const size = useMemo(() => ({columns: width, rows: height}), [width, height]);
	const {exit} = useApp();
	useKeyRouter(useCallback((keys: readonly string[]) => {
		store.pressKeys(keys, size);
	}, [store, size]));
	useEffect(() => (onStateChange ? store.subscribe(() => {
		onStateChange(store.getState());
	}) : undefined), [store, onStateChange]);
	useEffect(() => {
		if (state.quit) {
			onExit?.(0);
			exit();
		}
	}, [state.quit, onExit, exit]);
	useEffect(() => {
		if (state.suspends > 0) {
			onSuspend?.();
		}
	}, [state.suspends, onSuspend]);

	const geometry = computeGeometry(size);
	// The index's version is part of the key: hits to highlight change as documents are indexed.
	const search = useMemo(() => ({find: services.search.find, version: searchVersion}), [services, searchVersion]);
	const view = useMemo(() => readerView(state, {documents, layoutOf: services.layoutOf, size, search: search.find, filter: services.filter}), [state, documents, services, size, search]);
	const found = services.search.find(typing ? state.search.query : '');
	const submittedHits = services.search.find(state.search.submitted).hits;
	const {ambiguous} = services;
	const listed = listedDocuments(state, {documents, filter: services.filter});
	if (geometry.tooSmall) {
		return <TooSmall width={width} height={height} messages={messages} />;
	}

	return (
		<Box flexDirection="column" width={width} height={height - 1}>
			<Body state={state} documents={documents} listed={listed} view={view} geometry={geometry} color={color} ambiguous={ambiguous} found={found} messages={messages} />
			<StatusLine
				parts={statusParts(state, listed, view, submittedHits, messages, found.hits.length)}
				hints={hints(state, messages, hintFacts(state, {documents, listed, results: found.hits.length}, view))}
				width={width}
				row={geometry.bodyHeight}
				typing={modeOf(state) === 'search' || modeOf(state) === 'filter'}
				ambiguous={ambiguous}
			/>
		</Box>
	);
}
