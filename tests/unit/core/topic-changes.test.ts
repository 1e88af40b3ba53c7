import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {applyTopicChange, invertTopicChange, mergeChange, narrowChange, readTopicChanges} from '../../../src/core/topic-changes.ts';

const topic = fc.constantFrom<string>('cloud-native', 'cloud native', 'cloudnative', 'go', 'kubernetes', '云原生');
const topics = fc.uniqueArray(topic, {maxLength: 6});

describe('topic changes', () => {
	it('a merge removes the other spellings and adds the target only where it was missing', () => {
		const from = new Set(['cloud native', 'cloudnative']);
		expect(mergeChange('a', ['cloud native', 'go'], from, 'cloud-native'))
			.toEqual({id: 'a', add: ['cloud-native'], remove: ['cloud native']});
		expect(mergeChange('b', ['cloud-native', 'cloudnative'], from, 'cloud-native'))
			.toEqual({id: 'b', add: [], remove: ['cloudnative']});
		expect(mergeChange('c', ['go'], from, 'cloud-native')).toBeUndefined();
		expect(applyTopicChange(['cloud native', 'go'], {id: 'a', add: ['cloud-native'], remove: ['cloud native']}))
			.toEqual(['go', 'cloud-native']);
	});

	it('undoing a merge gives every item its topics back', () => {
		fc.assert(fc.property(topics, fc.uniqueArray(topic, {minLength: 1}), topic, (before, from, to) => {
			const change = mergeChange('x', before, new Set(from), to);
			if (!change) return;
			const after = applyTopicChange(before, change);
			expect(after).toContain(to);
			expect(after.filter(name => from.includes(name) && name !== to)).toEqual([]);
			const back = narrowChange(after, invertTopicChange(change));
			expect(new Set(back ? applyTopicChange(after, back) : after)).toEqual(new Set(before));
		}));
	});

	it('narrows a change to what it does to an item', () => {
		expect(narrowChange(['go'], {id: 'a', add: ['go', 'x'], remove: ['y', 'go']}))
			.toEqual({id: 'a', add: ['x'], remove: ['go']});
		expect(narrowChange(['go'], {id: 'a', add: ['go'], remove: ['x']})).toBeUndefined();
	});

	it('refuses a message that is not a list of changes', () => {
		expect(readTopicChanges([{id: 'a', add: [], remove: ['x']}])).toHaveLength(1);
		for (const bad of [null, {}, [{id: 1, add: [], remove: []}], [{id: 'a', add: 'x', remove: []}], [null]]) {
			expect(() => readTopicChanges(bad)).toThrow(expect.objectContaining({code: 'BAD_REQUEST'}));
		}
	});
});
