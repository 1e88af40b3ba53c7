import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {countTopics, queryItems, searchText} from '../../../src/core/query.ts';
import type {Item} from '../../../src/core/types.ts';

let serial = 0;
function item(fields: Partial<Item>): Item {
	serial++;
	const at = new Date(Date.UTC(2024, 0, 1) + serial * 60_000).toISOString();
	return {
		id: `i${serial}`, url: `https://example.com/${serial}`, aliases: [], ids: [], kind: 'book', title: `Item ${serial}`,
		authors: [], contributors: [], isbn: [], topics: [], status: 'want', notes: '', recommendedBy: [],
		addedAt: at, updatedAt: at, ...fields,
	};
}

const k8s = item({
	title: 'Kubernetes in Action', authors: ['Marko Lukša'], topics: ['kubernetes'], kind: 'book', status: 'reading',
});
const cn = item({
	title: '深入剖析 Kubernetes', authors: ['张磊'], topics: ['kubernetes', 'cloud-native'], kind: 'course', provider: '极客时间',
});
const notes = item({title: 'Designing Data-Intensive Applications', notes: 'Chapter 5 on replication', status: 'done', publisher: "O'Reilly"});
const trashed = item({
	title: 'Old Kubernetes blog post', kind: 'article', deletedAt: '2024-02-01T00:00:00.000Z', topics: ['kubernetes'],
});
const recommended = item({title: 'The Go Programming Language', recommendedBy: [{url: 'https://blog.example/go-books'}], kind: 'book'});
const all = [k8s, cn, notes, trashed, recommended];
const titles = (items: Item[]) => items.map(i => i.title);

describe('queryItems', () => {
	it('searches title, authors, topics, notes, provider and publisher, ignoring case', () => {
		expect(titles(queryItems(all, {text: 'KUBERNETES'}).items)).toEqual([cn.title, k8s.title]);
		expect(titles(queryItems(all, {text: 'lukša'}).items)).toEqual([k8s.title]);
		expect(titles(queryItems(all, {text: 'replication'}).items)).toEqual([notes.title]);
		expect(titles(queryItems(all, {text: 'cloud-native'}).items)).toEqual([cn.title]);
		expect(titles(queryItems(all, {text: "o'reilly"}).items)).toEqual([notes.title]);
		expect(titles(queryItems(all, {text: '极客'}).items)).toEqual([cn.title]);
	});

	it('matches Chinese substrings without word splitting, and every term of a multi-word query', () => {
		expect(titles(queryItems(all, {text: '剖析'}).items)).toEqual([cn.title]);
		expect(titles(queryItems(all, {text: '张'}).items)).toEqual([cn.title]);
		expect(titles(queryItems(all, {text: 'kubernetes action'}).items)).toEqual([k8s.title]);
		expect(queryItems(all, {text: 'kubernetes nothing-like-this'}).total).toBe(0);
	});

	it('folds full-width letters', () => {
		expect(titles(queryItems(all, {text: 'ＫＵＢＥＲＮＥＴＥＳ　ａｃｔｉｏｎ'}).items)).toEqual([k8s.title]);
	});

	it('filters by topic, status, kind and recommender, and keeps the trash apart', () => {
		expect(titles(queryItems(all, {topics: ['kubernetes']}).items)).toEqual([cn.title, k8s.title]);
		expect(titles(queryItems(all, {topics: ['kubernetes', 'cloud-native']}).items)).toEqual([cn.title]);
		expect(titles(queryItems(all, {status: 'done'}).items)).toEqual([notes.title]);
		expect(titles(queryItems(all, {kind: 'course'}).items)).toEqual([cn.title]);
		expect(titles(queryItems(all, {recommendedBy: 'https://blog.example/go-books'}).items)).toEqual([recommended.title]);
		expect(titles(queryItems(all, {trash: true}).items)).toEqual([trashed.title]);
		expect(queryItems(all, {}).total).toBe(4);
	});

	it('leaves an item merged into another out of both the list and the trash', () => {
		const absorbed = {...item({title: 'Merged away'}), deletedAt: '2024-03-01T00:00:00.000Z', mergedInto: k8s.id};
		expect(queryItems([...all, absorbed], {trash: true}).items.map(found => found.title)).toEqual([trashed.title]);
		expect(queryItems([...all, absorbed], {text: 'merged'}).total).toBe(0);
	});

	it('sorts by added, updated, title and status', () => {
		const touched = {...k8s, updatedAt: '2030-01-01T00:00:00.000Z'};
		const list = [touched, cn, notes, recommended];
		expect(titles(queryItems(list, {sort: 'added'}).items))
			.toEqual([recommended.title, notes.title, cn.title, k8s.title]);
		expect(queryItems(list, {sort: 'updated'}).items[0]!.id).toBe(k8s.id);
		expect(titles(queryItems(list, {sort: 'title'}).items))
			.toEqual([notes.title, k8s.title, recommended.title, cn.title]);
		expect(queryItems(list, {sort: 'status'}).items.map(i => i.status))
			.toEqual(['want', 'want', 'reading', 'done']);
	});

	it('pages with offset and limit and reports the full total', () => {
		const many = Array.from({length: 25}, (_, n) => item({title: `Page item ${String(n).padStart(2, '0')}`}));
		const page = queryItems(many, {sort: 'title', offset: 10, limit: 5});
		expect(page.total).toBe(25);
		expect(titles(page.items))
			.toEqual(['Page item 10', 'Page item 11', 'Page item 12', 'Page item 13', 'Page item 14']);
		// The second call walks the cached order and must give the same page.
		expect(titles(queryItems(many, {sort: 'title', offset: 10, limit: 5}).items)).toEqual(titles(page.items));
		expect(queryItems(many, {offset: 30, limit: 5})).toEqual({items: [], total: 25});
		expect(queryItems(many, {limit: 0}).total).toBe(25);
	});

	it('gives search text that includes every searchable field once', () => {
		expect(searchText(cn)).toContain('极客时间');
		expect(searchText(cn)).toContain('张磊');
		expect(searchText(k8s)).toBe(searchText(k8s));
	});

	it('searches 10,000 items, a list rebuilt from the same objects included', () => {
		// Speed is a bench figure (DESIGN §7), not a unit-test assertion; this checks the prepared index is right.
		const big = Array.from({length: 10_000}, (_, n) => item({title: `Book ${n} 云原生`, authors: [`Author-${n % 500}x`]}));
		expect(queryItems(big, {text: 'author-7x', limit: 5}).total).toBe(20);
		expect(queryItems([...big], {text: '云原生 book 9999'}).items.map(i => i.title)).toEqual(['Book 9999 云原生']);
		const changed = [...big.slice(0, -1), {...big.at(-1)!, title: 'Renamed'}];
		expect(queryItems(changed, {text: 'book 9999'}).total).toBe(0);
		expect(queryItems(changed, {text: 'renamed'}).total).toBe(1);
	});
});

