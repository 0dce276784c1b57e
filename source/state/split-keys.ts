const escape = '\u001B';

/** Final bytes of `ESC [ x` and `ESC O x` sequences. */
const finalKeys: Readonly<Record<string, string>> = {
	A: 'up',
	B: 'down',
	C: 'right',
	D: 'left',
	H: 'home',
	F: 'end',
	Z: 'shift-tab',
};

/** Parameters of `ESC [ n ~` sequences. */
const tildeKeys: Readonly<Record<string, string>> = {
	'1': 'home',
	'2': 'insert',
	'3': 'delete',
	'4': 'end',
	'5': 'pageup',
	'6': 'pagedown',
	'7': 'home',
	'8': 'end',
};

/** Name of a single control character or printable code point. */
function charKey(char: string): string {
	const code = char.codePointAt(0)!;
	if (char === '\r' || char === '\n') {
		return 'return';
	}

	if (char === '\t') {
		return 'tab';
	}

	if (code === 0x7f || code === 0x08) {
		return 'backspace';
	}

	if (char === ' ') {
		return 'space';
	}

	if (code < 0x20) {
		return `ctrl-${String.fromCodePoint(code + 0x60)}`;
	}

	return char;
}

/** Reads one escape sequence at `index`; returns its key name and length. */
function readEscape(raw: string, index: number): [string, number] {
	const kind = raw[index + 1];
	if (kind === undefined) {
		return ['escape', 1];
	}

	const afterO = raw[index + 2];
	if (kind === 'O' && afterO !== undefined) {
		return [finalKeys[afterO] ?? 'unknown', 3];
	}

	if (kind !== '[') {
		// ESC then a character is Esc pressed before that key in one read (or Alt + the key, which
		// yuelan does not bind): both keys count, in order.
		return ['escape', 1];
	}

	const match = /^\[([\d;]*)([ -/]*)([@-~])/.exec(raw.slice(index + 1));
	if (!match) {
		return ['escape', 1];
	}

	const [sequence, parameters = '', , final = ''] = match;
	const [number = ''] = parameters.split(';');
	const name = final === '~' ? tildeKeys[number] : finalKeys[final];
	return [name ?? 'unknown', 1 + sequence.length];
}

/** Splits a raw burst of terminal input into key names: 'jj' is two presses, so is ESC[B ESC[B. */
export function splitRaw(raw: string): string[] {
	const keys: string[] = [];
	let index = 0;
	while (index < raw.length) {
		if (raw[index] === escape) {
			const [name, length] = readEscape(raw, index);
			keys.push(name);
			index += length;
			continue;
		}

		const char = String.fromCodePoint(raw.codePointAt(index)!);
		keys.push(charKey(char));
		index += char.length;
	}

	return keys;
}
