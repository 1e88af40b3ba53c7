import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {importMappings, topicKey, variantGroups} from '../../../src/core/topic-variants.ts';

const letters = (min: number, max: number) =>
	fc.string({unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: min, maxLength: max});
const han = fc.string({unit: fc.constantFrom(...'云原生数据库网络协议深入剖析机器学习'), minLength: 1, maxLength: 8});
const word = fc.oneof(letters(1, 10), han);
const separator = fc.constantFrom(' ', '-', '_', '  ', ' - ');

describe('topicKey', () => {
	it('folds case, spaces, hyphens, underscores and a regular plural', () => {
		const same = [
			'cloud native', 'cloud-native', 'Cloud Native', 'cloud_native',
			'cloudnative', 'CLOUD-NATIVES', 'ｃｌｏｕｄ native',
		];
		expect(new Set(same.map(topicKey))).toEqual(new Set(['cloudnative']));
		expect(topicKey('classes')).toBe(topicKey('class'));
		expect(topicKey('boxes')).toBe(topicKey('box'));
		expect(topicKey('matches')).toBe(topicKey('match'));
		expect(topicKey('libraries')).toBe(topicKey('library'));
		expect(topicKey('design patterns')).toBe(topicKey('Design-Pattern'));
		expect(topicKey('databases')).toBe(topicKey('database'));
		expect(topicKey('movies')).toBe(topicKey('movie'));
		expect(topicKey('caches')).toBe(topicKey('cache'));
		expect(topicKey('APIs')).toBe(topicKey('api'));
		expect(topicKey('RESTful APIs')).toBe(topicKey('restful-api'));
	});

	it('leaves words that only look plural alone', () => {
		const distinct: [string, string][] = [
			['class', 'clas'], ['analysis', 'analysi'], ['kubernetes', 'kubernete'], ['aws', 'aw'], ['css', 'cs'],
			['news', 'new'], ['windows', 'window'], ['https', 'http'], ['pandas', 'panda'], ['status', 'statu'],
			['physics', 'physic'], ['ios', 'io'], ['k8s', 'k8'], ['series', 'sery'],
		];
		for (const [a, b] of distinct) expect(topicKey(a), `${a} / ${b}`).not.toBe(topicKey(b));
		expect(topicKey('kubernetes')).toBe('kubernetes');
		expect(topicKey('analysis')).toBe('analysis');
	});

	it('keeps Chinese topics as they are, without their spaces', () => {
		expect(topicKey('云原生')).toBe('云原生');
		expect(topicKey('云 原生')).toBe('云原生');
		expect(topicKey('云原生')).not.toBe(topicKey('原生'));
		fc.assert(fc.property(han, text => topicKey(text) === text));
	});

	it('is the same however the words are joined or capitalised', () => {
		fc.assert(fc.property(fc.array(word, {minLength: 1, maxLength: 4}), separator, (words, between) => {
			const key = topicKey(words.join(''));
			expect(topicKey(words.join(between))).toBe(key);
			expect(topicKey(words.join(between).toUpperCase())).toBe(key);
		}));
	});

	it('is idempotent', () => {
		fc.assert(fc.property(fc.string({unit: 'grapheme'}), text => topicKey(topicKey(text)) === topicKey(text)));
		// A compatibility character that decomposes into a space and marks (fast-check found it: seed -1417917631)
		expect(topicKey(topicKey('Õ΅'))).toBe(topicKey('Õ΅'));
		fc.assert(fc.property(fc.array(word, {maxLength: 4}), separator, (words, between) => {
			const key = topicKey(`${words.join(between)}s`);
			expect(topicKey(key)).toBe(key);
		}));
	});

	it('folds the plural of a word ending in a plain consonant', () => {
		const stem = fc.tuple(letters(2, 8), fc.constantFrom(...'bdgkmnprt')).map(([head, last]) => head + last);
		fc.assert(fc.property(fc.array(letters(1, 6), {maxLength: 2}), stem, (before, noun) => {
			const topic = [...before, noun].join(' ');
			// NOT_PLURAL words, as the key reads them: its spaces gone, `h` then `ttp` is `http`
			fc.pre(!/(?:jenkin|panda|rail|window|http|devop|mlop|gitop|perhap|thank|len)$/.test(topic.replace(/\s/g, '')));
			expect(topicKey(`${topic}s`)).toBe(topicKey(topic));
		}));
	});
});

describe('variantGroups', () => {
	it('groups spellings of one topic, most used first, and leaves single topics out', () => {
		const groups = variantGroups([
			{name: 'kubernetes', count: 50}, {name: 'cloud-native', count: 40}, {name: 'cloud native', count: 12},
			{name: 'design pattern', count: 3}, {name: 'design-patterns', count: 3}, {name: 'cloudnatives', count: 1},
			{name: 'aws', count: 2}, {name: 'aw', count: 1},
		]);
		expect(groups).toEqual([
			{key: 'cloudnative', topics: [
				{name: 'cloud-native', count: 40}, {name: 'cloud native', count: 12}, {name: 'cloudnatives', count: 1},
			]},
			{key: 'designpattern', topics: [{name: 'design-patterns', count: 3}, {name: 'design pattern', count: 3}]},
		]);
	});

	it('puts every topic in at most one group, each group of one key', () => {
		const topic = fc.record({
			name: fc.array(word, {minLength: 1, maxLength: 3}).map(words => words.join(' ')), count: fc.nat(99),
		});
		fc.assert(fc.property(fc.uniqueArray(topic, {selector: t => t.name, maxLength: 20}), topics => {
			const groups = variantGroups(topics);
			const names = groups.flatMap(group => group.topics.map(t => t.name));
			expect(new Set(names).size).toBe(names.length);
			for (const group of groups) {
				expect(group.topics.length).toBeGreaterThan(1);
				expect(new Set(group.topics.map(t => topicKey(t.name)))).toEqual(new Set([group.key]));
				expect(group.topics[0]!.count).toBe(Math.max(...group.topics.map(t => t.count)));
			}
		}));
	});
});

describe('importMappings', () => {
	it('maps an imported spelling onto the existing one, and imported variants onto the more used', () => {
		const existing = [
			{name: 'cloud-native', count: 40}, {name: 'cloud native', count: 12}, {name: 'kubernetes', count: 9},
		];
		const imported = [
			{name: 'cloudnative', count: 3}, {name: 'cloud native', count: 1}, {name: 'kubernetes', count: 2},
			{name: 'machine learning', count: 5}, {name: 'machine-learning', count: 2}, {name: '云原生', count: 1},
		];
		expect(importMappings(imported, existing)).toEqual([
			{from: 'cloudnative', to: 'cloud-native', count: 3, existing: true},
			{from: 'machine-learning', to: 'machine learning', count: 2, existing: false},
		]);
		expect(importMappings(imported, [])).toEqual([
			{from: 'cloud native', to: 'cloudnative', count: 1, existing: false},
			{from: 'machine-learning', to: 'machine learning', count: 2, existing: false},
		]);
	});
});
