import {describe, expect, test} from 'vitest';
import {createClock, formatStamp, tick} from '../../../src/core/hlc.ts';
import {materialize, setDeleted} from '../../../src/core/item-doc.ts';
import {itemIdForKey, newItemId} from '../../../src/core/keys.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';
import type {Item} from '../../../src/core/types.ts';
import {
	assignIds, matchWork, mergeWork, newItemDoc, suggestTopics, titleIndex, workIdentity, workLink,
} from '../../../src/background/harvest-plan.ts';
import type {HarvestWork} from '../../../src/shared/harvest-protocol.ts';

let clock = createClock('test');
let now = Date.UTC(2025, 0, 1);
const stamp = () => formatStamp(clock = tick(clock, now += 1000));

const post = {url: 'https://blog.example/posts/k8s?utm_source=feed', title: 'Kubernetes books'};
const other = {url: 'https://another.example/list', title: 'Another list'};
const cng: HarvestWork = {
	title: 'Cloud Native Go', url: 'https://blog.example/posts/cloud-native-go/', kind: 'book', authors: ['Kevin Hoffman'],
	contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'ghost'}],
	publisher: '电子工业出版社', publishedAt: '2017-06',
	context: '  Cloud Native Go ，电子工业出版社，\n2017年6月出版  ',
};

describe('workLink and workIdentity', () => {
	test('a linked work keeps its normalised link; an unlinked or javascript: one has none, never a made-up search', () => {
		expect(workLink({title: 'x', url: 'https://Example.com/a?utm_source=t&b=1#top'})).toBe('https://example.com/a?b=1');
		expect(workLink({title: 'DDIA', isbn: ['9781449373320']})).toBeUndefined();
		expect(workLink({title: '深入剖析Kubernetes', kind: 'course', authors: ['张磊']})).toBeUndefined();
		expect(workLink({title: 'Bad', url: 'javascript:alert(1)'})).toBeUndefined();
	});
	test('the identity keeps valid ISBNs as ISBN-13 and well-formed ids only', () => {
		const work = {
			title: 'x', isbn: ['0-596-52068-9', '9781449373321', '9780596520687'],
			ids: ['DOI:10.1000/ABC', 'doi:nope', 'isbn:1'],
		};
		expect(workIdentity(work))
			.toEqual({url: undefined, aliases: [], isbn: ['9780596520687'], ids: ['doi:10.1000/abc']});
	});
});

/** A saved item, as the list holds it. */
function item(id: string, fields: Partial<Item>): Item {
	return {...materialize(newItemDoc(id, {title: fields.title ?? 'x'}, other, [], stamp())), ...fields, id};
}

describe('matchWork: already saved?', () => {
	const course: HarvestWork = {title: '深入剖析Kubernetes', kind: 'course', authors: ['张磊']};
	const fromPost = item('p1', {title: '深入剖析 Kubernetes', recommendedBy: [{url: 'https://blog.example/posts/k8s'}]});
	const elsewhere = item('e1', {title: '深入剖析Kubernetes', authors: ['张 磊', 'X'], recommendedBy: [{url: 'https://another.example/list'}]});

	test('the title index is built once per list array (the service keeps one until a write), anew for a new one', () => {
		const list = [fromPost, elsewhere];
		expect(titleIndex(list)).toBe(titleIndex(list));
		const next = [fromPost];
		expect(titleIndex(next)).not.toBe(titleIndex(list));
		expect([...titleIndex(next).values()].flat()).toEqual([fromPost]);
	});

	test('a work with a key is the item that shares it, or nothing: never a weak match', () => {
		const keyed = item('k1', {title: 'Other', isbn: ['9781449373320']});
		expect(matchWork({title: 'DDIA', isbn: ['9781449373320']}, post, keyed, titleIndex([])))
			.toEqual({existing: keyed});
		expect(matchWork({...course, url: 'https://time.geekbang.org/column/intro/116'}, post, null, titleIndex([fromPost, elsewhere])))
			.toEqual({existing: null});
	});

	test('a work with no key is the item this same post recommends under the same title (a second harvest)', () => {
		const index = titleIndex([elsewhere, fromPost]);
		expect(matchWork(course, post, null, index)).toEqual({existing: fromPost});
		const trashed = {...fromPost, deletedAt: '2025-01-02T00:00:00.000Z'};
		expect(matchWork(course, post, null, titleIndex([trashed]))).toEqual({existing: trashed});
		expect(matchWork({...course, title: 'Another course'}, post, null, index)).toEqual({existing: null});
	});

	test('else the same title and first author\'s family name is only possible; trashed and absorbed items are not', () => {
		const third = {url: 'https://third.example/', title: 'Third'};
		expect(matchWork(course, third, null, titleIndex([elsewhere]))).toEqual({existing: null, possible: elsewhere});
		expect(matchWork({...course, authors: ['Someone Else']}, third, null, titleIndex([elsewhere])))
			.toEqual({existing: null});
		expect(matchWork({...course, authors: []}, third, null, titleIndex([elsewhere]))).toEqual({existing: null});
		expect(matchWork(course, third, null, titleIndex([{...elsewhere, deletedAt: 'x'}]))).toEqual({existing: null});
		expect(matchWork(course, post, null, titleIndex([{...fromPost, mergedInto: 'p0'}, elsewhere])))
			.toEqual({existing: null, possible: elsewhere});
	});
});

