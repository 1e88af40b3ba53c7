import fc from 'fast-check';
import {createClock, formatStamp} from '../../../src/core/hlc.ts';
import {applyPatch, emptyDoc, type ItemDoc, setDeleted} from '../../../src/core/item-doc.ts';
import {STATUSES} from '../../../src/core/types.ts';
import {itemIdForUrl} from '../../../src/core/url.ts';

/** Words as people write titles and topics: letters, CJK, punctuation that formats must escape, single spaces. */
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9一-龥&<>"'=+@#*_.!?()[\]-]{1,10}$/);
export const title = fc.array(word, {minLength: 1, maxLength: 6}).map(words => words.join(' '));
/** Topics cannot contain the list separators of CSV (`|`) and TAGS (`,`) exports. */
export const topic = fc.stringMatching(/^[a-z0-9一-龥][a-z0-9一-龥 _-]{0,14}[a-z0-9一-龥]$/).map(t => t.replace(/\s+/g, ' '));
export const topics = fc.uniqueArray(topic, {maxLength: 4, selector: t => t.toLowerCase()});
export const status = fc.constantFrom(...STATUSES);
export const url = fc.tuple(fc.constantFrom('https://a.example', 'http://b.example', 'https://c.example:8443'), fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.nat(99))
	.map(([origin, path, n]) => `${origin}/${path}/${n}`);

/** Plain item fields an export must keep. */
export const entry = fc.record({url, title, topics, status});

/** Docs built the way the app builds them: applyPatch with HLC stamps, edits from two nodes, some deleted. */
export const docs = fc.uniqueArray(fc.record({
	url, title, topics, status, notes: fc.string({maxLength: 40}),
	rating: fc.option(fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>, {nil: undefined}),
	retitle: fc.option(title, {nil: undefined}), deleted: fc.boolean(),
	wall: fc.integer({min: 1_600_000_000_000, max: 1_900_000_000_000}),
}), {maxLength: 8, selector: d => d.url}).map(specs => specs.map((spec): ItemDoc => {
	const t1 = formatStamp(createClock('nodeA', spec.wall));
	const t2 = formatStamp({...createClock('nodeB', spec.wall), counter: 1});
	let doc = applyPatch(emptyDoc(itemIdForUrl(spec.url), t1), {url: spec.url, title: spec.title, topics: spec.topics,
		status: spec.status, notes: spec.notes, rating: spec.rating}, t1);
	if (spec.retitle) doc = applyPatch(doc, {title: spec.retitle, topics: spec.topics.slice(1)}, t2);
	return spec.deleted ? setDeleted(doc, true, t2) : doc;
}));
