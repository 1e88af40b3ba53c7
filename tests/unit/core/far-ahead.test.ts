import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {decided, holdMore, keepChange, pendingIds, splitFarAhead} from '../../../src/core/far-ahead.ts';
import {formatStamp, isFarAhead, MAX_SKEW_MS, MAX_WALL, stampTime} from '../../../src/core/hlc.ts';
import {docStamp, emptyDoc, materialize, mergeDocs, SET_FIELDS, type ItemDoc} from '../../../src/core/item-doc.ts';
import {applyOp, opArb} from './doc-arbitrary.ts';

const NOW = Date.UTC(2026, 11, 3);
const DAY = 86_400_000;
/** A write's wall time: honest (up to the skew tolerated) or far ahead, up to the format's last millisecond. */
const wallArb = fc.oneof(
	fc.integer({min: NOW - 30 * DAY, max: NOW + MAX_SKEW_MS}),
	fc.integer({min: NOW + MAX_SKEW_MS + 1, max: MAX_WALL}),
);
const historyArb = fc.array(fc.record({op: opArb, wall: wallArb, node: fc.constantFrom('a', 'b', 'far')}),
	{minLength: 1, maxLength: 12});

/** One item edited by writers with honest and far-ahead clocks; counters keep every stamp unique. */
function play(history: {op: Parameters<typeof applyOp>[1]; wall: number; node: string}[]): ItemDoc {
	let doc = emptyDoc('x1', formatStamp({wall: NOW - 40 * DAY, counter: 0, node: 'a'}));
	history.forEach(({op, wall, node}, counter) => { doc = applyOp(doc, op, formatStamp({wall, counter, node})); });
	return doc;
}

/** The stamp of every write in a doc (not the parents a multi-value write names). */
const stamps = (doc: ItemDoc) => [
	doc.del.t, ...Object.values(doc.f).map(reg => reg.t), ...Object.keys(doc.title.w), ...Object.keys(doc.notes.w),
	...SET_FIELDS.flatMap(field => Object.values(doc[field] ?? {}).map(reg => reg.t)),
];
/** What a user sees of a doc, without the times derived from its stamps. */
const seen = (doc: ItemDoc) => {
	const {updatedAt: _u, addedAt: _a, deletedAt: _d, conflicts: _c, ...item} = materialize(doc);
	return item;
};

describe('writes from a clock far ahead', () => {
	test('a doc splits into honest writes and far ones; together they are the doc again', () => {
		fc.assert(fc.property(historyArb, history => {
			const doc = play(history);
			const {near, far} = splitFarAhead(doc, NOW);
			if (!isFarAhead(docStamp(doc), NOW)) {
				expect(far).toBeUndefined();
				return;
			}
			expect(far).toBeDefined();
			for (const t of stamps(near ?? emptyDoc('x1', formatStamp({wall: 0, counter: 0, node: '0'})))) {
				if (t !== '000000000.0000.0') expect(isFarAhead(t, NOW)).toBe(false);
			}
			for (const t of stamps(far!)) if (t !== '000000000.0000.0') expect(isFarAhead(t, NOW)).toBe(true);
			expect(seen(near ? mergeDocs(near, far!) : far!)).toEqual(seen(doc));
		}), {numRuns: 1000});
	});

	test('keep writes the far values as an edit stamped now: no far stamp is left, and the values are the far ones', () => {
		fc.assert(fc.property(historyArb, history => {
			const doc = play(history);
			const {near, far} = splitFarAhead(doc, NOW);
			fc.pre(far !== undefined);
			const held = holdMore(Object.create(null), [far!]);
			expect(pendingIds(held)).toEqual(['x1']);
			const t = formatStamp({wall: NOW, counter: 99, node: 'here'});
			const [kept] = keepChange(held, ['x1'])(new Map([['x1', near]]), t);
			expect(stamps(kept!).filter(stamp => isFarAhead(stamp, NOW))).toEqual([]);
			expect(stampTime(docStamp(kept!))).toBeLessThanOrEqual(NOW + MAX_SKEW_MS);
			const {title, notes, ...values} = seen(doc);
			expect(seen(kept!)).toMatchObject(values);
			expect(seen(kept!).title).toBe(title);
			expect(seen(kept!).notes).toBe(notes);
			expect(pendingIds(decided(held, ['x1']))).toEqual([]);
		}), {numRuns: 1000});
	});

	test('an honest note replaced only by a far write arrives without its value: that copy is left out, the value stays', () => {
		const honest = formatStamp({wall: NOW - DAY, counter: 0, node: 'a'});
		const mine = applyOp(emptyDoc('x1', honest), {kind: 'patch', patch: {notes: 'read chapter 4'}}, honest);
		// The far device replaced the note, and in its copy the honest write lost its value (registers.ts pruning)
		const theirs = applyOp(mine, {kind: 'patch', patch: {notes: 'from 2099'}},
			formatStamp({wall: MAX_WALL - 1, counter: 0, node: 'far'}));
		expect(theirs.notes.w[honest]!.v).toBeUndefined();
		const {near, far} = splitFarAhead(theirs, NOW);
		expect(materialize(mergeDocs(mine, near!)).notes).toBe('read chapter 4');
		expect(materialize(mergeDocs(mergeDocs(mine, near!), far!)).notes).toBe('from 2099');
	});

	test('a decision covers what was seen; a far write held later asks again', () => {
		const far = (wall: number, status: 'done' | 'dropped') => splitFarAhead(
			applyOp(emptyDoc('x1', formatStamp({wall, counter: 0, node: 'far'})), {kind: 'patch', patch: {status}},
				formatStamp({wall, counter: 1, node: 'far'})),
			NOW,
		).far!;
		const seenThen = holdMore(Object.create(null), [far(NOW + 10 * DAY, 'done')]);
		const later = holdMore(seenThen, [far(NOW + 20 * DAY, 'dropped')]);
		expect(pendingIds(decided(later, ['x1'], seenThen))).toEqual(['x1']);
		expect(pendingIds(decided(later, ['x1']))).toEqual([]);
		const proto = holdMore(Object.create(null), [{...far(NOW + 10 * DAY, 'done'), id: '__proto__'}]);
		expect(Object.getPrototypeOf(proto)).toBeNull();
		expect(pendingIds(proto)).toEqual(['__proto__']);
	});
});
