/** Widest shard key: 256 shards keep one edit on a 10,000-item list to one ~40-record blob (DESIGN §7). */
export const MAX_SHARD_WIDTH = 2;

const SAFE = /^[0-9a-z]*$/;

/**
 * The shard an item id belongs to: its first `width` characters, lower-cased, with anything outside
 * [0-9a-z] folded to `_` so shard keys are safe in file names. Ids from `itemIdForKey` are hex.
 */
export function shardOf(id: string, width = MAX_SHARD_WIDTH): string {
	const key = id.slice(0, width).toLowerCase().padEnd(width, '_');
	return SAFE.test(key) ? key : key.replace(/[^0-9a-z]/g, '_'); // A test allocates nothing: an import shards every id
}

/**
 * Joins per-shard version tokens kept at MAX_SHARD_WIDTH into tokens for a coarser width. A store only has
 * to keep the 256 fine-grained tokens; any transport's width is derived from them.
 */
export function coarsenVersions(versions: Record<string, string>, width: number): Record<string, string> {
	if (width >= MAX_SHARD_WIDTH) return versions;
	const out: Record<string, string[]> = {};
	for (const key of Object.keys(versions).sort()) (out[key.slice(0, width)] ??= []).push(`${key}=${versions[key]}`);
	return Object.fromEntries(Object.entries(out).map(([key, parts]) => [key, parts.join(';')]));
}