describe('assignIds', () => {
	test('matched works keep their item; new ones get an id from their first key, else from the page and title', () => {
		const saved = item('s1', {title: 'Saved'});
		const [a, b, c, d] = assignIds([
			{work: {title: 'Saved'}, existing: saved},
			{work: {title: 'Linked', url: 'https://Example.com/b/'}, existing: null},
			{work: {title: 'By ISBN', isbn: ['9781449373320']}, existing: null},
			{work: {title: 'Title only'}, existing: null},
		], post);
		expect(a).toEqual({id: 's1', existed: true});
		expect(b).toEqual({id: itemIdForUrl('https://example.com/b'), existed: false});
		expect(c).toEqual({id: itemIdForKey('isbn:9781449373320'), existed: false});
		expect(d!.id).toMatch(/^[0-9a-f]{16}$/);
		// The same page harvested in another browser: the same id, so the two sync as one item
		expect(assignIds([{work: {title: 'title only!'}, existing: null}], {...post, url: `${post.url}#top`})[0]!.id)
			.toBe(d!.id);
		const [other] = assignIds([{work: {title: 'Title only'}, existing: null}], {url: 'https://other.example/', title: 'Other'});
		expect(other!.id).not.toBe(d!.id);
	});

	test('works of one page that are one work go into one item: a shared key, or the same title without a key', () => {
		const ids = assignIds([
			{work: {title: 'Cloud Native Go', url: 'https://example.com/cng'}, existing: null},
			{work: {title: 'Other', isbn: ['9781449373320']}, existing: null},
			{work: {title: 'cloud-native go'}, existing: null},
			{work: {title: 'Other again', isbn: ['9781449373320']}, existing: null},
			{work: {title: 'Only here'}, existing: null},
			{work: {title: 'ONLY HERE!'}, existing: null},
		], post).map(step => step.id);
		expect(ids[2]).toBe(ids[0]);
		expect(ids[3]).toBe(ids[1]);
		expect(ids[5]).toBe(ids[4]);
		expect(new Set(ids).size).toBe(3);
	});
});

describe('suggestTopics', () => {
	test('the user\'s own spelling first, then the page\'s keywords as tags', () => {
		const known = ['k8s', 'cloud-native', 'kubernetes', 'go'];
		expect(suggestTopics({title: 'Kubernetes精品教程推荐', keywords: ['cloud native', 'Kubernetes']}, known))
			.toEqual(['cloud-native', 'kubernetes']);
	});
	test('new keywords become kebab-case tags; Chinese keywords stay as they are; topics on saved works are offered', () => {
		expect(suggestTopics({title: 'A post', keywords: ['Service Mesh', '云原生', 'x']}, [], ['reading-group']))
			.toEqual(['reading-group', 'service-mesh', '云原生']);
	});
	test('at most eight, no duplicates', () => {
		const keywords = Array.from({length: 20}, (_, i) => `topic ${i}`);
		const out = suggestTopics({title: '', keywords: [...keywords, ...keywords]}, []);
		expect(out).toHaveLength(8);
		expect(new Set(out).size).toBe(8);
	});
});

