import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {TerminalSize} from '../state/geometry.js';

/** The terminal's size, updated on stdout 'resize'; falls back to 80×24 when unknown. */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => read(stdout));
	useEffect(() => {
		const onResize = () => {
			const next = read(stdout);
			// Keep the same object when nothing changed, so React skips the render.
			setSize(previous => (previous.columns === next.columns && previous.rows === next.rows ? previous : next));
		};

		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}

function read(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}
