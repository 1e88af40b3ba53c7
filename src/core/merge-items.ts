import type {Stamp} from './hlc.ts';
import {type ItemDoc, mergeDocs} from './item-doc.ts';
import {type LwwMap, lwwMapValues} from './registers.ts';
import {AppError} from './errors.ts';
import {itemKeys} from './keys.ts';
import {canonicalJson} from './canonical.ts';

/**
 * Two items that are one work (DESIGN §3): the smaller id survives. Everything the absorbed item holds joins the
 * survivor: sets are united, each register keeps its newer stamp, title and notes heads are united. The absorbed
 * item becomes a tombstone pointing at the survivor. The survivor's content depends only on the two docs, so every
 * device that merges the same pair, in any order, gets the same item, and a merge travels as ordinary changes.
 */

/** Which of two ids survives their merge. */
export const survivorOf = (a: string, b: string): string => (a < b ? a : b);

/**
 * The absorbed doc's content under the survivor's id, without the absorbed side's deletion and pointer. Both primary
 * links also join the aliases (stamped as their url register was), so the link that loses the url register stays a
 * link of the work.
 */
function asPartOf(absorbed: ItemDoc, survivor: ItemDoc): ItemDoc {
	const {mergedInto: _m, ...f} = absorbed.f;
	let aliases = absorbed.aliases;
	for (const url of [absorbed.f.url, survivor.f.url]) {
		if (typeof url?.v === 'string' && !Object.hasOwn(aliases, url.v)) {
			aliases = {...aliases, [url.v]: {v: true, t: url.t}};
		}
	}
	return {...absorbed, id: survivor.id, f, aliases, del: survivor.del};
}

/** The survivor after taking in `absorbed`'s content; `absorbed` may already be a tombstone (an edit followed in). */
export function absorbInto(survivor: ItemDoc, absorbed: ItemDoc): ItemDoc {
	return mergeDocs(survivor, asPartOf(absorbed, survivor));
}

/** The absorbed item's tombstone, stamped `t`: deleted, and pointing at its survivor. */
export function tombstoneOf(absorbed: ItemDoc, survivorId: string, t: Stamp): ItemDoc {
	const pointer = absorbed.f.mergedInto?.v === survivorId ? absorbed.f.mergedInto : {v: survivorId, t};
	return {...absorbed, f: {...absorbed.f, mergedInto: pointer}, del: absorbed.del.v ? absorbed.del : {v: true, t}};
}

/** Merges two docs the user (or a shared key) says are one work: `[survivor, tombstone]`. */
export function mergeItems(a: ItemDoc, b: ItemDoc, t: Stamp): [ItemDoc, ItemDoc] {
	if (a.id === b.id) throw new AppError('INVALID_ITEM', 'An item cannot be merged with itself');
	for (const doc of [a, b]) {
		const into = doc.f.mergedInto?.v;
		if (into) throw new AppError('INVALID_ITEM', `Item ${doc.id} was already merged into ${into}`);
	}
	const [survivor, absorbed] = a.id === survivorOf(a.id, b.id) ? [a, b] : [b, a];
	return [absorbInto(survivor, absorbed), tombstoneOf(absorbed, survivor.id, t)];
}

/** Merges a group the user says is one work into its smallest id, one pair at a time: `[survivor, ...tombstones]`. */
export function mergeGroup(docs: readonly ItemDoc[], t: Stamp): ItemDoc[] {
	const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
	if (sorted.length < 2 || new Set(sorted.map(doc => doc.id)).size !== sorted.length) {
		throw new AppError('INVALID_ITEM', 'Choose two or more different items to merge');
	}
	let survivor = sorted[0]!;
	const tombstones = sorted.slice(1).map(doc => {
		const [next, tombstone] = mergeItems(survivor, doc, t);
		survivor = next;
		return tombstone;
	});
	return [survivor, ...tombstones];
}

/** Whether absorbing changed the survivor (a repeat of a merge already taken in changes nothing). */
export function sameDoc(a: ItemDoc, b: ItemDoc): boolean {
	return a === b || canonicalJson(a) === canonicalJson(b);
}

/** Whether a doc is a live item that may merge by shared key: not in the trash, not absorbed. */
export function isLiveDoc(doc: ItemDoc): boolean {
	return !doc.del.v && !doc.f.mergedInto?.v;
}

/**
 * Keys already read, by doc: docs are values (every change makes a new one), and a large write asks for the same
 * doc's keys three times (settle's lookup, settle, the stored row), each parsing its URLs twice.
 */
const knownKeys = new WeakMap<ItemDoc, readonly string[]>();

/** The identity keys of a doc, as itemKeys gives them for its item, read from the sets without materialising it. */
export function docKeys(doc: ItemDoc): readonly string[] {
	let keys = knownKeys.get(doc);
	if (!keys) {
		const url = doc.f.url?.v ?? undefined;
		const values = (map: LwwMap<unknown> | undefined) => lwwMapValues(map ?? {}).map(([key]) => key);
		keys = itemKeys({
			url, aliases: values(doc.aliases).filter(alias => alias !== url),
			isbn: values(doc.isbn), ids: values(doc.ids),
		});
		knownKeys.set(doc, keys);
	}
	return keys;
}
