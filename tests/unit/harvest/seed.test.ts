import {readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {harvest} from '../../../src/extract/harvest/index.ts';
import {titleKey} from '../../../src/extract/harvest/text.ts';

type Expected = {
	url: string;
	items: {
		title: string; url?: string; kind: string; acceptKinds?: string[]; authors?: string[];
		contributors?: {name: string; role: string}[]; provider?: string; publisher?: string; publishedAt?: string;
		optional?: boolean;
	}[];
};

// CI keeps the seed post next to the project (../shared/fixtures); it is third-party text, never copied in
const dir = path.resolve(import.meta.dirname, '../../../../shared/fixtures');

describe('harvest: the seed post', () => {
	const expected = JSON.parse(readFileSync(path.join(dir, 'seed-post.expected.json'), 'utf8')) as Expected;
	const doc = new JSDOM(readFileSync(path.join(dir, 'seed-post.html'), 'utf8'), {url: expected.url}).window.document;
	const items = harvest(doc, expected.url);
	const find = (title: string) => items.find(i => titleKey(i.title) === titleKey(title));

	it('finds every required work with its fields', () => {
		for (const want of expected.items.filter(i => !i.optional)) {
			const got = find(want.title);
			expect(got, want.title).toBeDefined();
			expect(want.acceptKinds ?? [want.kind]).toContain(got!.kind);
			expect(got!.url).toBe(want.url);
			expect(got!.authors ?? []).toEqual(want.authors ?? []);
			expect(got!.contributors ?? []).toEqual(want.contributors ?? []);
			expect(got!.publisher).toBe(want.publisher);
			expect(got!.publishedAt).toBe(want.publishedAt);
			if (want.provider) expect(got!.provider).toBe(want.provider);
		}
	});

	it('finds nothing else (optional works may appear)', () => {
		const allowed = new Set(expected.items.map(i => titleKey(i.title)));
		expect(items.map(i => i.title).filter(t => !allowed.has(titleKey(t)))).toEqual([]);
		expect(new Set(items.map(i => titleKey(i.title))).size).toBe(items.length);
	});

	it('keeps the sentence around each work as provenance', () => {
		expect(find('Python云原生')!.context).toContain('Manish Sethi');
	});
});
