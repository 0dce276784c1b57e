import {useStdin} from 'ink';
import {useEffect} from 'react';
import {splitRaw} from '../state/split-keys.js';

/**
 * The app's only key handler. It reads the terminal's input as Ink's input parser
 * cuts it (an escape sequence, or a run of typed characters, per event), not what
 * `useInput` makes of it: useInput drops an ESC before any key but a letter or a digit
 * (`Esc /` or `Esc ?` in one read lost the Esc; `Esc Space` lost both). The keys of
 * one read go to the store together, which routes each against the state the previous
 * one produced, so a fast burst never reads stale state.
 */
export function useKeyRouter(onKeys: (keys: readonly string[]) => void): void {
	const {setRawMode, internal_eventEmitter: input} = useStdin();
	useEffect(() => {
		setRawMode(true);
		return () => {
			setRawMode(false);
		};
	}, [setRawMode]);
	useEffect(() => {
		const onInput = (raw: string) => {
			const keys = splitRaw(raw);
			if (keys.length > 0) {
				onKeys(keys);
			}
		};

		input.on('input', onInput);
		return () => {
			input.removeListener('input', onInput);
		};
	}, [input, onKeys]);
}