describe('countTopics', () => {
	it('counts topics of live items, most used first', () => {
		expect(countTopics(all)).toEqual([{name: 'kubernetes', count: 2}, {name: 'cloud-native', count: 1}]);
		expect(countTopics([])).toEqual([]);
	});
});

describe('queryItems after writes (texts reused by position)', () => {
	it('finds what each new list holds, whatever changed, moved or was added since the last list', () => {
		const words = ['alpha', 'beta', 'gamma', 'delta'];
		const base = words.map(word => item({title: word}));
		const step = fc.oneof(
			fc.record({edit: fc.nat(), word: fc.constantFrom(...words)}),
			fc.record({add: fc.constantFrom(...words)}),
			fc.record({swap: fc.tuple(fc.nat(), fc.nat())}),
		);
		fc.assert(fc.property(fc.array(step, {maxLength: 15}), fc.constantFrom(...words), (steps, term) => {
			let list = [...base];
			for (const change of steps) {
				list = [...list];
				if ('edit' in change) {
					const at = change.edit % list.length;
					list[at] = {...list[at]!, title: change.word};
				} else if ('add' in change) {
					list.push(item({title: change.add}));
				} else {
					const [a, b] = change.swap.map(n => n % list.length) as [number, number];
					[list[a], list[b]] = [list[b]!, list[a]!];
				}
				const found = queryItems(list, {text: term}).items.map(found => found.id).sort();
				expect(found).toEqual(list.filter(entry => searchText(entry).includes(term))
					.map(entry => entry.id).sort());
			}
		}));
	});
});

describe('queryItems after an edit (sort orders patched, not sorted again)', () => {
	it('orders every sort as a fresh sort would, ties included', () => {
		const words = ['alpha', 'beta', 'gamma'];
		const statuses = ['want', 'reading', 'done', 'dropped'] as const;
		const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString();
		const base = Array.from({length: 100}, (_, n) =>
			item({title: words[n % 3], status: statuses[n % 4], addedAt: day(n % 7), updatedAt: day(n % 5)}));
		const sorts = ['added', 'updated', 'title', 'status'] as const;
		const ids = (list: Item[], sort: (typeof sorts)[number]) =>
			queryItems(list, {sort, limit: 1_000}).items.map(each => each.id);
		const step = fc.record({
			at: fc.nat(), title: fc.constantFrom(...words), status: fc.constantFrom(...statuses), day: fc.nat(9),
			add: fc.boolean(),
			asked: fc.subarray([...sorts]), // Orders not asked for stay unpatched across steps, their changes adding up
		});
		fc.assert(fc.property(fc.array(step, {minLength: 1, maxLength: 8}), steps => {
			let list = [...base];
			queryItems([], {});
			for (const sort of sorts) ids(list, sort);
			const seen: {list: Item[]; sort: (typeof sorts)[number]; ids: string[]}[] = [];
			for (const change of steps) {
				list = [...list];
				const edited = {title: change.title, status: change.status, updatedAt: day(change.day)};
				if (change.add) list.push(item({...edited, addedAt: day(change.day)}));
				else list[change.at % list.length] = {...list[change.at % list.length]!, ...edited};
				for (const sort of change.asked) seen.push({list, sort, ids: ids(list, sort)});
			}
			for (const sort of sorts) seen.push({list, sort, ids: ids(list, sort)});
			for (const each of seen) {
				queryItems([], {}); // The next list shares nothing with this one: sorted from scratch
				expect(ids([...each.list], each.sort), each.sort).toEqual(each.ids);
			}
		}));
	});
});
