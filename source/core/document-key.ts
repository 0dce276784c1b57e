/**
 * A document's stable identity: the resolved real path of the file it was read from
 * (io computes it where the file is read), or another unique name for text that has
 * no file. State, hits, marks and saved positions refer to documents by key, never by
 * their index in a list.
 */
export type DocumentKey = string & {readonly brand: 'DocumentKey'};

/** What the file looked like when it was read, so a later change can be noticed. */
export type FileStamp = {
	/** Size in bytes. */
	readonly size: number;
	/** Last modification, in milliseconds since the epoch. */
	readonly mtimeMs: number;
};

/**
 * Version of what the pipeline makes of a file. Bump it whenever a cleaning, title,
 * metadata or outline rule changes the blocks or sections of a document, so that
 * anything saved against an older version (positions, caches) is known to be stale.
 */
export const PIPELINE_VERSION = 16;

/** The key for a resolved path (or another unique name). */
export function documentKey(resolved: string): DocumentKey {
	return resolved as DocumentKey;
}
