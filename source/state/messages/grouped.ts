// Made on first use: a NumberFormat costs ~5 ms to create, paid before the first frame if made at load.
let format: Intl.NumberFormat | undefined;

/** A count with its thousands grouped (`902,207`), as the status line writes counts. */
export function grouped(count: number): string {
	format ??= new Intl.NumberFormat('en-US');
	return format.format(count);
}
