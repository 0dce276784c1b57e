import envPaths from 'env-paths';

/** Where yuelan keeps what it remembers and what it may throw away. */
export type AppPaths = {
	/** Reading memory: `$XDG_STATE_HOME/yuelan`, else `~/.local/state/yuelan`. */
	readonly state: string;
	/** Processed documents: `$XDG_CACHE_HOME/yuelan`, else `~/.cache/yuelan`. */
	readonly cache: string;
};

/**
 * The platform's folders for yuelan (env-paths: XDG on Linux and other Unixes, Library on
 * macOS, AppData on Windows). env-paths calls XDG's state folder `log`; macOS and Windows
 * have no state folder, so the reading memory goes with the application's data there.
 */
export function appPaths(): AppPaths {
	const paths = envPaths('yuelan', {suffix: ''});
	const xdg = process.platform !== 'darwin' && process.platform !== 'win32';
	return {state: xdg ? paths.log : paths.data, cache: paths.cache};
}
