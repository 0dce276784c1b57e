/** GB18030 and Big5-HKSCS decoding, with chardet's opinion for a tie. */
export type LegacyCodec = {
	/** Decodes bytes; invalid sequences become U+FFFD. */
	readonly decode: (bytes: Uint8Array, encoding: 'gb18030' | 'big5hkscs') => string;
	/** chardet's guesses for some bytes, best first. */
	readonly analyse: (bytes: Uint8Array) => ReadonlyArray<{readonly name: string}>;
};

let loading: Promise<LegacyCodec> | undefined;

/** Loads iconv-lite and chardet (over half of the program's size) the first time a file needs them. */
export async function loadLegacyCodec(): Promise<LegacyCodec> {
	loading ??= Promise.all([import('iconv-lite'), import('chardet')]).then(([{default: iconv}, {default: chardet}]) => ({
		decode: (bytes, encoding) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding),
		analyse: (bytes) => chardet.analyse(bytes),
	}));
	return loading;
}
