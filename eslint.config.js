// Lint: ESLint's and typescript-eslint's recommended rules, React's rules of hooks.
// Layer rules (which folder may import which) live in .dependency-cruiser.cjs.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'coverage/', '.bench/', 'node_modules/']},
	js.configs.recommended,
	tseslint.configs.recommended,
	{
		languageOptions: {globals: globals.node},
		rules: {
			// Chinese text puts ideographic spaces (U+3000) in strings, patterns and comments; code still may not.
			'no-irregular-whitespace': ['error', {skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true, skipJSXText: true}],
			// Finding and removing control characters is part of cleaning documents.
			'no-control-regex': 'off',
			// `const {color, ...rest} = style` is how a field is left out.
			'@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}],
		},
	},
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		rules: reactHooks.configs.recommended.rules,
	},
);
