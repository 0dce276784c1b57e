import {describe, expect, test} from 'vitest';
import {headStart} from '../../source/core/document-offset.js';
import {initialState, type AppState} from '../../source/state/app-state.js';
import {routeKeys} from '../../source/state/key-router.js';
import {readerTop, readerView} from '../../source/state/selectors.js';
import {initialPlaces, maxHistory, placesReducer, type Place} from '../../source/state/slices/places.js';
import {documents, testEnv} from './fixtures.js';

const env = testEnv();
const [first, second, third] = documents.map(document => document.key) as [typeof documents[0]['key'], typeof documents[0]['key'], typeof documents[0]['key']];
/** Text offset of a block's start in document 1, summed here, not by the code under test. */
const at = (block: number) => documents[1].blocks.slice(0, block).reduce((sum, b) => sum + b.text.length, 0);
const reading: AppState = {...initialState(), list: {selected: second}, reader: {open: second, top: headStart}, focus: 'reader'};
const press = (state: AppState, ...keys: string[]) => routeKeys(state, keys, env);
const where = (state: AppState) => ({key: state.reader.open, top: state.reader.top, focus: state.focus});

describe('each document opens where it was left', () => {
	test('scroll in one, read another, come back: the same top', () => {
		const scrolled = press(reading, 'j', 'j', 'j', 'j', 'j');
		const elsewhere = press(scrolled, 'escape', 'j', 'return', 'j');
		expect(elsewhere.reader.open).toBe(third);
		const back = press(elsewhere, 'escape', 'k');
		expect(where(back)).toEqual({key: second, top: scrolled.reader.top, focus: 'list'});
		expect(where(press(back, 'return'))).toEqual({key: second, top: scrolled.reader.top, focus: 'reader'});
	});

	test('a document never read opens at its head', () => {
		expect(press(reading, 'escape', 'j').reader).toEqual({open: third, top: headStart});
	});
});

describe('marks', () => {
	test('m + letter sets, \' + letter comes back, across documents', () => {
		const marked = press(reading, 'j', 'j', 'j', 'm', 'a');
		expect(marked.places.marks['a']).toEqual({key: second, top: at(0)});
		const elsewhere = press(marked, 'escape', 'g', 'return');
		expect(elsewhere.reader.open).toBe(first);
		expect(where(press(elsewhere, '\'', 'a'))).toEqual({key: second, top: at(0), focus: 'reader'});
	});

	test('\'\' goes back to before the last jump, and again to where it came from', () => {
		const jumped = press(reading, 'j', 'j', 'j', ']', ']');
		const sectionTwo = jumped.reader.top;
		const once = press(jumped, '\'', '\'');
		expect(once.reader.top).not.toBe(sectionTwo);
		expect(press(once, '\'', '\'').reader.top).toBe(sectionTwo);
	});

	test.each([
		['m then a key that is no letter', ['m', '1']],
		['m then Esc', ['m', 'escape']],
		['\' then a mark never set', ['\'', 'z']],
	])('%s only ends the wait; the next key works as usual', (_name, keys) => {
		const waited = press(reading, ...keys);
		expect(waited.places.pending).toBeUndefined();
		expect(waited.reader).toEqual(reading.reader);
		expect(waited.places.marks['z']).toBeUndefined();
		expect(press(waited, 'j').reader.top).not.toBe(reading.reader.top);
	});

	describe('a mark in a document not in the list', () => {
		const markedThird: AppState = {...reading, places: {...reading.places, marks: {a: {key: third, top: at(0)}}}};
		const partial = testEnv(documents.slice(0, 2));
		test('while documents still load, \' + letter goes there and the document opens when it arrives', () => {
			const waiting = routeKeys(markedThird, ['\'', 'a'], partial);
			expect(where(waiting)).toEqual({key: third, top: at(0), focus: 'reader'});
			// Arrived: the reader shows it at the mark.
			expect(readerView(waiting, env).lines[0]!.text).toBe(readerView({...reading, list: {selected: third}, reader: {open: third, top: at(0)}}, env).lines[0]!.text);
		});

		test('once loading has finished without it, the mark is skipped', () => {
			const finished = {...partial, documents: {...partial.documents, complete: true}};
			const skipped = routeKeys(markedThird, ['\'', 'a'], finished);
			expect(where(skipped)).toEqual(where(reading));
			expect(skipped.places.pending).toBeUndefined();
		});
	});

	test('every key of a burst counts, the mark letter too', () => {
		const state = press(reading, 'j', 'm', 'b', 'j', 'j', '\'', 'b');
		expect(state.reader.top).toBe(press(reading, 'j').reader.top);
	});
});

