import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {isLoaded, type Document, type ListedDocument} from '../../source/core/document.js';
import {createDocumentStore} from '../../source/state/document-store.js';
import {makeDocument} from './fixtures.js';

/** What the manifest would list for a document: no text. */
function listed(document: Document, title = document.title): ListedDocument {
	return {key: document.key, id: document.id, path: document.path, title, date: document.date, author: document.author, source: document.source, script: document.script};
}

const files = Array.from({length: 8}, (_, index) => makeDocument(`文档${index}`, [`第${index}段。`]));

/** The list as keys, loaded ones marked with '+'. */
function shape(store: ReturnType<typeof createDocumentStore>): string[] {
	const set = store.snapshot();
	return set.slice(0, set.count).map((entry) => `${isLoaded(entry) ? '+' : ''}${entry.title}`);
}

describe('a store listed from the manifest', () => {
	test('loaded documents take their entries\' places; get() answers only loaded ones', () => {
		const store = createDocumentStore();
		store.list(files.slice(0, 3).map((file) => listed(file)));
		expect(store.snapshot().count).toBe(3);
		expect(store.snapshot().get(files[0]!.key)).toBeUndefined();
		expect(store.snapshot().indexOf(files[2]!.key)).toBe(2);
		store.add([files[0]!]);
		expect(shape(store)).toEqual(['+文档0', '文档1', '文档2']);
		expect(store.snapshot().get(files[0]!.key)).toBe(files[0]);
		expect(store.snapshot().loaded).toBe(1);
	});

	test('entries whose files were skipped this time leave the list, before the next one loaded and at the end', () => {
		const store = createDocumentStore();
		store.list(files.slice(0, 4).map((file) => listed(file)));
		store.add([files[0]!, files[2]!]);
		expect(shape(store)).toEqual(['+文档0', '+文档2', '文档3']);
		store.finish();
		expect(shape(store)).toEqual(['+文档0', '+文档2']);
		expect(store.snapshot().indexOf(files[3]!.key)).toBe(-1);
		expect(store.snapshot().complete).toBe(true);
	});

	test('a document the manifest did not list goes where it is in file order', () => {
		const store = createDocumentStore();
		store.add([listed(files[0]!), listed(files[2]!)]);
		store.add([files[0]!, files[1]!]);
		expect(shape(store)).toEqual(['+文档0', '+文档1', '文档2']);
		expect(store.snapshot().indexOf(files[2]!.key)).toBe(2);
	});

	test('a snapshot never changes: entries are copied before they are replaced or moved', () => {
		const store = createDocumentStore();
		store.list(files.slice(0, 3).map((file) => listed(file)));
		const before = store.snapshot();
		store.add([files[1]!]);
		expect(before.slice(0, 3).map((entry) => isLoaded(entry))).toEqual([false, false, false]);
		expect(before.indexOf(files[1]!.key)).toBe(1);
		expect(store.snapshot().indexOf(files[1]!.key)).toBe(0);
	});

	test('a document read ahead of its turn (the one the reader reopens) is there at once, and kept when the loading reaches it', () => {
		const store = createDocumentStore();
		store.list([listed(files[0]!), files[1]!, listed(files[2]!)]);
		expect(store.snapshot().get(files[1]!.key)).toBe(files[1]);
		expect(store.snapshot().loaded).toBe(0);
		store.add([{...files[1]!}]);
		expect(shape(store)).toEqual(['+文档1', '文档2']);
		expect(store.snapshot().get(files[1]!.key)).toBe(files[1]);
		store.add([files[2]!]);
		store.finish();
		expect(store.snapshot().slice(0, 3)).toEqual([files[1], files[2]]);
	});

	test('titles are told apart by what the list holds now', () => {
		const store = createDocumentStore();
		store.add([listed(files[0]!), listed(files[1]!, files[0]!.title)]);
		expect(store.snapshot().sharesTitle(files[0]!)).toBe(true);
		store.add([files[0]!, files[1]!]);
		expect(store.snapshot().sharesTitle(files[0]!)).toBe(false);
	});

	test('whatever the manifest knew, the list ends as a load without it would make it', () => {
		// Each file: listed by the manifest or not, then loaded or skipped; batches of any size.
		const file = fc.record({listed: fc.boolean(), loads: fc.boolean(), early: fc.boolean()});
		fc.assert(fc.property(fc.array(file, {maxLength: 8}), fc.integer({min: 1, max: 4}), (plan, batch) => {
			const store = createDocumentStore();
			const changes: number[] = [];
			store.subscribe(() => changes.push(store.snapshot().count));
			// One listed file may come loaded with the listing (read ahead: the document the reader reopens).
			const early = plan.findIndex((entry) => entry.listed && entry.loads && entry.early);
			store.list(plan.flatMap((entry, index) => (entry.listed ? [index === early ? files[index]! : listed(files[index]!)] : [])));
			const loading = plan.flatMap((entry, index) => (entry.loads ? [files[index]!] : []));
			if (early !== -1) {
				expect(store.snapshot().get(files[early]!.key)).toBe(files[early]);
			}

			for (let from = 0; from < loading.length; from += batch) {
				store.add(loading.slice(from, from + batch));
				const set = store.snapshot();
				// Loaded documents come first, in file order, each at the position it has in the end;
				// then the entries listed for the files still to come, in order, once each, and at most
				// entries of skipped files not yet known as skipped (a document the manifest did not list says nothing of them).
				expect(set.slice(0, set.loaded)).toEqual(loading.slice(0, set.loaded));
				const last = files.indexOf(loading[set.loaded - 1]!);
				const coming = plan.flatMap((entry, index) => (entry.listed && index > last && index !== early ? [files[index]!.key] : []));
				const rest = set.slice(set.loaded, set.count).map((entry) => entry.key).filter((key) => key !== files[early]?.key);
				expect(rest.filter((key) => coming.includes(key))).toEqual(coming);
				expect(rest.every((key) => coming.includes(key) || plan[files.findIndex((file) => file.key === key)]?.loads === false)).toBe(true);
			}

			store.finish();
			const set = store.snapshot();
			expect(set.slice(0, set.count)).toEqual(loading);
			expect(loading.every((document, index) => set.indexOf(document.key) === index && set.get(document.key) === document)).toBe(true);
		}));
	});
});
