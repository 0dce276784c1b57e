// Layer rules, checked by `npm run lint`: core -> state -> ui, one way; only io touches the file system.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'core-stays-in-core',
			comment: 'core is pure: it imports nothing of ours outside core',
			severity: 'error',
			from: {path: '^source/core/'},
			to: {path: '^source/', pathNot: '^source/core/'},
		},
		{
			name: 'core-without-react-or-ink',
			comment: 'core is pure TypeScript: no React, no Ink',
			severity: 'error',
			from: {path: '^source/core/'},
			to: {path: '(^|/)node_modules/(react|ink|ink-[^/]+)/'},
		},
		{
			name: 'state-not-ui',
			comment: 'state is below ui: imports go core -> state -> ui',
			severity: 'error',
			from: {path: '^source/state/'},
			to: {path: '^source/ui/'},
		},
		{
			name: 'ui-not-io',
			comment: 'views get data and callbacks as props; reading files is io, wired in cli/',
			severity: 'error',
			from: {path: '^source/ui/'},
			to: {path: '^source/io/'},
		},
		{
			name: 'only-io-touches-fs',
			comment: 'only source/io reads or writes files',
			severity: 'error',
			from: {path: '^source/', pathNot: '^source/io/'},
			to: {dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$'},
		},
		{
			name: 'no-circular',
			comment: 'import cycles tie modules together: split the shared part out',
			severity: 'error',
			from: {path: '^source/'},
			to: {circular: true},
		},
	],
	options: {
		doNotFollow: {path: 'node_modules'},
		tsConfig: {fileName: 'tsconfig.json'},
		tsPreCompilationDeps: true,
	},
};
