import type {Marks} from './candidates.js';
import type {PinyinPlan} from './pinyin-plans.js';
import type {Term} from './parse-query.js';
import type {ExactNeedle} from './scan-stops.js';

/** A pinyin reading of a term, the documents worth matching it in (`undefined`: all) and its letters rarest first (indices). */
export type ScopedPlan = PinyinPlan & {readonly documents: Marks | undefined; readonly order: readonly number[]};

/**
 * A term with its pinyin readings, the documents that can hold it exactly and how it is
 * found exactly, worked out once per query: scanned for from an offset in its text
 * (`ScanStops`, `needle`), or, when every offset would stop the scan too often (`下一`: both
 * characters share their byte with a tenth of Chinese text), matched like pinyin, by the
 * initials' bitmaps, each character then checked (`exactPlan`).
 */
export type PlannedTerm = Term & {readonly plans: readonly ScopedPlan[]; readonly exactIn: Marks; readonly needle: ExactNeedle; readonly exactPlan: ScopedPlan | undefined};
