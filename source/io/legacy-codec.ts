import type {LegacyCodec} from '../core/decode/legacy-codec.js';

let loading: Promise<LegacyCodec> | undefined;

/** Loads iconv-lite and chardet (over half of the program's size) the first time a file needs them. */
export async function loadLegacyCodec(): Promise<LegacyCodec> {
	loading ??= Promise.all([import('iconv-lite'), import('chardet')]).then(([{default: iconv}, {default: chardet}]) => ({
		decode: (bytes, encoding) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding),
		analyse: (bytes) => chardet.analyse(bytes),
	}));
	return loading;
}
