import {Box, Text} from 'ink';
import type {AmbiguousWidth} from '../core/layout/layout-types.js';
import {padToWidth, textWidth, truncateToWidth} from '../core/layout/text-width.js';
import {snippetOf} from '../core/search/snippet.js';
import type {DocumentSet} from '../state/document-store.js';
import type {SearchFound, SearchHit} from '../state/search-service.js';
import type {Messages} from '../state/messages/messages.js';
import {resultPageSize} from '../state/geometry.js';
import {listStart} from '../state/selectors.js';

/** Props of the result list that replaces the document list while searching. */
export type SearchResultsProps = {
	readonly query: string;
	readonly found: SearchFound;
	/** Row of the result under the cursor. */
	readonly cursor: number;
	readonly documents: DocumentSet;
	readonly width: number;
	readonly height: number;
	readonly ambiguous: AmbiguousWidth;
	readonly messages: Messages;
};

/** The header: how many hits in how many documents, or plainly that nothing matched. */
export function resultsHeader(query: string, found: SearchFound, messages: Messages): string {
	const indexing = found.searched < found.loaded ? messages['search.indexed'](found.searched, found.loaded) : '';
	const partial = indexing + (found.nearMissCap === undefined ? '' : messages['search.capped'](found.nearMissCap));
	if (query.trim() === '') {
		return messages['search.type'] + partial;
	}

	if (found.hits.length === 0) {
		return messages['search.no-match'] + partial;
	}

	return messages['search.summary'](found.hits.length, found.documents) + partial;
}

/** A hit's second row: section, then the text around it with the match marked. */
function HitLine({hit, documents, width, ambiguous}: {readonly hit: SearchHit; readonly documents: DocumentSet; readonly width: number; readonly ambiguous: AmbiguousWidth}) {
	const document = documents.get(hit.key);
	const text = hit.block < 0 ? (document?.title ?? '') : (document?.blocks[hit.block]?.text ?? '');
	const section = hit.block < 0 ? '' : ([...(document?.sections ?? [])].reverse().find((candidate) => candidate.block <= hit.block)?.title ?? '');
	const snippet = snippetOf(text, hit.start, hit.end, 8);
	// The section gives way, never the ' · ' that tells it from the snippet.
	const lead = section === '' ? '  ' : `  ${truncateToWidth(section, Math.max(1, Math.floor(width / 3) - 5), ambiguous)} · `;
	const before = snippet.text.slice(0, snippet.start);
	const match = truncateToWidth(snippet.text.slice(snippet.start, snippet.end), Math.max(1, width - textWidth(lead + before, ambiguous)), ambiguous);
	const after = snippet.text.slice(snippet.end);
	const room = width - textWidth(lead + before + match, ambiguous);
	return (
		<Text wrap="truncate-end">
			<Text dimColor>{lead}</Text>
			{before}
			<Text inverse>{match}</Text>
			{padToWidth(truncateToWidth(after, Math.max(0, room), ambiguous), Math.max(0, room), ambiguous)}
		</Text>
	);
}

/** Header, then two rows a hit (document title, then section and snippet), the cursor row in view. */
export function SearchResults({messages, query, found, cursor, documents, width, height, ambiguous}: SearchResultsProps) {
	const perPage = resultPageSize(height);
	const first = listStart(cursor, found.hits.length, perPage);
	const shown = found.hits.slice(first, first + perPage);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Text bold wrap="truncate-end">{padToWidth(truncateToWidth(resultsHeader(query, found, messages), width, ambiguous), width, ambiguous)}</Text>
			{shown.map((hit, row) => {
				const selected = first + row === cursor;
				const document = documents.get(hit.key);
				// Documents of one title are told apart by their ids, as the list tells them.
				const title = document === undefined ? '' : documents.sharesTitle(document) ? `${document.title} · ${document.id}` : document.title;
				return (
					<Box key={`${hit.key}:${hit.offset}`} flexDirection="column">
						<Text inverse={selected} bold={selected} wrap="truncate-end">
							{padToWidth(truncateToWidth((selected ? '> ' : '  ') + title, width, ambiguous), width, ambiguous)}
						</Text>
						<HitLine hit={hit} documents={documents} width={width} ambiguous={ambiguous} />
					</Box>
				);
			})}
		</Box>
	);
}
