import type {ListedDocument} from '../core/document.js';
import type {HitList} from './search-service.js';
import {modeOf, type AppState} from './app-state.js';
import type {DocumentSet} from './document-store.js';
import {grouped} from './messages/grouped.js';
import type {Messages} from './messages/messages.js';
import {sectionStatus, type ReaderView} from './selectors.js';
import {selectedIndex} from './slices/list.js';

/** What the status line says, in two parts that give way in a fixed order. */
export type StatusParts = {
	/** Document and section titles, or the search prompt: shortened first. */
	readonly label: string;
	/** Where you are (hit i/N, §i/N, percentage, or 3/2,480 in the list): the last to go. */
	readonly position: string;
};

/** `1,234 / 10,000` while files load, with the share done (`0 / 1 (37%)`) while a large file is processed; empty once all are in. */
function loadingPart(documents: DocumentSet): string {
	const {progress} = documents;
	if (!progress || progress.done >= progress.total) {
		return '';
	}

	const files = `${grouped(progress.done)} / ${grouped(progress.total)}`;
	// Only when the files being processed are a part of the load worth telling (a large file), not the
	// first of 10,000 small ones waiting for their worker's tables.
	const partial = progress.partial ?? 0;
	return partial / progress.total >= 0.01 ? `${files} (${Math.floor((100 * (progress.done + partial)) / progress.total)}%)` : files;
}

/** The status line's label and position for the state, derived on every render. */
/** `documents` are those the list shows (narrowed by the list filter, if any); `results`, how many the search box's query has. */
export function statusParts(state: AppState, documents: DocumentSet, view: ReaderView, hits: Pick<HitList, 'length' | 'at'>, messages: Messages, results = 0): StatusParts {
	if (state.overlay === 'search') {
		// Typing: the text box, and which result of how many the cursor is on.
		const place = results === 0 ? '' : `${grouped(Math.min(state.search.cursor, results - 1) + 1)}/${grouped(results)}`;
		return {label: `/${state.search.query}`, position: place};
	}

	if (state.overlay === 'filter') {
		// Typing: the text box, and how many documents it lets through.
		return {label: `&${state.filter.query}`, position: grouped(documents.count)};
	}

	const loading = loadingPart(documents);
	// A document listed from the manifest is named before its text has come.
	const title = view.document?.title ?? waitingFor(state, documents)?.title;
	if (title === undefined) {
		// The reader opens before the first document is processed; an empty corpus ends the program instead.
		return {label: messages['reader.loading-documents'], position: loading};
	}

	if (modeOf(state) === 'list') {
		// A filter that lets nothing through: no document is at a place in the list (the reader still shows the last one).
		const empty = documents.count === 0;
		const place = `${grouped(empty ? 0 : selectedIndex(state.list, documents) + 1)}/${grouped(documents.count)}`;
		const narrowed = state.filter.query === '' ? '' : `&${state.filter.query}`;
		return {label: empty ? messages['filter.none'] : title, position: [loading, narrowed, place].filter(Boolean).join(' · ')};
	}

	if (!view.document) {
		return {label: title, position: loading};
	}

	const section = sectionStatus(state, {documents});
	const hit = atHit(state, hits) ? messages['reader.hit'](grouped(state.search.hit + 1), grouped(hits.length)) : '';
	const sectionPlace = section.count > 0 ? `§${section.index}/${section.count}` : '';
	const label = section.count > 0 && section.title ? `${view.document.title} · ${section.title}` : view.document.title;
	return {label, position: [loading, hit, sectionPlace, `${view.percent}%`].filter(Boolean).join(' · ')};
}

/** Whether the reader is where n/N last went: `hit 3/17` says where you are, so it goes once you move on (or go back). */
function atHit(state: AppState, hits: Pick<HitList, 'length' | 'at'>): boolean {
	const hit = state.search.submitted === '' || state.search.hit < 0 ? undefined : hits.at(state.search.hit);
	return hit !== undefined && state.reader.open === hit.key && state.reader.top === hit.offset;
}

/** The listed document the reader waits for: the open one, else the one under the list cursor. */
function waitingFor(state: AppState, documents: DocumentSet): ListedDocument | undefined {
	return documents.at(state.reader.open === undefined ? selectedIndex(state.list, documents) : documents.indexOf(state.reader.open));
}
