import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {createClock, formatStamp} from '../../../src/core/hlc.ts';
import {applyPatch, emptyDoc, type ItemDoc, materialize, setDeleted} from '../../../src/core/item-doc.ts';
import {CONTRIBUTOR_ROLES, KINDS, STATUSES} from '../../../src/core/types.ts';
import {
	DOC_CAPS, MAX_DEPTH, MAX_DOC_CHARS, describeProblem, fieldError, validateDoc,
} from '../../../src/core/validate-doc.ts';
import {
	encodeText, exportCslJson, exportCsv, exportGoodreadsCsv, exportNetscapeHtml, exportRis, parseImport,
	publishTopicHtml, publishTopicMarkdown, readBackup, recordToPatch, toShelfmarkJson,
} from '../../../src/formats/index.ts';
import {gzipSync} from 'fflate';
import {sha256Hex, utf8} from '../../../src/sync/bytes.ts';
import {decodeShard, encodeShard} from '../../../src/sync/engine/codec.ts';

const stamp = (node: string, wall: number, counter = 0) => formatStamp({...createClock(node, wall), counter});
const T = stamp('nodeA', 1_700_000_000_000);
const word = fc.stringMatching(/^[A-Za-z0-9一-龥&<>"'=+@#*_.!?()[\]| ,-]{1,12}$/);
const webUrl = fc.tuple(fc.constantFrom('https://a.example', 'http://b.example'), fc.stringMatching(/^[a-z0-9]{1,8}$/))
	.map(([origin, path]) => `${origin}/${path}`);

/** Every field of a work filled the way the app fills it, so mutations have something to break. */
const fullDoc = fc.record({
	url: webUrl, title: word, notes: fc.string({maxLength: 30}), kind: fc.constantFrom(...KINDS),
	status: fc.constantFrom(...STATUSES),
	authors: fc.array(word, {maxLength: 3}),
	contributors: fc.array(fc.record({name: word, role: fc.constantFrom(...CONTRIBUTOR_ROLES)}), {maxLength: 2}),
	image: webUrl, aliases: fc.array(webUrl, {maxLength: 2}), topics: fc.array(word, {maxLength: 3}),
	ids: fc.subarray(['doi:10.1000/xyz.1', 'asin:B00ABCDEFG', 'goodreads:123', 'olid:OL1M']),
	isbn: fc.subarray(['9780306406157', '9781861972712']),
	recommendedBy: fc.array(fc.record({url: webUrl, title: word, context: fc.string({maxLength: 30})}), {maxLength: 2}),
	duration: fc.record({minutes: fc.nat(999), pages: fc.nat(999)}),
	progress: fc.record({
		done: fc.nat(99), total: fc.nat(999), unit: fc.constantFrom('page', 'lesson', 'minute', 'percent' as const),
	}),
	price: fc.record({amount: fc.nat(999), currency: fc.constantFrom('CNY', 'USD')}),
	rating: fc.constantFrom(1, 2, 3, 4, 5 as const), publishedAt: fc.constant('2020-05-01'), deleted: fc.boolean(),
}).map(({deleted, recommendedBy, ...patch}): ItemDoc => {
	const unique = [...new Map(recommendedBy.map(r => [r.url, r])).values()];
	const doc = applyPatch(emptyDoc(`id${patch.url.length}x`, T), {...patch, recommendedBy: unique} as never, T);
	return deleted ? setDeleted(doc, true, stamp('nodeB', 1_700_000_000_001)) : doc;
});

/** Values a peer or a file could put anywhere: wrong types, hostile URLs, prototype keys, deep nests. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'v', 't', 'w', 'p', 'javascript:alert(1)');
const nest = (depth: number) => {
	let v: unknown = 'x';
	for (let i = 0; i < depth; i++) v = i % 2 ? [v] : {a: v};
	return v;
};
const hostileValue = fc.oneof(
	fc.jsonValue(), fc.anything(), fc.dictionary(hostileKey, fc.jsonValue()),
	fc.constantFrom(
		'javascript:alert(1)', 'data:text/html,x', ' ', 'x'.repeat(DOC_CAPS.notes + 1),
		Number.NaN, -1, Infinity, 1e308, null, true,
	),
	fc.integer({min: 0, max: 40}).map(nest),
	fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "v": 1}') as unknown),
);

/** A valid doc with one part replaced (or one key added) at a random path. */
const mutated = fc.tuple(fullDoc, fc.array(fc.oneof(hostileKey, fc.constantFrom(
	'f', 'url', 'authors', 'contributors', 'image', 'duration', 'progress', 'price', 'rating', 'kind',
	'status', 'title', 'notes', 'w', 'topics', 'aliases', 'ids', 'isbn', 'recommendedBy', 'del', 'id', '0',
	'name', 'role', 'url', 'context',
)), {minLength: 1, maxLength: 5}), hostileValue).map(([doc, path, value]) => {
	const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
	let at: Record<string, unknown> = copy;
	for (const key of path.slice(0, -1)) {
		const next = Object.hasOwn(at, key) ? at[key] : undefined;
		if (typeof next !== 'object' || next === null) break;
		at = next as Record<string, unknown>;
	}
	Object.defineProperty(at, path.at(-1)!, {value, enumerable: true, writable: true, configurable: true});
	return copy as unknown;
});

/** Everything a valid doc must survive: materialising, and every exporter (DESIGN §8: an export never crashes). */
function exportAll(doc: ItemDoc): void {
	const items = [materialize(doc)];
	for (const run of [
		exportCsv, exportGoodreadsCsv, exportNetscapeHtml, exportCslJson, exportRis, toShelfmarkJson,
		(list: typeof items) => publishTopicHtml(list, null), (list: typeof items) => publishTopicMarkdown(list, null),
	]) expect(typeof run(items)).toBe('string');
}

describe('one validator for docs from outside', () => {
	test('a valid doc comes back equal, with no problem, and exports everywhere', () => {
		fc.assert(fc.property(fullDoc, doc => {
			const {doc: out, problems} = validateDoc(doc);
			expect(problems).toEqual([]);
			expect(out).toEqual(doc);
			exportAll(out!);
		}), {numRuns: 100});
	});

	test('random JSON and mutated docs: a valid doc or a problem out, never a throw, and the output is valid', () => {
		fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything(), mutated, mutated, mutated), raw => {
			const {doc, problems} = validateDoc(raw);
			expect(doc !== undefined || problems.some(p => p.skipped)).toBe(true);
			for (const problem of problems) expect(describeProblem(problem)).toMatch(/\((record skipped|field dropped)\)$/);
			if (!doc) return;
			expect(validateDoc(doc).problems).toEqual([]); // What comes out passes again unchanged: idempotent
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			exportAll(doc);
		}), {numRuns: 600});
	});

	test('a mutated doc loses only the broken part: every other field is kept', () => {
		fc.assert(fc.property(fullDoc, hostileValue, (doc, value) => {
			const broken = {...doc, f: {...doc.f, authors: {v: value, t: T}}};
			const {doc: out, problems} = validateDoc(broken);
			if (problems.length === 0) return; // The value happened to be a valid list of names
			if (problems[0]!.skipped) { // Deeper than MAX_DEPTH: the record is refused before any field is read
				expect(problems[0]!.message).toMatch(/nested deeper/);
				return;
			}
			expect(problems).toEqual([expect.objectContaining({id: doc.id, field: 'f.authors', skipped: false})]);
			const {authors: _a, ...rest} = doc.f;
			expect(out).toEqual({...doc, f: rest});
		}), {numRuns: 200});
	});
});

