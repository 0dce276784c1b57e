import {expect, test} from 'vitest';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {createDocumentStore} from '../../source/state/document-store.js';
import type {ReaderView} from '../../source/state/selectors.js';
import {statusParts} from '../../source/state/status-parts.js';
import {en} from '../../source/state/messages/en.js';
import {messageTables} from '../../source/state/messages/messages.js';
import {makeDocument} from './fixtures.js';

const documents = ['甲', '乙', '丙'].map(title => makeDocument(title, ['# 第一节', '正文。', '# 第二节', '正文。']));
const set = createDocumentStore(documents).snapshot();
const view = (index: number, percent = 40): ReaderView => ({document: documents[index], lines: [], atStart: true, percent, highlights: []});

test.each<[string, AppState, ReaderView, number, {label: string; position: string}]>([
	['list: the place among the documents', initialState(), view(0), 0, {label: '甲', position: '1/3'}],
	['list: the cursor on the second', {...initialState(), list: {selected: documents[1]!.key}}, view(1), 0, {label: '乙', position: '2/3'}],
	['reader, before the first section', initialState({key: documents[2]!.key}), view(2, 12), 0, {label: '丙', position: '§0/2 · 12%'}],
	['search box: the prompt only', {...initialState(), overlay: 'search', search: {...initialState().search, query: '正文'}}, view(0), 0, {label: '/正文', position: ''}],
])('%s', (_name, state, readerView, hits, expected) => {
	expect(statusParts(state, set, readerView, hits, en)).toEqual(expected);
});

test('a list of thousands counts with separators', () => {
	const many = Array.from({length: 2480}, (_, index) => makeDocument(`文档${index}`, ['正文。']));
	const state = {...initialState(), list: {selected: many[2]!.key}};
	expect(statusParts(state, createDocumentStore(many).snapshot(), view(0), 0, en).position).toBe('3/2,480');
});

test.each([
	['en', 'hit 3/1,017', 'yuelan · loading documents…'],
	['zh-Hans', '匹配 3/1,017', 'yuelan · 正在加载文档…'],
	['zh-Hant', '符合 3/1,017', 'yuelan · 正在載入文件…'],
] as const)('status words in %s', (language, hit, loading) => {
	const messages = messageTables[language];
	const searched = {...initialState({key: documents[0]!.key}), search: {...initialState().search, submitted: '正文', hit: 2}};
	expect(statusParts(searched, set, view(0), 1017, messages).position).toBe(`${hit} · §0/2 · 40%`);
	expect(statusParts(initialState(), createDocumentStore().snapshot(), {...view(0), document: undefined}, 0, messages).label).toBe(loading);
});
