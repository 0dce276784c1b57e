// Escape sequences first, so their parameters do not survive as text once the ESC is gone.
const escapeSequences = new RegExp(
	[
		String.raw`\u001B\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?`, // OSC (title, clipboard, hyperlinks)
		String.raw`\u001B[P^_X][^\u001B\u009C]*(?:\u001B\\|\u009C)?`, // DCS, PM, APC, SOS
		String.raw`(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?`, // CSI, 7- and 8-bit
		String.raw`\u001B[ -/]*[0-~]?`, // any other ESC sequence, or a lone ESC
	].join('|'),
	'g',
);

// C0 except tab and newline, DEL, C1, and the bidi controls that can reorder what follows.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * What follows an emoji in the sequences terminals draw at different widths: skin-tone
 * modifiers and ZWJ-joined members (👨‍👩‍👧‍👦 is 2 columns for string-width, 8 in xterm.js
 * with Unicode 11, and tmux drops a member), so a row holding one can overflow the pane.
 */
const sequenceMember = /\u200D|[\u{1F3FB}-\u{1F3FF}]/u;
const emojiSequenceTail = /(?<=\p{Extended_Pictographic}\uFE0F?)(?:[\u{1F3FB}-\u{1F3FF}]|\u200D(?:\p{Extended_Pictographic}\uFE0F?[\u{1F3FB}-\u{1F3FF}]?)?)+/gu;

/**
 * Makes document text safe to write to a terminal: removes escape sequences,
 * control characters and bidi overrides, and draws an emoji sequence as its first
 * emoji (👨‍👩‍👧‍👦 → 👨, 🏳️‍🌈 → 🏳️, 👍🏽 → 👍), which every terminal measures alike.
 * Newlines and tabs stay; CR becomes a newline.
 */
export function sanitize(text: string): string {
	const clean = text
		.replace(/\r\n?/g, '\n')
		.replace(/[\u2028\u2029]/g, '\n')
		.replace(escapeSequences, '')
		.replace(controls, '');
	// The look-behind makes the engine try the sequence rule at every character: on a large
	// text, a scan for the only characters it can remove is several times cheaper.
	return sequenceMember.test(clean) ? clean.replace(emojiSequenceTail, '') : clean;
}
