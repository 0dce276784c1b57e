/** GB18030 and Big5-HKSCS decoding, with chardet's opinion for a tie. */
export type LegacyCodec = {
	/** Decodes bytes; invalid sequences become U+FFFD. */
	readonly decode: (bytes: Uint8Array, encoding: 'gb18030' | 'big5hkscs') => string;
	/** chardet's guesses for some bytes, best first. */
	readonly analyse: (bytes: Uint8Array) => ReadonlyArray<{readonly name: string}>;
};