describe('history: Backspace goes back through jumps, Ctrl-R forward again', () => {
	test('sections, bottom and opening a document are jumps; each is undone to the exact place', () => {
		const scrolled = press(reading, 'j', 'j', 'j', 'j');
		const afterSection = press(scrolled, ']');
		const afterBottom = press(afterSection, 'G');
		const opened = press(afterBottom, 'escape', 'j', 'return');
		expect(opened.reader.open).toBe(third);
		const back1 = press(opened, 'backspace');
		expect(where(back1)).toEqual({key: second, top: afterBottom.reader.top, focus: 'reader'});
		const back2 = press(back1, 'backspace');
		expect(back2.reader.top).toBe(afterSection.reader.top);
		const back3 = press(back2, 'ctrl-o');
		expect(back3.reader.top).toBe(scrolled.reader.top);
		// Nothing before the first jump: Backspace does nothing.
		expect(press(back3, 'backspace')).toEqual(back3);
		const forward = press(back3, 'ctrl-r', 'ctrl-r', 'ctrl-r');
		expect(where(forward)).toEqual(where(opened));
	});

	test('scrolling is not a jump', () => {
		expect(press(reading, 'j', 'j', 'space').places.back).toEqual([]);
	});

	test('a search hit is a jump', () => {
		const found = press({...reading, overlay: 'search'}, '责', '任', 'return');
		expect(found.reader.top).not.toBe(headStart);
		expect(where(press(found, 'backspace'))).toEqual({key: second, top: headStart, focus: 'reader'});
	});
});

describe('places reducer', () => {
	const place = (top: number): Place => ({key: second, top});
	test('a new jump forgets the places gone back from', () => {
		const two = placesReducer(placesReducer(initialPlaces, {type: 'jump', from: place(1)}), {type: 'jump', from: place(2)});
		const back = placesReducer(two, {type: 'back', from: place(3)});
		expect(back.forward).toEqual([place(3)]);
		expect(placesReducer(back, {type: 'jump', from: place(4)}).forward).toEqual([]);
	});

	test(`keeps the last ${maxHistory} jumps`, () => {
		let state = initialPlaces;
		for (let top = 0; top < maxHistory + 20; top++) {
			state = placesReducer(state, {type: 'jump', from: place(top)});
		}

		expect(state.back).toHaveLength(maxHistory);
		expect(state.back[0]).toEqual(place(20));
	});

	test('leaving where it already was changes nothing', () => {
		const left = placesReducer(initialPlaces, {type: 'leave', place: place(5)});
		expect(placesReducer(left, {type: 'leave', place: place(5)})).toBe(left);
	});
});

test('a top saved by another pipeline version is read as the start of its paragraph', () => {
	const inside = at(5) + 3;
	const stale = initialState({key: second, top: inside, stale: true});
	expect(readerTop(stale, documents[1])).toBe(at(5));
	expect(readerTop(initialState({key: second, top: inside}), documents[1])).toBe(inside);
	// The first movement starts from the paragraph and leaves the stale mark behind.
	const moved = press(stale, 'j');
	expect(moved.reader.stale).toBeUndefined();
	expect(readerView(stale, env).lines[0]!.text).toBe(readerView(initialState({key: second, top: at(5)}), env).lines[0]!.text);
});

describe('the list filter (&)', () => {
	const listing = initialState();
	const titles = (state: AppState) => {
		const listed = env.filter(env.documents, state.filter.query);
		return listed.slice(0, listed.count).map(document => document.title);
	};

	test('& and typing narrow the list; the cursor goes to the best match, which the reader previews', () => {
		const typed = press(listing, '&', '人', '民');
		expect(typed.overlay).toBe('filter');
		expect(titles(typed)).toEqual(['坚决打赢疫情防控的人民战争']);
		expect(typed.list.selected).toBe(second);
		expect(typed.reader.open).toBe(second);
	});

	test('Enter keeps the narrowed list for j/k; Esc in the list gives the whole list back, the cursor where it was', () => {
		const kept = press(listing, '&', '疫', 'return');
		expect(kept.overlay).toBe('none');
		expect(kept.focus).toBe('list');
		const narrowed = titles(kept);
		expect(narrowed.length).toBeLessThan(documents.length);
		const moved = press(kept, 'j');
		expect(narrowed).toContain(documents.find(document => document.key === moved.list.selected)!.title);
		const cleared = press(moved, 'escape');
		expect(cleared.filter.query).toBe('');
		expect(cleared.list.selected).toBe(moved.list.selected);
	});

	test('Esc while typing clears the filter and closes the box; Backspace deletes a character', () => {
		const typed = press(listing, '&', '人', '民', 'backspace');
		expect(typed.filter.query).toBe('人');
		const closed = press(typed, 'escape');
		expect(closed.overlay).toBe('none');
		expect(closed.filter.query).toBe('');
	});

	test('in the box q, j and k are text', () => {
		expect(press(listing, '&', 'q', 'j', 'k').filter.query).toBe('qjk');
		expect(press(listing, '&', 'q').quit).toBe(false);
	});
});
