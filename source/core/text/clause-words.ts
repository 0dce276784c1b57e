/**
 * The few grammatical words that tell a sentence's start from a heading in Chinese, in
 * one place: the title search, line joining and heading rules read a line by them.
 * They are closed classes of grammar (clause openers, particles, conjunctions), not
 * words of any one document.
 */

/**
 * A clause of time, purpose or circumstance that opens a sentence, before its comma:
 * `疫情爆发以来，`, `接到命令的那一刻，`, `当日下午，`, `为有效杜绝…，`, `随着…，`. A
 * heading names a subject; it does not set the scene for one.
 */
export const openingClause = /^(?:[^，,]*(?:以来|那一刻|之际|期间|的时候|[上下]午|晚上|当天|当日)|(?:为了?|随着|面对|自从)[^，,]{2,})[，,]/u;

/**
 * Words a phrase cannot stop on: the structural particle 的, the passive 被, the
 * coverb 对, the conjunctions 和 与 而 且. A line that ends on one (`…沙志勇对`,
 * `…的工具和`) was cut before what the word governs, unless its last two characters
 * are a word the text uses elsewhere (`导向`, `面对`): `danglingWord` is tested on the
 * last character only.
 */
export const danglingWord = /[的被对和与而且]$/u;
