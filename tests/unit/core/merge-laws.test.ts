import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {emptyDoc, materialize, mergeDocs, SET_FIELDS, SCALAR_FIELDS, type ItemDoc} from '../../../src/core/item-doc.ts';
import {mvHeads} from '../../../src/core/registers.ts';
import {canonicalJson} from '../../../src/core/canonical.ts';
import {applyOp, historyArb, opArb} from './doc-arbitrary.ts';

const RUNS = {numRuns: 2000};
function same(a: ItemDoc, b: ItemDoc): void {
	expect(canonicalJson(a)).toBe(canonicalJson(b));
}

/** Every stamp a doc holds per register, to check that a merge never lowers one. */
function registerStamps(doc: ItemDoc): Map<string, string> {
	const out = new Map<string, string>([['del', doc.del.t]]);
	for (const field of SCALAR_FIELDS) if (doc.f[field]) out.set(`f.${field}`, doc.f[field].t);
	for (const field of SET_FIELDS) for (const [key, reg] of Object.entries(doc[field])) out.set(`${field}.${key}`, reg.t);
	for (const field of ['title', 'notes'] as const) {
		for (const stamp of Object.keys(doc[field].w)) out.set(`${field}.${stamp}`, stamp);
	}
	return out;
}

describe('merge laws of item docs (fast-check, 2,000 runs each)', () => {
	test('commutative', () => {
		fc.assert(fc.property(historyArb, ([a, b]) => same(mergeDocs(a!, b!), mergeDocs(b!, a!))), RUNS);
	});

	test('associative', () => {
		fc.assert(fc.property(historyArb, ([a, b, c]) =>
			same(mergeDocs(mergeDocs(a!, b!), c!), mergeDocs(a!, mergeDocs(b!, c!)))), RUNS);
	});

	test('idempotent', () => {
		fc.assert(fc.property(historyArb, ([a, b]) => {
			same(mergeDocs(a!, a!), mergeDocs(mergeDocs(a!, a!), a!));
			same(mergeDocs(a!, emptyDoc(a!.id, '000000000.0000.n0')), mergeDocs(a!, a!));
			const ab = mergeDocs(a!, b!);
			same(mergeDocs(ab, b!), ab);
			same(mergeDocs(ab, ab), ab);
		}), RUNS);
	});

	test('never lowers a register, and never drops one', () => {
		fc.assert(fc.property(historyArb, ([a, b]) => {
			const merged = registerStamps(mergeDocs(a!, b!));
			for (const source of [a!, b!]) {
				for (const [register, stamp] of registerStamps(source)) {
					expect(merged.get(register), register).toBeDefined();
					expect(merged.get(register)! >= stamp, register).toBe(true);
				}
			}
		}), RUNS);
	});

	test('a topic may be called __proto__ or constructor', () => {
		const names = fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty');
		fc.assert(fc.property(historyArb, names, ([base], name) => {
			const added = applyOp(base!, {kind: 'addTopic', topic: name}, '9zzzzzzz0.0000.a');
			expect(materialize(mergeDocs(base!, added)).topics).toContain(name);
			const patched = applyOp(base!, {kind: 'patch', patch: {topics: [name]}}, '9zzzzzzz0.0000.a');
			expect(materialize(patched).topics).toEqual([name]);
		}), {numRuns: 200});
	});

	test('concurrent topic additions both survive', () => {
		const xs = fc.constantFrom('k8s', 'go', 'rust');
		const ys = fc.constantFrom('sre', 'db', '数据库');
		fc.assert(fc.property(historyArb, xs, ys, ([base], x, y) => {
			const a = applyOp(base!, {kind: 'addTopic', topic: x}, '9zzzzzzz0.0000.a');
			const b = applyOp(base!, {kind: 'addTopic', topic: y}, '9zzzzzzz0.0000.b');
			const topics = materialize(mergeDocs(a, b)).topics;
			expect(topics).toContain(x);
			expect(topics).toContain(y);
		}), RUNS);
	});

	test('delete vs a concurrent edit: deleted, with the edit kept inside the tombstone and back on restore', () => {
		const edits = opArb.filter(op => op.kind === 'patch');
		fc.assert(fc.property(historyArb, edits, fc.boolean(), ([base], edit, deleteFirst) => {
			const [td, te] = deleteFirst
				? ['9zzzzzzz0.0000.a', '9zzzzzzz1.0000.b']
				: ['9zzzzzzz1.0000.a', '9zzzzzzz0.0000.b'];
			const deleted = applyOp(applyOp(base!, {kind: 'delete', deleted: false}, '9zzzzzzy0.0000.a'),
				{kind: 'delete', deleted: true}, td);
			const edited = applyOp(base!, edit, te);
			const merged = mergeDocs(deleted, edited);
			expect(materialize(merged).deletedAt).toBeDefined();
			same(mergeDocs(merged, edited), merged);
			const restored = materialize(applyOp(merged, {kind: 'delete', deleted: false}, '9zzzzzzz2.0000.a'));
			const editedView = materialize(edited);
			for (const [field, value] of Object.entries(edit.kind === 'patch' ? edit.patch : {})) {
				if (field === 'title' || field === 'notes') {
					expect(mvHeads(merged[field]).map(h => h.v)).toContain(value);
				} else {
					expect(restored[field as keyof typeof restored], field)
						.toEqual(editedView[field as keyof typeof editedView]);
				}
			}
		}), RUNS);
	});

	test('concurrent note edits keep the newer as the value and the loser in conflicts', () => {
		const xs = fc.constantFrom('note A', '笔记 A');
		const ys = fc.constantFrom('note B', 'B');
		fc.assert(fc.property(historyArb, xs, ys, fc.boolean(), ([base], x, y, aWins) => {
			const [ta, tb] = aWins
				? ['9zzzzzzz1.0000.a', '9zzzzzzz0.0000.b']
				: ['9zzzzzzz0.0000.a', '9zzzzzzz1.0000.b'];
			const a = applyOp(base!, {kind: 'patch', patch: {notes: x}}, ta);
			const b = applyOp(base!, {kind: 'patch', patch: {notes: y}}, tb);
			const item = materialize(mergeDocs(a, b));
			expect(item.notes).toBe(aWins ? x : y);
			expect(item.conflicts?.notes).toEqual([aWins ? y : x]);
			// Resolving the conflict on one replica (a new write) clears it everywhere after merging
			const resolved = applyOp(mergeDocs(a, b), {kind: 'patch', patch: {notes: 'merged'}}, '9zzzzzzz2.0000.a');
			expect(materialize(mergeDocs(resolved, b)).conflicts?.notes).toBeUndefined();
		}), RUNS);
	});
});
