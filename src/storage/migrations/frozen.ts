/**
 * Derivations as each migration wrote them, frozen here so that a later change to the live row (derive.ts)
 * cannot change what an old migration does to an old database. Each reads the doc's registers directly.
 */
type Set = Record<string, {v: unknown}>;
type OldDoc = {id: string; recommendedBy?: Set};

const present = (set: Set | undefined) => Object.entries(set ?? {}).filter(([, reg]) => reg.v !== null);

/** Version 2's `recommenders`: the URLs of the pages that recommended the item. */
export const recommendersV2 = (doc: OldDoc): string[] => present(doc.recommendedBy).map(([url]) => url);

/** Version 3's `shard`: the id's first two characters, lower-cased, anything outside [0-9a-z] as `_`. */
export const shardV3 = (id: string): string => id.slice(0, 2).toLowerCase().padEnd(2, '_').replace(/[^0-9a-z]/g, '_');

/** Addresses earlier harvests and imports made up for works named without a link: searches, not the work's page. */
const MADE_UP = [
	/^https:\/\/openlibrary\.org\/isbn\/\d{13}$/,
	/^https:\/\/search\.douban\.com\/book\/subject_search\?/,
	/^https:\/\/www\.bing\.com\/search\?/,
];
export const isMadeUpUrlV5 = (url: unknown): boolean => typeof url === 'string' && MADE_UP.some(pattern => pattern.test(url));
