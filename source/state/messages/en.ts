/**
 * The interface's English text, and the shape of every other language's table:
 * a language that lacks a key, or has one too many, fails type-checking.
 */
export const en = {
	// --help
	'help.usage': 'Usage',
	'help.options': 'Options',
	'help.examples': 'Examples',
	'help.path': 'path',
	'help.doc': 'doc',
	'help.query': 'query',
	'help.n': 'n',
	'help.mode': 'mode',
	'help.language': 'language',
	'help.usage-reader': 'read documents in the interactive reader',
	'help.usage-list': 'list the documents',
	'help.usage-outline': 'show the sections of a document',
	'help.usage-print': 'print a document as the reader shows it',
	'help.usage-search': 'search every document',
	'help.usage-pipe': 'read what a pipe brings, as less does',
	'help.notes': 'With no path, the bundled documents are used; with a pipe on standard input (or the path -), the text it brings. <doc> is an id from --list, the start of one, or a path.',
	'option.list': 'List documents: id, date, script, sections, characters, title',
	'option.outline': 'Show the sections of a document',
	'option.print': 'Print a document as the reader shows it',
	'option.search': "Print hits, best first: id · section · snippet. Finds Traditional and Simplified alike, pinyin (zhucun, zcgb) and near misses; 'exact !not a|b as in fuse.js. Status 1 when nothing is found",
	'option.limit': 'Most hits --search prints (default: a screenful; --json: all)',
	'option.json': 'Machine-readable output for --list, --outline and --search',
	'option.width': 'Wrap --print at n columns (default: the terminal width, else 80)',
	'option.indent': 'First-line indent of paragraphs, in full-width spaces (default 2)',
	'option.ambiguous': 'Width of ambiguous characters such as “ ” …: narrow (default) or wide; also YUELAN_AMBIGUOUS=wide',
	'option.no-color': 'No colours (also NO_COLOR)',
	'option.lang': 'Interface language: zh-Hans, zh-Hant or en (default: from LC_ALL, LC_MESSAGES, LANG)',
	'option.no-state': 'Neither restore nor save reading positions (kept in $XDG_STATE_HOME/yuelan, else ~/.local/state/yuelan)',
	'option.no-cache': 'Process every document afresh and store none (cache: $XDG_CACHE_HOME/yuelan, else ~/.cache/yuelan)',
	'option.debug': 'Show the stack of an internal error (also YUELAN_DEBUG=1)',
	'option.help': 'Show this help',
	'option.version': 'Show the version',

	// Command-line errors.
	'error.unknown-option': (option: string, suggestion: string | undefined) =>
		`unknown option ${option}${suggestion === undefined ? '; see --help' : `; did you mean ${suggestion}?`}`,
	'error.missing-value': (option: string) => `${option} needs a value`,
	'error.not-a-flag': (option: string) => `${option} takes no value`,
	'error.one-mode': 'use only one of --list, --outline, --print and --search',
	'error.limit': '--limit must be a whole number of at least 1',
	'error.width': '--width must be a whole number of at least 2',
	'error.indent': '--indent must be a whole number from 0 to 8',
	'error.ambiguous': (value: string) => `--ambiguous must be narrow or wide, not "${value}"`,
	'error.lang': (value: string) => `--lang must be zh-Hans, zh-Hant or en, not "${value}"`,
	'error.no-such-path': (paths: string) => `no such file or folder: ${paths}`,
	'error.no-terminal': 'the reader needs a terminal to read keys from; use --list, --outline or --print',
	'error.no-readable': 'no readable document found.',
	'error.no-document': (name: string) => `no document "${name}"; see --list for the ids`,
	'error.which-document': (option: string) => `${option} needs a document; the documents are:`,
	'error.several-documents': (name: string) => `"${name}" names several documents:`,
	'error.more-documents': (count: number) => `… and ${count} more (see --list)`,
	'error.skipped': (path: string, reason: string) => `skipped ${path}: ${reason}`,
	'skip.binary': 'not a text file',
	'skip.permission': 'permission denied',
	'skip.directory': 'is a directory',
	'skip.gone': 'no longer exists',
	'skip.not-regular': 'not a regular file',
	'skip.dangling': 'dangling symbolic link',
	'skip.loop': 'symbolic link loop',
	'skip.folder': 'folder cannot be read',

	// The --list table.
	'list.id': 'id',
	'list.date': 'date',
	'list.script': 'script',
	'list.sections': 'sections',
	'list.chars': 'chars',
	'list.title': 'title',
	'script.simplified': 'Hans',
	'script.traditional': 'Hant',
	'script.unknown': '?',
	'stdin.name': '(standard input)',
};

/** Every text of the interface in one language; values with parameters are functions. */
export type Messages = typeof en;

/** Keys of the messages that are plain text, with no parameter. */
export type TextKey = {[K in keyof Messages]: Messages[K] extends string ? K : never}[keyof Messages];
