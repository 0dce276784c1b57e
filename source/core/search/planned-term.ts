import type {Marks} from './candidates.js';
import type {PinyinPlan} from './match-pinyin.js';
import type {Term} from './parse-query.js';

/** A pinyin reading of a term, the documents worth matching it in (`undefined`: all) and its letters rarest first (indices). */
export type ScopedPlan = PinyinPlan & {readonly documents: Marks | undefined; readonly order: readonly number[]};

/**
 * A term with its pinyin readings, the documents that can hold it exactly and the offset in
 * its text an exact scan starts from (`ScanStops`), worked out once per query.
 */
export type PlannedTerm = Term & {readonly plans: readonly ScopedPlan[]; readonly exactIn: Marks; readonly scanFrom: number};