describe('newItemDoc and mergeWork', () => {
	test('a new item has the work\'s fields, the topics and its provenance with the context sentence', () => {
		const id = newItemId(workIdentity(cng));
		const item = materialize(newItemDoc(id, cng, post, ['cloud-native'], stamp()));
		expect(item).toMatchObject({
			url: 'https://blog.example/posts/cloud-native-go/', title: 'Cloud Native Go', kind: 'book', authors: ['Kevin Hoffman'],
			contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'other'}],
			publisher: '电子工业出版社', publishedAt: '2017-06',
			topics: ['cloud-native'], status: 'want',
			recommendedBy: [{url: 'https://blog.example/posts/k8s', title: 'Kubernetes books', context: 'Cloud Native Go ，电子工业出版社， 2017年6月出版'}],
		});
	});

	test('an unlinked work is saved with no url: no search address is stored', () => {
		const work: HarvestWork = {title: '深入剖析Kubernetes', kind: 'course', authors: ['张磊'], provider: '极客时间'};
		const item = materialize(newItemDoc('r1', work, post, [], stamp()));
		expect(item.url).toBeUndefined();
		expect(item.aliases).toEqual([]);
		expect(item).toMatchObject({title: '深入剖析Kubernetes', kind: 'course', authors: ['张磊'], provider: '极客时间'});
	});

	test('a work known by title only that meets its link takes it as url; ISBNs and ids join as sets', () => {
		const bare = newItemDoc('r2', {title: 'DDIA', isbn: ['9781449373320']}, post, [], stamp());
		const linked = {title: 'DDIA', url: 'https://dataintensive.net/', ids: ['asin:1449373321', 'bad:x']};
		const grown = materialize(mergeWork(bare, linked, other, [], stamp()));
		expect(grown).toMatchObject({url: 'https://dataintensive.net/', aliases: [], isbn: ['9781449373320'], ids: ['asin:1449373321']});
	});

	test('a second post grows the provenance; the same post again changes nothing', () => {
		const id = newItemId(workIdentity(cng));
		const first = newItemDoc(id, cng, post, ['go'], stamp());
		const second = mergeWork(first, {...cng, context: 'elsewhere'}, other, ['cloud-native'], stamp());
		const item = materialize(second);
		expect(item.recommendedBy.map(r => r.url).sort()).toEqual(['https://another.example/list', 'https://blog.example/posts/k8s']);
		expect(item.topics).toEqual(['cloud-native', 'go']);
		const again = materialize(mergeWork(second, cng, post, ['go'], stamp()));
		expect(again.recommendedBy).toHaveLength(2);
		expect(again.topics).toEqual(['cloud-native', 'go']);
	});

	test('a merge fills empty fields only, adds the link as an alias and brings a trashed item back', () => {
		const saved = newItemDoc('id1', {title: 'My own title', url: 'https://shop.example/cng', kind: 'other'}, other, [], stamp());
		const trashed = setDeleted(saved, true, stamp());
		const item = materialize(mergeWork(trashed, {...cng, isbn: ['9781491981450']}, post, [], stamp()));
		expect(item).toMatchObject({
			title: 'My own title', url: 'https://shop.example/cng', kind: 'book', authors: ['Kevin Hoffman'],
			isbn: ['9781491981450'],
		});
		expect(item.aliases).toEqual(['https://blog.example/posts/cloud-native-go/']);
		expect(item.deletedAt).toBeUndefined();
		const someoneElse = newItemDoc('id2', {...cng, authors: ['Someone Else']}, other, [], stamp());
		const kept = materialize(mergeWork(someoneElse, cng, post, [], stamp()));
		expect(kept.authors).toEqual(['Someone Else']);
	});
});
