import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {parseMemory} from '../../source/core/memory/memory-file.js';
import {emptyMemory, type ReadingMemory} from '../../source/core/memory/reading-memory.js';
import {readStateFile, writeStateFile, type MemoryWarning} from '../../source/io/state-file.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'yuelan-state-'));
afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

let count = 0;
/** A fresh state file path (in a folder that does not exist yet), optionally with content. */
function stateFile(content?: string): string {
	const file = path.join(scratch, `run-${count++}`, 'yuelan', 'state.json');
	if (content !== undefined) {
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, content);
	}

	return file;
}

const at = (document: string, block: number, time: number): ReadingMemory => ({
	...emptyMemory,
	documents: {[document]: {position: {top: block, pipeline: 1}, at: time}},
});
const blocks = (memory: ReadingMemory) => Object.fromEntries(Object.entries(memory.documents).map(([key, entry]) => [key, entry.position.top]));

describe('readStateFile', () => {
	const table: Array<[name: string, make: () => string, warning: Partial<MemoryWarning> | undefined, writable: boolean]> = [
		['missing: a first run, no warning', () => stateFile(), undefined, true],
		['corrupt: started afresh', () => stateFile('{"version":1,"docu'), {kind: 'damaged', detail: 'not JSON'}, true],
		['empty: started afresh', () => stateFile(''), {kind: 'damaged'}, true],
		['from a newer yuelan: left alone', () => stateFile('{"version":7}'), {kind: 'newer', detail: '7'}, false],
		['unreadable (a folder in its place)', () => {
			const file = stateFile();
			mkdirSync(file, {recursive: true});
			return file;
		}, {kind: 'unreadable', detail: 'EISDIR'}, false],
	];
	test.each(table)('%s', (_name, make, warning, writable) => {
		const file = make();
		const loaded = readStateFile(file);
		expect(loaded.memory).toEqual(emptyMemory);
		expect(loaded.writable).toBe(writable);
		if (warning) {
			expect(loaded.warning).toMatchObject({...warning, file});
		} else {
			expect(loaded.warning).toBeUndefined();
		}
	});
});

describe('writeStateFile', () => {
	test('creates the folder and reads back what it wrote, leaving no temporary file', () => {
		const file = stateFile();
		expect(writeStateFile(file, at('/a', 3, 1))).toBeUndefined();
		expect(blocks(readStateFile(file).memory)).toEqual({'/a': 3});
		expect(readdirSync(path.dirname(file))).toEqual(['state.json']);
	});

	test('two readers that loaded the same file keep both documents; the later save of one document wins', () => {
		const file = stateFile();
		writeStateFile(file, at('/shared', 1, 1));
		const first = readStateFile(file).memory;
		const second = readStateFile(file).memory;
		writeStateFile(file, {...first, documents: {...first.documents, ...at('/a', 5, 10).documents, ...at('/shared', 2, 10).documents}});
		writeStateFile(file, {...second, documents: {...second.documents, ...at('/b', 6, 20).documents, ...at('/shared', 3, 20).documents}});
		expect(blocks(readStateFile(file).memory)).toEqual({'/shared': 3, '/a': 5, '/b': 6});
	});

	test('a stale save does not undo a later one', () => {
		const file = stateFile();
		writeStateFile(file, at('/a', 9, 50));
		writeStateFile(file, at('/a', 1, 10));
		expect(blocks(readStateFile(file).memory)).toEqual({'/a': 9});
	});

	test('replaces a corrupt file', () => {
		const file = stateFile('garbage');
		expect(writeStateFile(file, at('/a', 2, 1))).toBeUndefined();
		expect(parseMemory(readFileSync(file, 'utf8')).kind).toBe('ok');
	});

	test('never overwrites a file from a newer yuelan', () => {
		const future = '{"version":7,"everything":"new"}';
		const file = stateFile(future);
		expect(writeStateFile(file, at('/a', 2, 1))).toMatchObject({kind: 'newer', file});
		expect(readFileSync(file, 'utf8')).toBe(future);
	});

	test('many interleaved saves always leave a whole file holding every document', () => {
		const file = stateFile();
		for (let index = 0; index < 40; index++) {
			writeStateFile(file, at(`/d${index % 8}`, index, index));
			expect(parseMemory(readFileSync(file, 'utf8')).kind).toBe('ok');
		}

		expect(Object.keys(readStateFile(file).memory.documents)).toHaveLength(8);
	});
});
