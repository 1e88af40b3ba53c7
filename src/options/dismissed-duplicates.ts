import browser from 'webextension-polyfill';
import type {Item} from '../core/types.ts';

/**
 * Groups the user said are not one work ("Not the same"), remembered in this browser only (storage.local): a
 * judgement about a few items, not worth syncing. A group is known by its sorted ids, so when another possible
 * duplicate joins it, it is offered again.
 */
const KEY = 'dismissedDuplicates';
/** Oldest judgements are forgotten past this many, so the key stays small. */
const KEEP = 500;

export const groupKey = (group: readonly Pick<Item, 'id'>[]): string => group.map(item => item.id).sort().join(' ');

export async function dismissedGroups(): Promise<Set<string>> {
	const stored = (await browser.storage.local.get(KEY))[KEY];
	return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
}

export async function dismissGroup(group: readonly Pick<Item, 'id'>[]): Promise<void> {
	const keys = [...await dismissedGroups(), groupKey(group)];
	await browser.storage.local.set({[KEY]: [...new Set(keys)].slice(-KEEP)});
}