describe('each case of issue 14', () => {
	const base = fc.sample(fullDoc, {numRuns: 1, seed: 14})[0]!;
	const withF = (field: string, v: unknown) => ({...base, f: {...base.f, [field]: {v, t: T}}});
	const dropped = (raw: unknown) => validateDoc(raw).problems.map(p => [p.field, p.skipped]);

	test.each([
		['a string in authors', 'authors', 'Ann Author'],
		['an object in contributors', 'contributors', {name: 'x', role: 'editor'}],
		['a contributor of an unknown role', 'contributors', [{name: 'x', role: 'boss'}]],
		['javascript: in image', 'image', 'javascript:alert(1)'],
		['javascript: in url', 'url', 'javascript:alert(1)'],
		['a rating of 6', 'rating', 6],
		['an unknown kind', 'kind', 'scroll'],
		['a negative duration', 'duration', {minutes: -5}],
		['a progress in furlongs', 'progress', {done: 1, unit: 'furlong'}],
		['an infinite price', 'price', {amount: Number.POSITIVE_INFINITY, currency: 'USD'}],
		['a price in no currency', 'price', {amount: 3, currency: 'dollars'}],
		['a date that is a number', 'publishedAt', 20200501],
		['a subtitle over its cap', 'subtitle', 'x'.repeat(DOC_CAPS.subtitle + 1)],
		['a field nested three deep', 'publisher', nest(3)],
		['an unknown field', 'evil', 1],
	])('%s is dropped, the rest kept', (_name, field, value) => {
		const {doc, problems} = validateDoc(withF(field, value));
		expect(problems).toEqual([{id: base.id, field: `f.${field}`, message: expect.any(String), skipped: false}]);
		expect(doc!.title).toEqual(base.title);
		exportAll(doc!);
	});

	test('javascript: in recommendedBy.url, aliases; a bad isbn or id; a __proto__ topic stays a topic', () => {
		const raw = {
			...base,
			recommendedBy: {...base.recommendedBy, 'javascript:alert(1)': {v: {url: 'javascript:alert(1)'}, t: T}},
			aliases: {...base.aliases, 'javascript:x': {v: true, t: T}},
			isbn: {...base.isbn, '9780306406158': {v: true, t: T}},
			ids: {...base.ids, 'evil:1': {v: true, t: T}},
			topics: JSON.parse(`{"__proto__": {"v": true, "t": "${T}"}}`) as unknown,
		};
		const {doc, problems} = validateDoc(raw);
		expect(problems.map(p => p.field).sort())
			.toEqual(['aliases.javascript:x', 'ids.evil:1', 'isbn.9780306406158', 'recommendedBy.javascript:alert(1)']);
		expect(materialize(doc!).topics).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).v).toBeUndefined();
		exportAll(doc!);
	});

	test('a recommendation whose value is not its key, or a string, is dropped', () => {
		const url = 'https://c.example/post';
		expect(dropped({...base, recommendedBy: {[url]: {v: {url: 'https://d.example/'}, t: T}}})).toEqual([[`recommendedBy.${url}`, false]]);
		expect(dropped({...base, recommendedBy: {[url]: {v: url, t: T}}})).toEqual([[`recommendedBy.${url}`, false]]);
	});

	test('a title of the wrong type drops the register; a 100,000-level value skips the record without overflow', () => {
		expect(dropped({...base, title: {w: {[T]: {v: 42, p: []}}}})).toEqual([['title', false]]);
		expect(validateDoc({...base, title: {w: {[T]: {v: 42, p: []}}}}).doc!.title).toEqual({w: {}});
		const started = Date.now();
		expect(validateDoc(withF('authors', nest(100_000))).problems).toEqual([
			{id: base.id, field: '', message: `nested deeper than ${MAX_DEPTH} levels`, skipped: true},
		]);
		expect(Date.now() - started).toBeLessThan(1000);
	});

	test('an oversized doc is skipped; unreadable shapes and bad ids are skipped with a problem', () => {
		const notes = Array.from({length: 60}, (_, i) =>
			[stamp('n', 1_700_000_000_000 + i), {v: 'x'.repeat(DOC_CAPS.notes), p: []}]);
		expect(validateDoc({...base, notes: {w: Object.fromEntries(notes)}}).problems[0]).toMatchObject({
			field: '', message: `larger than ${MAX_DOC_CHARS} characters`, skipped: true,
		});
		expect(dropped({...base, id: '../etc'})).toEqual([['id', true]]);
		expect(dropped({...base, del: {v: 'yes', t: T}})).toEqual([['del', true]]);
		expect(dropped({...base, topics: []})).toEqual([['topics', true]]);
		expect(dropped(null)).toEqual([['', true]]);
		const {ids: _ids, ...old} = base; // Docs from before the ids set stay valid, and stay without it
		expect(validateDoc(old)).toEqual({doc: old, problems: []});
	});

	test('a backup with wrong-typed fields imports the rest and exports without crashing', () => {
		const docs = [withF('authors', 'Ann'), withF('image', 'javascript:alert(1)'), {id: 'bad id'}];
		const json = JSON.stringify({format: 'shelfmark-backup', version: 1, exportedAt: 'x', docs});
		const {records, problems} = parseImport(encodeText(json), 'backup.json');
		expect(records).toHaveLength(2);
		expect(problems.map(p => [p.line, p.field, p.severity]))
			.toEqual([[1, 'f.authors', 'warning'], [2, 'f.image', 'warning'], [3, 'id', 'error']]);
		expect(problems[0]!.message).toContain(`docs[0] (${base.id}).f.authors`);
		for (const doc of readBackup(JSON.parse(json)).docs) exportAll(doc);
	});

	test('an import record built by hand cannot carry a wrong-typed field into a patch', () => {
		const patch = recordToPatch({
			title: 'T', line: 1, authors: 'Ann' as never, image: 'javascript:alert(1)',
			contributors: [{name: 1}] as never,
			rating: 9 as never, publisher: 'P',
		});
		expect(patch).toEqual({status: 'want', title: 'T', publisher: 'P'});
	});
});

