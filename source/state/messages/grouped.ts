const format = new Intl.NumberFormat('en-US');

/** A count with its thousands grouped (`902,207`), as the status line writes counts. */
export function grouped(count: number): string {
	return format.format(count);
}
