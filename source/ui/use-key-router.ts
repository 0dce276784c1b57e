import {useInput} from 'ink';
import {useCallback, type Dispatch} from 'react';
import type {Action} from '../state/reducer.js';
import {splitKeys} from '../state/split-keys.js';

/**
 * The app's only key handler. It splits what Ink delivers ('jj' arrives as one
 * call) into key names and dispatches them together: the reducer routes each key
 * against the state the previous one produced, so a fast burst never reads stale state.
 */
export function useKeyRouter(dispatch: Dispatch<Action>): void {
	const onInput = useCallback(
		(input: string, key: Parameters<typeof splitKeys>[1]) => {
			const keys = splitKeys(input, key);
			if (keys.length > 0) {
				dispatch({type: 'keys', keys});
			}
		},
		[dispatch],
	);
	useInput(onInput);
}
