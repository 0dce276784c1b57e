import {Box, useApp} from 'ink';
import {useEffect, useMemo, useReducer} from 'react';
import type {Document} from '../core/document.js';
import type {AmbiguousWidth, LayoutDocument} from '../core/layout/layout-types.js';
import {geometry as computeGeometry} from '../state/geometry.js';
import {createReaderEnv} from '../state/reader-env.js';
import {createReducer, initialState, type ReaderState} from '../state/reducer.js';
import {hints, percent, readerView, sectionStatus, type ReaderView} from '../state/selectors.js';
import type {ReaderEnv} from '../state/reader-env.js';
import {Body} from './body.js';
import {StatusLine} from './status-line.js';
import {TooSmall} from './too-small.js';
import {useKeyRouter} from './use-key-router.js';

/** Props of the whole reader. */
export type AppProps = {
	readonly documents: readonly Document[];
	/** The layout engine; tests pass a simple one. */
	readonly layoutDocument: LayoutDocument;
	/** Terminal columns and rows; the frame uses rows − 1. */
	readonly width: number;
	readonly height: number;
	/** False for NO_COLOR / --no-color: attributes stay, hues go. */
	readonly color: boolean;
	readonly ambiguous: AmbiguousWidth;
	/** First-line indent of paragraphs, in full-width spaces. */
	readonly indent: number;
	/** Called once when the user quits. */
	readonly onExit?: () => void;
};

/** Left part of the status line: title · §i/N section · percent, or the search prompt. */
function statusLeft(state: ReaderState, env: ReaderEnv, view: ReaderView): string {
	if (state.mode === 'search') {
		return `/${state.search.query}`;
	}

	const document = env.documents[state.open];
	if (!document) {
		// The reader opens before the first document is processed; an empty corpus ends the program instead.
		return 'yuelan · loading documents…';
	}

	const section = sectionStatus(state, env);
	const sectionPart = section.count > 0 ? ` · §${section.index}/${section.count} ${section.title}`.trimEnd() : '';
	return `${document.title}${sectionPart} · ${percent(view)}%`;
}

/** The reader: one reducer, one key router, views derived from state. */
export function App({documents, layoutDocument, width, height, color, ambiguous, indent, onExit}: AppProps) {
	const env = useMemo(() => createReaderEnv(documents, layoutDocument, {ambiguous, indent}), [documents, layoutDocument, ambiguous, indent]);
	const reducer = useMemo(() => createReducer(env), [env]);
	const [state, dispatch] = useReducer(reducer, undefined, () => initialState({columns: width, rows: height}));
	const {exit} = useApp();
	useKeyRouter(dispatch);
	useEffect(() => {
		dispatch({type: 'resize', size: {columns: width, rows: height}});
	}, [width, height]);
	useEffect(() => {
		if (state.quit) {
			onExit?.();
			exit();
		}
	}, [state.quit, onExit, exit]);

	const geometry = computeGeometry(state.size);
	const view = useMemo(() => readerView(state, env), [state, env]);
	if (geometry.tooSmall) {
		return <TooSmall width={state.size.columns} height={state.size.rows} />;
	}

	return (
		<Box flexDirection="column" width={state.size.columns} height={state.size.rows - 1}>
			<Body state={state} documents={documents} view={view} geometry={geometry} color={color} ambiguous={ambiguous} />
			<StatusLine
				text={statusLeft(state, env, view)}
				hints={hints(state)}
				width={state.size.columns}
				row={geometry.bodyHeight}
				typing={state.mode === 'search'}
				ambiguous={ambiguous}
			/>
		</Box>
	);
}
