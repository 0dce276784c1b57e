import fc from 'fast-check';
import Fuse from 'fuse.js';
import {expect, test} from 'vitest';
import {exactPieces} from '../../source/core/search/match-fuzzy.js';
import {editedWindow} from '../helpers/edited-window.js';

test.each([
	// fuse.js's threshold 0.3 allows errors / length <= 0.3: none in 3, one in 4 to 6, two in 7 to 9, three in 10.
	{pattern: '驻村干', pieces: ['驻村干']},
	{pattern: '驻村干部', pieces: ['驻村', '干部']},
	{pattern: '疫情防控工作', pieces: ['疫情防', '控工作']},
	{pattern: '驻村干部老李五', pieces: ['驻村', '干部', '老李五']},
	{pattern: '驻村干部老李五点就起', pieces: ['驻村', '干部老', '李五', '点就起']},
])('$pattern is cut into $pieces', ({pattern, pieces}) => {
	expect(exactPieces(pattern)?.map((piece) => piece.text)).toEqual(pieces);
	expect(exactPieces(pattern)?.map((piece) => pattern.slice(piece.offset, piece.offset + piece.text.length))).toEqual(pieces);
});

test.each(['驻村 干部', "'驻村干部", '!驻村干部', '驻村干部$', '驻'.repeat(33)])('fuse.js does not take %s whole: no pieces', (pattern) => {
	expect(exactPieces(pattern)).toBeUndefined();
});

test('any text fuse.js matches the pattern in holds one of its pieces exactly', () => {
	fc.assert(
		fc.property(editedWindow({pattern: {min: 4, max: 14}, edits: 4, around: 6}), ({pattern, window}) => {
			const fuse = new Fuse([window], {ignoreLocation: true, threshold: 0.3, useExtendedSearch: true});
			if (fuse.search(pattern).length > 0) {
				expect(exactPieces(pattern)!.some((piece) => window.includes(piece.text))).toBe(true);
			}
		}),
		{numRuns: 500},
	);
});
