/**
 * Derivations as each migration wrote them, frozen here so that a later change to the live row (derive.ts)
 * cannot change what an old migration does to an old database. Each reads the doc's registers directly.
 */
import {urlKey} from '../../core/url.ts';

type Registers = Record<string, {v: unknown}>;
type OldDoc = {
	id: string;
	f: {url?: {v: unknown; t: string}};
	aliases?: Registers;
	isbn?: Registers;
	ids?: Registers;
	recommendedBy?: Registers;
};

/** The keys of a set's elements that are present (not removed). */
const present = (set: Registers | undefined) => Object.entries(set ?? {})
	.filter(([, reg]) => reg.v !== null)
	.map(([key]) => key);

/** Version 2's `recommenders`: the URLs of the pages that recommended the item. */
export const recommendersV2 = (doc: Pick<OldDoc, 'recommendedBy'>): string[] => present(doc.recommendedBy);

/** Version 3's `shard`: the id's first two characters, lower-cased, anything outside [0-9a-z] as `_`. */
export const shardV3 = (id: string): string => id.slice(0, 2).toLowerCase().padEnd(2, '_').replace(/[^0-9a-z]/g, '_');

/** Addresses earlier harvests and imports made up for works named without a link: searches, not the work's page. */
const MADE_UP = [
	/^https:\/\/openlibrary\.org\/isbn\/\d{13}$/,
	/^https:\/\/search\.douban\.com\/book\/subject_search\?/,
	/^https:\/\/www\.bing\.com\/search\?/,
];
export const isMadeUpUrlV5 = (url: unknown): boolean =>
	typeof url === 'string' && MADE_UP.some(pattern => pattern.test(url));

/** Version 5's `keys`: links (urlKey), then `isbn:` keys, then other ids; as itemKeys gave them at version 5. */
export function keysV5(doc: OldDoc): string[] {
	const url = typeof doc.f.url?.v === 'string' ? [doc.f.url.v] : [];
	const links = [...url, ...present(doc.aliases)].map(urlKey);
	return [...new Set([...links, ...present(doc.isbn).map(isbn => `isbn:${isbn}`), ...present(doc.ids)])];
}

export type V4Doc = OldDoc;
