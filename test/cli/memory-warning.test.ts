import {expect, test} from 'vitest';
import {memoryWarning} from '../../source/cli/reading-memory-session.js';
import type {MemoryWarning} from '../../source/io/state-file.js';
import {messageTables} from '../../source/state/messages/messages.js';

const file = '/home/u/.local/state/yuelan/state.json';
const warnings: MemoryWarning[] = [
	{kind: 'unreadable', file, detail: 'EACCES'},
	{kind: 'damaged', file, detail: 'not JSON'},
	{kind: 'damaged', file, detail: 'no version'},
	{kind: 'newer', file, detail: '7'},
	{kind: 'unsaved', file, detail: 'ENOSPC'},
];

test('in English, as before', () => {
	expect(warnings.map(warning => memoryWarning(messageTables.en, warning))).toEqual([
		`cannot read the reading memory ${file} (EACCES); positions and marks were not restored`,
		`the reading memory ${file} was damaged (not JSON); it was started afresh`,
		`the reading memory ${file} was damaged (no version); it was started afresh`,
		`the reading memory ${file} is from a newer yuelan (format 7); it was left as it is`,
		`cannot save the reading memory ${file} (ENOSPC)`,
	]);
});

test.each(['zh-Hans', 'zh-Hant'] as const)('in %s every warning about the reading memory is Chinese but for the file, codes and names', (language) => {
	for (const warning of warnings) {
		const said = memoryWarning(messageTables[language], warning);
		expect(said).toContain(file);
		expect(said.replace(file, '').replaceAll(/E[A-Z]+|JSON|yuelan/gu, '')).not.toMatch(/[a-z]{2,}/iu);
	}

	expect(memoryWarning(messageTables['zh-Hans'], warnings[1]!)).toBe(`阅读记录 ${file} 已损坏（不是 JSON）；已重新开始记录`);
});
