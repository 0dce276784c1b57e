import {expect, test} from 'vitest';
import {reasonIn, skipMessage} from '../../source/cli/skip-message.js';
import {pageAssetsReason} from '../../source/io/find-documents.js';
import {en} from '../../source/state/messages/en.js';
import {messageTables} from '../../source/state/messages/messages.js';

// The io layer's reasons as it writes them (see io/read-documents, io/read-capped, io/find-documents, io/file-kind).
const reasons = [
	'not a text file (PNG image)',
	'not a text file (PDF document)',
	'not a text file (legacy Microsoft Office document)',
	'not a text file (contains NUL bytes)',
	'not a regular file (a FIFO)',
	'not a regular file (a character device)',
	'larger than 128 MB (200 MB), the largest document yuelan reads',
	'larger than 128 MB, the largest document yuelan reads',
	'permission denied (EACCES)',
	'permission denied: a folder on its path cannot be searched (EACCES)',
	'folder cannot be read: permission denied (EACCES)',
	'folder cannot be read: error (EIO)',
	'cannot be read (EIO)',
	'could not be processed (Maximum call stack size exceeded)',
	'dangling symbolic link',
	'symbolic link loop (ELOOP)',
];

test('in English a reason reads as the io layer wrote it', () => {
	for (const reason of reasons) {
		expect(reasonIn(en, reason)).toBe(reason);
	}
});

test.each(['zh-Hans', 'zh-Hant'] as const)('in %s no English word is left in a reason, only formats, codes and what an error said', (language) => {
	const messages = messageTables[language];
	for (const reason of reasons) {
		const said = reasonIn(messages, reason).replaceAll(/PNG|PDF|Microsoft Office|NUL|FIFO|MB|yuelan|E[A-Z]+|Maximum call stack size exceeded/gu, '');
		expect(said, reason).not.toMatch(/[a-z]{2,}/iu);
		expect(said, reason).toMatch(/\p{Script=Han}/u);
	}
});

test.each([
	['zh-Hans', 'yuelan: 已跳过 a.png：不是文本文件（PNG 图像）\n'],
	['zh-Hant', 'yuelan: 已略過 a.png：不是文字檔（PNG 影像）\n'],
	['en', 'yuelan: skipped a.png: not a text file (PNG image)\n'],
] as const)('a skipped image in %s', (language, expected) => {
	expect(skipMessage(messageTables[language], 'a.png', 'not a text file (PNG image)')).toBe(expected);
});

test('the size cap and the why of an unreadable folder, in Simplified Chinese', () => {
	const messages = messageTables['zh-Hans'];
	expect(reasonIn(messages, 'larger than 128 MB (200 MB), the largest document yuelan reads')).toBe('大于 128 MB（200 MB），超出 yuelan 能读的最大文档');
	expect(reasonIn(messages, 'folder cannot be read: permission denied (EACCES)')).toBe('文件夹无法读取：没有权限（EACCES）');
});

test.each([
	['en', 'yuelan: left out 52 web page assets in book (.css, .js, .woff2): not documents; name a file to read it anyway\n'],
	['zh-Hans', 'yuelan: 已略去 book 中的 52 个网页附属文件（.css, .js, .woff2）：不是文档；要阅读请直接指明文件\n'],
	['zh-Hant', 'yuelan: 已略過 book 中的 52 個網頁附屬檔案（.css, .js, .woff2）：不是文件；要閱讀請直接指定檔案\n'],
] as const)('a folder\'s web page assets are one line in %s, a count and their kinds', (language, expected) => {
	expect(skipMessage(messageTables[language], 'book', pageAssetsReason(52, ['.css', '.js', '.woff2']))).toBe(expected);
});

test('one asset is not plural, and a long list of kinds is cut', () => {
	expect(skipMessage(en, 'book', pageAssetsReason(1, ['.js']))).toBe('yuelan: left out 1 web page asset in book (.js): not documents; name a file to read it anyway\n');
	expect(pageAssetsReason(9, ['.a', '.b', '.c', '.d', '.e', '.f', '.g'])).toBe('9 web page assets left out (.a, .b, .c, .d, .e, .f, …)');
});
