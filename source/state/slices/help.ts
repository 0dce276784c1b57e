import {assertNever} from '../assert-never.js';

/** The help screen: how far it is scrolled. */
export type HelpState = {
	/** First help line shown, for terminals shorter than the help. */
	readonly top: number;
};

/** What can happen to the help screen. */
export type HelpAction =
	| {readonly type: 'scroll'; readonly lines: number}
	| {readonly type: 'scroll-pages'; readonly pages: number}
	| {readonly type: 'top'}
	| {readonly type: 'bottom'};

/** What the help slice needs to know: how many lines there are and how many show. */
export type HelpContext = {
	readonly lineCount: number;
	readonly height: number;
};

export const initialHelp: HelpState = {top: 0};

/** The help after an action; the same object when nothing changed. */
export function helpReducer(state: HelpState, action: HelpAction, {lineCount, height}: HelpContext): HelpState {
	const last = Math.max(0, lineCount - height);
	const to = (top: number): HelpState => {
		const clamped = Math.max(0, Math.min(last, top));
		return clamped === state.top ? state : {top: clamped};
	};

	switch (action.type) {
		case 'scroll': {
			return to(state.top + action.lines);
		}

		case 'scroll-pages': {
			return to(state.top + Math.trunc(action.pages * Math.max(1, height - 1)));
		}

		case 'top': {
			return to(0);
		}

		case 'bottom': {
			return to(last);
		}

		default: {
			return assertNever(action);
		}
	}
}
