import {expect, test} from 'vitest';
import {textWidth} from '../../source/core/layout/text-width.js';
import {helpLineCount, helpLines} from '../../source/state/help-lines.js';
import {messageTables} from '../../source/state/messages/messages.js';

test.each(['en', 'zh-Hans', 'zh-Hant'] as const)('in %s every description of the help starts in one column, however many keys a binding has', (language) => {
	const messages = messageTables[language];
	const lines = helpLines(messages).filter(line => !line.heading);
	const descriptions = Object.values(messages).filter((value): value is string => typeof value === 'string');
	// Where the line's description (the longest message it ends with) starts, in columns.
	const columnOf = (text: string) => {
		const description = descriptions.filter(value => text.endsWith(` ${value}`)).sort((a, b) => b.length - a.length)[0]!;
		return textWidth(text.slice(0, text.length - description.length), 'narrow');
	};

	const columns = new Set(lines.map(line => columnOf(line.text)));
	expect(lines.some(line => line.text.includes('Ctrl-N'))).toBe(true);
	expect([...columns]).toHaveLength(1);
	expect(helpLines(messages)).toHaveLength(helpLineCount);
});
