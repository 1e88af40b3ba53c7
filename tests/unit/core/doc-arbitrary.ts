import fc from 'fast-check';
import {createClock, formatStamp, tick, type Clock} from '../../../src/core/hlc.ts';
import {addToSet, applyPatch, emptyDoc, mergeDocs, setDeleted, type ItemDoc, type ItemPatch} from '../../../src/core/item-doc.ts';
import {STATUSES} from '../../../src/core/types.ts';

/** One local operation a user can make on an item. */
export type Op =
	| {kind: 'patch'; patch: ItemPatch}
	| {kind: 'addTopic'; topic: string}
	| {kind: 'delete'; deleted: boolean};

const topic = fc.constantFrom('k8s', 'go', 'cloud-native', 'rust', '__proto__', 'constructor', '数据库');
const text = fc.constantFrom('', 'a', 'b', 'Kubernetes', '深入剖析', 'notes v2');

export const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({kind: fc.constant('patch' as const), patch: fc.oneof(
		fc.record({status: fc.constantFrom(...STATUSES)}),
		fc.record({title: text}),
		fc.record({notes: text}),
		fc.record({rating: fc.constantFrom(1, 2, 3, 4, 5 as const)}),
		fc.record({topics: fc.uniqueArray(topic, {maxLength: 3})}),
		fc.record({authors: fc.array(text, {maxLength: 2}), publisher: text}),
	)}),
	fc.record({kind: fc.constant('addTopic' as const), topic}),
	fc.record({kind: fc.constant('delete' as const), deleted: fc.boolean()}),
);

export function applyOp(doc: ItemDoc, op: Op, t: string): ItemDoc {
	if (op.kind === 'patch') return applyPatch(doc, op.patch, t);
	if (op.kind === 'addTopic') return addToSet(doc, 'topics', [op.topic], t);
	return setDeleted(doc, op.deleted, t);
}

/** A step of a three-replica history: a local op at a wall time, or replica `to` merging replica `from`'s doc. */
export type Step = {replica: number; wall: number; op: Op} | {from: number; to: number};

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
	{weight: 3, arbitrary: fc.record({replica: fc.nat(2), wall: fc.integer({min: 0, max: 50}), op: opArb})},
	{weight: 1, arbitrary: fc.record({from: fc.nat(2), to: fc.nat(2)})},
);

/** Plays a history; returns the three replicas' docs. Stamps come from real HLCs, so they are unique per node. */
export function play(steps: Step[], id = 'item1'): ItemDoc[] {
	const clocks: Clock[] = [0, 1, 2].map(n => createClock(`n${n}`));
	const docs = [0, 1, 2].map(() => emptyDoc(id, '000000000.0000.n0'));
	for (const step of steps) {
		if ('from' in step) {
			docs[step.to] = mergeDocs(docs[step.to]!, docs[step.from]!);
			continue;
		}
		clocks[step.replica] = tick(clocks[step.replica]!, step.wall);
		docs[step.replica] = applyOp(docs[step.replica]!, step.op, formatStamp(clocks[step.replica]!));
	}
	return docs;
}

export const historyArb = fc.array(stepArb, {maxLength: 14}).map(steps => play(steps));
