import {expect, test} from 'vitest';
import {resolveAmbiguous} from '../../source/core/layout/ambiguous-width.js';

test.each([
	[undefined, {}, 'narrow'],
	['wide', {}, 'wide'],
	['narrow', {YUELAN_AMBIGUOUS: 'wide'}, 'narrow'],
	[undefined, {YUELAN_AMBIGUOUS: 'wide'}, 'wide'],
	[undefined, {YUELAN_AMBIGUOUS: ' WIDE '}, 'wide'],
	[undefined, {YUELAN_AMBIGUOUS: 'huge'}, 'narrow'],
	['', {YUELAN_AMBIGUOUS: 'wide'}, 'wide'],
] as const)('flag %j with %j is %s', (flag, environment, expected) => {
	expect(resolveAmbiguous(flag, environment)).toBe(expected);
});

test('rejects an unknown flag value', () => {
	expect(() => resolveAmbiguous('huge')).toThrow(RangeError);
});