describe('the importers and the validator agree', () => {
	test('every field a record read back from an export carries passes the validator: nothing valid is dropped', () => {
		fc.assert(fc.property(fc.array(fullDoc, {maxLength: 4}), docs => {
			const items = docs.map(materialize);
			for (const [name, text] of [
				['list.json', toShelfmarkJson(items)], ['list.csv', exportCsv(items)], ['list.ris', exportRis(items)],
				['list.csl.json', exportCslJson(items)], ['goodreads.csv', exportGoodreadsCsv(items)],
				['b.html', exportNetscapeHtml(items)],
			] as const) {
				for (const record of parseImport(encodeText(text), name).records) {
					for (const [field, value] of Object.entries(record)) {
						expect([name, field, fieldError(field, value)]).toEqual([name, field, undefined]);
					}
				}
			}
		}), {numRuns: 40});
	});
});

describe('sync blobs', () => {
	const context = {vault: 'v1', shard: 'i'};
	const good = fc.sample(fullDoc, {numRuns: 1, seed: 3})[0]!;
	const doc = (over: Record<string, unknown>) => ({...good, ...over}) as unknown as ItemDoc;

	test('a bad field is dropped and a bad doc left out, with problems; the rest of the blob is read', async () => {
		const other = doc({id: 'id2', f: {...good.f, authors: {v: 'Ann', t: T}}});
		const encoded = await encodeShard([good, other, doc({id: 'i3', del: 1})], context);
		const {docs, problems} = await decodeShard(encoded.name, encoded.bytes, context);
		expect(docs.map(d => d.id).sort()).toEqual(['id2', good.id].sort());
		expect(docs.find(d => d.id === 'id2')!.f.authors).toBeUndefined();
		expect(problems.map(p => [p.id, p.field, p.skipped]))
			.toEqual(expect.arrayContaining([['id2', 'f.authors', false], ['i3', 'del', true]]));
		expect(problems).toHaveLength(2);
	});

	test('a blob of nothing readable is unreadable, never empty; an empty shard is still empty', async () => {
		const bad = await encodeShard([doc({del: 1}), 'x' as never], context);
		await expect(decodeShard(bad.name, bad.bytes, context)).rejects.toThrow(/not one readable item doc/);
		const packed = gzipSync(utf8('{"docs": []}'));
		const name = `blobs/i-${await sha256Hex(packed)}.bin`;
		await expect(decodeShard(name, packed, context)).rejects.toThrow(/not a shard of item docs/);
		const empty = await encodeShard([], context);
		expect((await decodeShard(empty.name, empty.bytes, context)).docs).toEqual([]);
	});
});
