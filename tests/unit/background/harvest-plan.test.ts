import {describe, expect, test} from 'vitest';
import {createClock, formatStamp, tick} from '../../../src/core/hlc.ts';
import {materialize, setDeleted} from '../../../src/core/item-doc.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';
import {mergeWork, newItemDoc, suggestTopics, titleKey, workUrl} from '../../../src/background/harvest-plan.ts';
import type {HarvestWork} from '../../../src/shared/harvest-protocol.ts';

let clock = createClock('test');
let now = Date.UTC(2025, 0, 1);
const stamp = () => formatStamp(clock = tick(clock, now += 1000));

const post = {url: 'https://blog.example/posts/k8s?utm_source=feed', title: 'Kubernetes books'};
const other = {url: 'https://another.example/list', title: 'Another list'};
const cng: HarvestWork = {
	title: 'Cloud Native Go', url: 'https://blog.example/posts/cloud-native-go/', kind: 'book', authors: ['Kevin Hoffman'],
	contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'ghost'}], publisher: '电子工业出版社', publishedAt: '2017-06',
	context: '  Cloud Native Go ，电子工业出版社，\n2017年6月出版  ',
};

describe('workUrl', () => {
	test('a linked work keeps its normalised link', () => {
		expect(workUrl({title: 'x', url: 'https://Example.com/a?utm_source=t&b=1#top'})).toBe('https://example.com/a?b=1');
	});
	test('without a link: the ISBN page, else a search that is the same for the same title and author', () => {
		expect(workUrl({title: 'DDIA', isbn: ['9781449373320']})).toBe('https://openlibrary.org/isbn/9781449373320');
		const course = workUrl({title: '深入剖析Kubernetes', kind: 'course', authors: ['张磊']});
		expect(course).toMatch(/^https:\/\/www\.bing\.com\/search\?q=/);
		expect(new URL(course).searchParams.get('q')).toBe('深入剖析Kubernetes 张磊');
		expect(workUrl({title: 'Docker容器与容器云', kind: 'book'})).toMatch(/^https:\/\/search\.douban\.com\/book\/subject_search\?search_text=/);
		expect(workUrl({title: 'Docker容器与容器云', kind: 'book'})).toBe(workUrl({title: 'Docker容器与容器云', kind: 'book', context: 'other words'}));
	});
	test('a javascript: link is no address', () => {
		expect(workUrl({title: 'Bad', url: 'javascript:alert(1)'})).toMatch(/^https:\/\/www\.bing\.com\//);
	});
});

describe('suggestTopics', () => {
	test('the user\'s own spelling first, then the page\'s keywords as tags', () => {
		expect(suggestTopics({title: 'Kubernetes精品教程推荐', keywords: ['cloud native', 'Kubernetes']}, ['k8s', 'cloud-native', 'kubernetes', 'go']))
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
		const id = itemIdForUrl(workUrl(cng));
		const item = materialize(newItemDoc(id, cng, post, ['cloud-native'], stamp()));
		expect(item).toMatchObject({
			url: 'https://blog.example/posts/cloud-native-go/', title: 'Cloud Native Go', kind: 'book', authors: ['Kevin Hoffman'],
			contributors: [{name: '宋净超', role: 'translator'}, {name: 'X', role: 'other'}], publisher: '电子工业出版社', publishedAt: '2017-06',
			topics: ['cloud-native'], status: 'want',
			recommendedBy: [{url: 'https://blog.example/posts/k8s', title: 'Kubernetes books', context: 'Cloud Native Go ，电子工业出版社， 2017年6月出版'}],
		});
	});

	test('a second post grows the provenance; the same post again changes nothing', () => {
		const id = itemIdForUrl(workUrl(cng));
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
		expect(item).toMatchObject({title: 'My own title', url: 'https://shop.example/cng', kind: 'book', authors: ['Kevin Hoffman'], isbn: ['9781491981450']});
		expect(item.aliases).toEqual(['https://blog.example/posts/cloud-native-go/']);
		expect(item.deletedAt).toBeUndefined();
		const kept = materialize(mergeWork(newItemDoc('id2', {...cng, authors: ['Someone Else']}, other, [], stamp()), cng, post, [], stamp()));
		expect(kept.authors).toEqual(['Someone Else']);
	});
});

test('titleKey ignores case, spaces and punctuation', () => {
	expect(titleKey('Cloud-Native  Go!')).toBe(titleKey('cloud native go'));
	expect(titleKey('《云原生Java》')).toBe(titleKey('云原生 Java'));
});
