import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {urlKey} from '../../../src/core/url.ts';
import type {Candidate} from '../../../src/extract/harvest/item.ts';
import {fill, mergeCandidates, subtitled} from '../../../src/extract/harvest/merge.ts';
import {titleKey} from '../../../src/extract/harvest/text.ts';

/** The rule as first written: every mention against every earlier work (quadratic; the indexed merge must agree). */
function sameWork(a: Candidate, b: Candidate): boolean {
	if (a.url && b.url && urlKey(a.url) === urlKey(b.url)) return true;
	const ka = titleKey(a.title);
	const kb = titleKey(b.title);
	// Two mentions naming their people, none the same, are two works whose titles are or share a part
	const strangers = !!a.authors?.length && !!b.authors?.length && !a.authors.some(name => b.authors!.includes(name));
	if (ka === kb && !strangers) return true;
	if (a.url && b.url) return false;
	if (strangers) return false;
	const [short, long] = ka.length < kb.length ? [a, b] : [b, a];
	return long.title.split(/——|—|:|：|\s[-–|]\s|[(（]/).some(part => titleKey(part) === titleKey(short.title));
}
function pairwise(candidates: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	const fuller = new Map<Candidate, string>();
	for (const candidate of candidates) {
		const target = out.find(o => sameWork(o, candidate));
		const named = target && !fuller.has(target) && subtitled(target.title, candidate.title);
		if (named) fuller.set(target, candidate.title);
		if (target) fill(target, candidate);
		else out.push({...candidate});
	}
	for (const [target, title] of fuller) target.title = title;
	return out;
}

const piece = fc.constantFrom('Kubernetes', 'kubernetes', '深入剖析', 'Go', 'Rust', '——', '—', ':', '：', ' - ', ' | ',
	'(', '（', ' ', '!', '');
const url = fc.constantFrom(undefined, '', 'https://x.example/a', 'https://www.x.example/a/', 'http://m.x.example/a', 'https://x.example/b',
	'https://y.example/a?q=1', 'not a url', 'https://book.douban.com/subject/1/');
const candidate: fc.Arbitrary<Candidate> = fc.record({
	title: fc.array(piece, {maxLength: 5}).map(parts => parts.join('')),
	url,
	kind: fc.constantFrom('article', 'book', 'course'),
	authors: fc.option(fc.constantFrom(['Jane Doe'], ['张磊'], []), {nil: undefined}),
	publisher: fc.option(fc.constantFrom("O'Reilly", '电子工业出版社'), {nil: undefined}),
	isbn: fc.option(fc.constantFrom(['9787121317279'], ['9781449373320']), {nil: undefined}),
	seg: fc.nat(20),
}, {requiredKeys: ['title', 'kind', 'seg']}) as fc.Arbitrary<Candidate>;

describe('harvest: merging mentions of one work', () => {
	it('joins each mention to the same work as comparing it with every earlier one did', () => {
		fc.assert(fc.property(fc.array(candidate, {maxLength: 40}), candidates => {
			const copy = structuredClone(candidates);
			expect(mergeCandidates(candidates)).toEqual(pairwise(copy));
		}), {numRuns: 3000});
	});

	it('names a work by its full title when a later mention adds its subtitle after a colon', () => {
		const merged = mergeCandidates([
			{title: 'Deep Work', kind: 'book', seg: 0},
			{title: 'Deep Work: Rules for Focused Success', kind: 'book', seg: 1, authors: ['Cal Newport']},
			{title: 'Deep Work', kind: 'book', seg: 2, publisher: 'Grand Central'},
			{title: 'Go: The Book - Example Shop', kind: 'book', seg: 3},
			{title: 'Go', kind: 'book', seg: 4},
		]);
		expect(merged.map(c => [c.title, c.authors, c.publisher])).toEqual([
			['Deep Work: Rules for Focused Success', ['Cal Newport'], 'Grand Central'],
			['Go: The Book - Example Shop', undefined, undefined],
		]);
	});

	it('joins by address, by title, and an unlinked caption to the half of a title it names', () => {
		const merged = mergeCandidates([
			{title: '深入剖析Kubernetes——云原生', kind: 'article', seg: 0},
			{title: 'Go', url: 'https://www.x.example/go/', kind: 'book', seg: 1},
			{title: 'The Go book', url: 'https://x.example/go', kind: 'book', seg: 2, publisher: "O'Reilly"},
			{title: '深入剖析 Kubernetes', url: 'https://book.douban.com/subject/1/', kind: 'book', seg: 3},
			{title: 'go', kind: 'book', seg: 4, authors: ['Jane Doe']},
		]);
		expect(merged).toEqual([
			{title: '深入剖析Kubernetes——云原生', url: 'https://book.douban.com/subject/1/', kind: 'book', seg: 0},
			{title: 'Go', url: 'https://www.x.example/go/', kind: 'book', seg: 1, publisher: "O'Reilly", authors: ['Jane Doe']},
		]);
	});
});
