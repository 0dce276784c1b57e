import {useInput} from 'ink';
import {useCallback} from 'react';
import {splitKeys} from '../state/split-keys.js';

/**
 * The app's only key handler. It splits what Ink delivers ('jj' arrives as one
 * call) into key names and hands them over together: the store routes each key
 * against the state the previous one produced, so a fast burst never reads stale state.
 */
export function useKeyRouter(onKeys: (keys: readonly string[]) => void): void {
	const onInput = useCallback(
		(input: string, key: Parameters<typeof splitKeys>[1]) => {
			const keys = splitKeys(input, key);
			if (keys.length > 0) {
				onKeys(keys);
			}
		},
		[onKeys],
	);
	useInput(onInput);
}
