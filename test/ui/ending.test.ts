import {expect, test} from 'vitest';
import {ReaderExit} from '../../source/cli/run-reader.js';
import {crashMessage} from '../../source/core/crash-message.js';
import {messageTables} from '../../source/state/messages/messages.js';
import {endingOf} from '../../source/ui/run-app.js';

test('an error with a status ends the reader with that status and its message as it is', () => {
	expect(endingOf(new ReaderExit('yuelan: no readable document found.', 2))).toEqual({status: 2, message: 'yuelan: no readable document found.'});
});

test('a crash ends with status 1 and one line, without a stack', () => {
	const ending = endingOf(new TypeError('boom'));
	expect(ending.status).toBe(1);
	expect(ending.message).toBe('yuelan: internal error: boom (run with --debug for details)');
	expect(endingOf('thrown string')).toEqual({status: 1, message: 'yuelan: internal error: thrown string (run with --debug for details)'});
});

test('--debug shows the stack', () => {
	expect(crashMessage(new TypeError('boom'), true)).toMatch(/^yuelan: TypeError: boom\n\s+at /);
	expect(crashMessage(new TypeError('boom'), false)).not.toContain(' at ');
});

test.each([
	['zh-Hans', 'yuelan: 内部错误：boom（加 --debug 运行可看详情）'],
	['zh-Hant', 'yuelan: 內部錯誤：boom（加 --debug 執行可看詳情）'],
] as const)('a crash is told in the interface language: %s', (language, expected) => {
	expect(endingOf(new TypeError('boom'), messageTables[language])).toEqual({status: 1, message: expected});
});
