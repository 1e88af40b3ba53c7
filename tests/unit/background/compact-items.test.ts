import {describe, expect, it} from 'vitest';
import {itemCompactor} from '../../../src/background/compact-items.ts';
import type {Item} from '../../../src/core/types.ts';

const item = (id: string, patch: Partial<Item> = {}): Item => ({
	id, kind: 'book', title: `Title ${id}`, authors: [], contributors: [], aliases: [], ids: [], isbn: [], topics: [],
	status: 'want', notes: '', recommendedBy: [], addedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z',
	...patch,
});

describe('itemCompactor', () => {
	it('keeps every value as it was', () => {
		const compact = itemCompactor();
		const full = item('a', {topics: ['go', 'rust'], authors: ['Ann Lee'], language: 'en', publisher: 'O’Reilly',
			isbn: ['9780000000002'], recommendedBy: [{url: 'https://post.example/'}]});
		const before = structuredClone(full);
		expect(compact(full)).toEqual(before);
	});

	it('shares one frozen array among the empty lists of all items, so a change in place throws', () => {
		const compact = itemCompactor();
		const [a, b] = [compact(item('a')), compact(item('b', {topics: ['go']}))];
		expect(a.aliases).toBe(b.aliases);
		expect(a.isbn).toBe(a.ids);
		expect(b.topics).toEqual(['go']);
		expect(Object.isFrozen(a.topics)).toBe(true);
		expect(() => a.topics.push('x')).toThrow(TypeError);
	});
});
