import {beforeAll, expect, test} from 'vitest';
import type {Document} from '../../source/core/document.js';
import {layoutDocument} from '../../source/core/layout/layout-document.js';
import {reader} from '../../source/state/actions.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {geometry} from '../../source/state/geometry.js';
import {reduce} from '../../source/state/reduce.js';
import {readerView} from '../../source/state/selectors.js';
import {createServices, envOf} from '../../source/state/services.js';
import {loadSeed} from '../helpers/load-document.js';

let seed: Document;
beforeAll(async () => {
	seed = await loadSeed('002');
});

const services = () => createServices({layoutDocument, ambiguous: 'narrow', indent: 2, documents: [seed]});

test('scrolling 002 line by line: each j moves one screen row, the percentage never goes back and ends at 100', () => {
	const env = envOf(services(), {columns: 100, rows: 30});
	let state: AppState = initialState({key: seed.key});
	let view = readerView(state, env);
	const seen = [view.percent];
	const total = env.layoutOf(seed, geometry(env.size).readerWidth).lineCount();
	for (let step = 1; step <= total; step++) {
		const next = reduce(state, reader({type: 'scroll-lines', lines: 1}), env);
		if (next === state) {
			break;
		}

		state = next;
		const moved = readerView(state, env);
		// One row down: the view's lines move up by one.
		expect(moved.lines.slice(0, -1), `step ${step}`).toEqual(view.lines.slice(1));
		view = moved;
		seen.push(view.percent);
	}

	expect(seen.length).toBeGreaterThan(1000);
	for (const [index, percent] of seen.entries()) {
		expect(percent, `after ${index} lines`).toBeGreaterThanOrEqual(seen[index - 1] ?? 0);
	}

	expect(seen.at(-1)).toBe(100);
	expect(seen.filter(percent => percent === 100)).toHaveLength(1);
});

test('a resize at the last section keeps a percentage near the end', () => {
	const big = envOf(services(), {columns: 100, rows: 30});
	const atEnd = reduce(initialState({key: seed.key}), reader({type: 'bottom'}), big);
	const lastSection = reduce(atEnd, reader({type: 'previous-section'}), big);
	for (let columns = 40; columns <= 120; columns += 3) {
		for (const rows of [12, 24, 30, 41]) {
			expect(readerView(lastSection, envOf(services(), {columns, rows})).percent, `${columns}×${rows}`).toBeGreaterThan(90);
		}
	}
});
