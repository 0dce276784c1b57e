import {expect, test} from 'vitest';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {createDocumentStore} from '../../source/state/document-store.js';
import type {ReaderView} from '../../source/state/selectors.js';
import type {SearchHit} from '../../source/state/search-service.js';
import {statusParts} from '../../source/state/status-parts.js';
import {en} from '../../source/state/messages/en.js';
import {messageTables} from '../../source/state/messages/messages.js';
import {makeDocument} from './fixtures.js';

const documents = ['甲', '乙', '丙'].map(title => makeDocument(title, ['# 第一节', '正文。', '# 第二节', '正文。']));
const set = createDocumentStore(documents).snapshot();
const view = (index: number, percent = 40): ReaderView => ({document: documents[index], lines: [], atStart: true, percent, highlights: []});

test.each<[string, AppState, ReaderView, readonly SearchHit[], {label: string; position: string}]>([
	['list: the place among the documents', initialState(), view(0), [], {label: '甲', position: '1/3'}],
	['list: the cursor on the second', {...initialState(), list: {selected: documents[1]!.key}}, view(1), [], {label: '乙', position: '2/3'}],
	['reader, before the first section', initialState({key: documents[2]!.key}), view(2, 12), [], {label: '丙', position: '§0/2 · 12%'}],
	['search box: the prompt only', {...initialState(), overlay: 'search', search: {...initialState().search, query: '正文'}}, view(0), [], {label: '/正文', position: ''}],
])('%s', (_name, state, readerView, hits, expected) => {
	expect(statusParts(state, set, readerView, hits, en)).toEqual(expected);
});

test('in the search box: which result of how many the cursor is on, nothing while none', () => {
	const typing: AppState = {...initialState(), overlay: 'search', search: {...initialState().search, query: '正文', cursor: 2}};
	expect(statusParts(typing, set, view(0), [], en, 1017)).toEqual({label: '/正文', position: '3/1,017'});
	expect(statusParts(typing, set, view(0), [], en, 0)).toEqual({label: '/正文', position: ''});
});

test('a filter that lets no document through: 0/0, and the label says so, not the title of a document the list does not show', () => {
	const state: AppState = {...initialState(), filter: {query: 'xyzq'}};
	expect(statusParts(state, createDocumentStore().snapshot(), view(2), [], en)).toEqual({label: 'no document matches', position: '&xyzq · 0/0'});
	expect(statusParts(state, createDocumentStore().snapshot(), view(2), [], messageTables['zh-Hans']).label).toBe('没有匹配的文档');
});

test.each([
	['files counted', {done: 3, total: 10}, '3 / 10'],
	['a large file being processed: the share done', {done: 0, total: 1, partial: 0.37}, '0 / 1 (37%)'],
	['many small files, two of them halfway: too little to tell', {done: 1233, total: 10_000, partial: 1}, '1,233 / 10,000'],
	['a few files, one large one halfway', {done: 3, total: 10, partial: 0.5}, '3 / 10 (35%)'],
])('while loading, before the first document: %s', (_name, progress, expected) => {
	const store = createDocumentStore();
	store.add([], progress);
	expect(statusParts(initialState(), store.snapshot(), {...view(0), document: undefined}, [], en).position).toBe(expected);
});

test('a list of thousands counts with separators', () => {
	const many = Array.from({length: 2480}, (_, index) => makeDocument(`文档${index}`, ['正文。']));
	const state = {...initialState(), list: {selected: many[2]!.key}};
	expect(statusParts(state, createDocumentStore(many).snapshot(), view(0), [], en).position).toBe('3/2,480');
});

// 1,017 hits in document 甲, at offsets 0, 1, 2, …; n went to the third, and the reader shows it.
const hits: SearchHit[] = Array.from({length: 1017}, (_, offset) => ({key: documents[0]!.key, kind: 'exact', field: 'paragraph', block: 1, start: 0, end: 1, offset}));
const searched: AppState = {...initialState({key: documents[0]!.key, top: 2}), search: {...initialState().search, submitted: '正文', hit: 2}};

test.each([
	['scrolled on from it', {...searched, reader: {...searched.reader, top: 5}}],
	['gone back to another document', {...searched, reader: {open: documents[1]!.key, top: 2}}],
])('the hit number goes once the reader leaves the hit: %s', (_name, state) => {
	expect(statusParts(state, set, view(0), hits, en).position).toBe('§1/2 · 40%');
});

test.each([
	['en', 'hit 3/1,017', 'yuelan · loading documents…'],
	['zh-Hans', '匹配 3/1,017', 'yuelan · 正在加载文档…'],
	['zh-Hant', '符合 3/1,017', 'yuelan · 正在載入文件…'],
] as const)('status words in %s', (language, hit, loading) => {
	const messages = messageTables[language];
	expect(statusParts(searched, set, view(0), hits, messages).position).toBe(`${hit} · §1/2 · 40%`);
	expect(statusParts(initialState(), createDocumentStore().snapshot(), {...view(0), document: undefined}, [], messages).label).toBe(loading);
});

test('a document listed from the manifest is named while its text is coming, in the list and in the reader', () => {
	const store = createDocumentStore();
	store.add(documents.map(({key, id, path, title, date, author, source, script}) => ({key, id, path, title, date, author, source, script})), {done: 0, total: 3});
	const waiting = {...view(1), document: undefined};
	const listed = {...initialState(), list: {selected: documents[1]!.key}};
	expect(statusParts(listed, store.snapshot(), waiting, [], en)).toEqual({label: '乙', position: '0 / 3 · 2/3'});
	expect(statusParts(initialState({key: documents[2]!.key}), store.snapshot(), waiting, [], en)).toEqual({label: '丙', position: '0 / 3'});
	expect(statusParts(initialState({key: 'elsewhere' as never}), store.snapshot(), waiting, [], en).label).toBe(en['reader.loading-documents']);
});
