import type {AmbiguousWidth} from './layout-types.js';

/** Environment variable that switches the layout to wide ambiguous characters. */
export const ambiguousEnvironmentVariable = 'YUELAN_AMBIGUOUS';

function parse(value: string): AmbiguousWidth | undefined {
	const normalized = value.trim().toLowerCase();
	return normalized === 'wide' || normalized === 'narrow' ? normalized : undefined;
}

/**
 * The ambiguous-width mode from the `--ambiguous` flag, else from
 * `YUELAN_AMBIGUOUS`, else narrow. The caller passes the environment, so core
 * never reads `process.env`. An unknown flag value throws a RangeError; an
 * unknown environment value is ignored.
 */
export function resolveAmbiguous(
	flag?: string,
	environment: Readonly<Record<string, string | undefined>> = {},
): AmbiguousWidth {
	if (flag !== undefined && flag !== '') {
		const mode = parse(flag);
		if (mode === undefined) {
			throw new RangeError(`--ambiguous must be "narrow" or "wide", not "${flag}"`);
		}

		return mode;
	}

	const fromEnvironment = environment[ambiguousEnvironmentVariable];
	return (fromEnvironment === undefined ? undefined : parse(fromEnvironment)) ?? 'narrow';
}
