import {describe, expect, test} from 'vitest';
import {parseMemory, serializeMemory} from '../../source/core/memory/memory-file.js';
import {lastReading, recordMarks, recordReading} from '../../source/core/memory/record-reading.js';
import {emptyMemory, maxRememberedDocuments, mergeMemory, type ReadingMemory, type SavedPosition} from '../../source/core/memory/reading-memory.js';

const position = (block: number): SavedPosition => ({top: block, pipeline: 1});
const reading = (documents: Record<string, [block: number, at: number]>): ReadingMemory => ({
	...emptyMemory,
	documents: Object.fromEntries(Object.entries(documents).map(([key, [block, at]]) => [key, {position: position(block), at}])),
});

describe('mergeMemory', () => {
	const table: Array<[name: string, a: ReadingMemory, b: ReadingMemory, expected: Record<string, number>]> = [
		['keeps documents only one side read', reading({'/a': [1, 10]}), reading({'/b': [2, 20]}), {'/a': 1, '/b': 2}],
		['the later save of one document wins', reading({'/a': [1, 30]}), reading({'/a': [2, 20]}), {'/a': 1}],
		['the later save wins from either side', reading({'/a': [1, 10]}), reading({'/a': [2, 20]}), {'/a': 2}],
		['nothing and something', emptyMemory, reading({'/a': [3, 1]}), {'/a': 3}],
	];
	test.each(table)('%s', (_name, a, b, expected) => {
		const blocks = Object.fromEntries(Object.entries(mergeMemory(a, b).documents).map(([key, entry]) => [key, entry.position.top]));
		expect(blocks).toEqual(expected);
	});

	test('marks merge per letter, collections per collection', () => {
		const a: ReadingMemory = {...emptyMemory, marks: {a: {document: '/x', position: position(1), at: 5}, b: {document: '/x', position: position(2), at: 9}}, collections: {c: {document: '/x', at: 1}}};
		const b: ReadingMemory = {...emptyMemory, marks: {a: {document: '/y', position: position(3), at: 7}}, collections: {c: {document: '/y', at: 2}}};
		const merged = mergeMemory(a, b);
		expect(merged.marks['a']?.document).toBe('/y');
		expect(merged.marks['b']?.document).toBe('/x');
		expect(merged.collections['c']?.document).toBe('/y');
	});

	test('keeps only the most recently read documents', () => {
		const many = reading(Object.fromEntries(Array.from({length: maxRememberedDocuments + 2}, (_, index) => [`/d${index}`, [0, index]])));
		const merged = mergeMemory(emptyMemory, many);
		expect(Object.keys(merged.documents)).toHaveLength(maxRememberedDocuments);
		expect(merged.documents['/d0']).toBeUndefined();
		expect(merged.documents[`/d${maxRememberedDocuments + 1}`]).toBeDefined();
	});
});

describe('parseMemory', () => {
	const saved = reading({'/a': [4, 1]});
	const table: Array<[name: string, text: string, kind: string]> = [
		['what was saved', serializeMemory(saved), 'ok'],
		['not JSON', '{"version": 1, "documents": {', 'corrupt'],
		['an empty file', '', 'corrupt'],
		['an array', '[1, 2]', 'corrupt'],
		['no version', '{"documents": {}}', 'corrupt'],
		['a newer format', '{"version": 99, "documents": {}}', 'future-version'],
		['an older-looking but valid file', '{"version": 1}', 'ok'],
	];
	test.each(table)('%s', (_name, text, kind) => {
		expect(parseMemory(text).kind).toBe(kind);
	});

	test('reads back what was serialized', () => {
		expect(parseMemory(serializeMemory(saved))).toEqual({kind: 'ok', memory: saved});
	});

	test('drops entries of the wrong shape and keeps the rest', () => {
		const text = JSON.stringify({
			version: 1,
			// A top on the blank line before a block is a half offset; a third of one is no offset at all.
			documents: {'/a': {position: position(1), at: 1}, '/b': {position: {top: 'x'}, at: 1}, '/c': 7, '/d': {position: {top: 508.5, pipeline: 2}, at: 1}, '/e': {position: {top: 1 / 3, pipeline: 2}, at: 1}},
			marks: {a: {document: '/a', position: position(2), at: 1}, b: {position: position(2), at: 1}},
			collections: [],
		});
		const parsed = parseMemory(text);
		expect(parsed.kind).toBe('ok');
		if (parsed.kind === 'ok') {
			expect(Object.keys(parsed.memory.documents)).toEqual(['/a', '/d']);
			expect(Object.keys(parsed.memory.marks)).toEqual(['a']);
			expect(parsed.memory.collections).toEqual({});
		}
	});
});

describe('recordReading and lastReading', () => {
	const moment = (document: string, top: number, at: number, collection = 'c') => ({collection, document, top, pipeline: 1, at});
	test('the last document of a collection, at its last position', () => {
		let memory = recordReading(emptyMemory, moment('/a', 10, 1));
		memory = recordReading(memory, moment('/b', 20, 2));
		memory = recordReading(memory, moment('/a', 30, 3));
		expect(lastReading(memory, 'c')).toEqual({document: '/a', top: 30});
		expect(memory.documents['/b']?.position.top).toBe(20);
	});

	test('collections keep their own last document', () => {
		const memory = recordReading(recordReading(emptyMemory, moment('/a', 1, 1, 'one')), moment('/b', 2, 2, 'two'));
		expect([lastReading(memory, 'one')?.document, lastReading(memory, 'two')?.document, lastReading(memory, 'three')]).toEqual(['/a', '/b', undefined]);
	});

	test('nothing new is the same memory, so an unchanged session writes nothing', () => {
		const memory = recordReading(emptyMemory, moment('/a', 5, 1));
		expect(recordReading(memory, moment('/a', 5, 99))).toBe(memory);
	});
});

describe('recordMarks', () => {
	test('saves marks that changed, keeps the time of those that did not, and their pipeline version', () => {
		const once = recordMarks(emptyMemory, {a: {key: '/a', top: 5}}, 2, 100);
		expect(once.marks).toEqual({a: {document: '/a', position: {top: 5, pipeline: 2}, at: 100}});
		expect(recordMarks(once, {a: {key: '/a', top: 5}}, 2, 200)).toBe(once);
		const old = recordMarks(once, {a: {key: '/a', top: 5}, b: {key: '/b', top: 7, pipeline: 1}}, 2, 300);
		expect(old.marks['a']?.at).toBe(100);
		expect(old.marks['b']).toEqual({document: '/b', position: {top: 7, pipeline: 1}, at: 300});
	});
});
