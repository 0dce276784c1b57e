const numeric = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})(?!\d)/u;

/** Reads a date (`2022.04.13`, `2022年4月13日`, `Fri, 25 Mar 2022 12:59:12 GMT`) as YYYY-MM-DD. */
export function parseDate(value: unknown): string | undefined {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	}

	if (typeof value !== 'string') {
		return undefined;
	}

	const match = numeric.exec(value);
	if (match) {
		return formatDate(Number(match[1]), Number(match[2]), Number(match[3]));
	}

	// RFC 2822 and ISO timestamps, as front matter writes them; read in UTC so the day does not shift.
	if (/[a-z]{3}|T\d\d:/i.test(value)) {
		const time = Date.parse(value);
		return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
	}

	return undefined;
}

function formatDate(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1000) {
		return undefined;
	}

	return date.toISOString().slice(0, 10);
}
