import browser from 'webextension-polyfill';
import {titleKey} from '../core/duplicates.ts';
import {urlKey} from '../core/url.ts';
import type {HarvestEntry} from '../shared/harvest-protocol.ts';

/** What the user left out of a post's harvest, remembered in this browser so reopening never ticks it again. */
type Choices = {at: number; left: string[]};

const PREFIX = 'harvestChoices:';
/** Posts remembered at most; the oldest choices go first (each is a few hundred bytes). */
const KEEP = 200;

/** A work as one row of one post's checklist: its link, else its title. */
export function rowKey({work, url}: Pick<HarvestEntry, 'work' | 'url'>): string {
	return url ? urlKey(url) : `title:${titleKey(work.title)}`;
}

const keyOf = (postUrl: string) => `${PREFIX}${urlKey(postUrl)}`;

/** The rows the user left out when last saving from this post. */
export async function loadLeftOut(postUrl: string): Promise<Set<string>> {
	const key = keyOf(postUrl);
	const stored = (await browser.storage.local.get(key))[key] as Choices | undefined;
	return new Set(Array.isArray(stored?.left) ? stored.left.filter(item => typeof item === 'string') : []);
}

/** Remembers what was left out of this save; forgets the oldest posts past KEEP. */
export async function saveLeftOut(postUrl: string, left: string[], now = Date.now()): Promise<void> {
	await browser.storage.local.set({[keyOf(postUrl)]: {at: now, left} satisfies Choices});
	const all = await browser.storage.local.get(null);
	const posts = Object.entries(all).filter(([key]) => key.startsWith(PREFIX))
		.sort(([, a], [, b]) => ((b as Choices).at ?? 0) - ((a as Choices).at ?? 0));
	if (posts.length > KEEP) await browser.storage.local.remove(posts.slice(KEEP).map(([key]) => key));
}
