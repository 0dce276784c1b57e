/** Polls `lastFrame()` until the predicate holds; fails with the last frame after the deadline. No fixed sleeps. */
export async function waitForFrame(
	lastFrame: () => string | undefined,
	predicate: (frame: string) => boolean,
	timeout = 3000,
): Promise<string> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const frame = lastFrame() ?? '';
		if (predicate(frame)) {
			return frame;
		}

		if (Date.now() > deadline) {
			throw new Error(`Timed out waiting for a frame; last frame:\n${frame}`);
		}

		// Yield to Ink's render loop between checks.
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/** A frame's rows with trailing spaces removed. */
export function rows(frame: string): string[] {
	return frame.split('\n').map(row => row.trimEnd());
}
