/** What the lookup needs of the `keys` index: idb's index, or anything that answers the same three reads. */
export type KeyIndex = {
	count(range: IDBKeyRange): Promise<number>;
	getAllKeys(key: string): Promise<string[]>;
	openKeyCursor(range: IDBKeyRange): Promise<KeyCursor | null>;
};
type KeyCursor = {key: IDBValidKey; primaryKey: IDBValidKey; continue(): Promise<KeyCursor | null>};

/** Below this many keys in a range, one read per key costs no more than sizing the range first. */
const PER_KEY_BELOW = 8;

/** Ids under every index key in the range, read in one pass; only the wanted keys are kept. */
async function scan(
	index: KeyIndex, range: IDBKeyRange, wanted: ReadonlySet<string>, out: Map<string, string[]>,
): Promise<void> {
	for (let cursor = await index.openKeyCursor(range); cursor; cursor = await cursor.continue()) {
		const key = cursor.key as string;
		if (wanted.has(key)) out.get(key)!.push(cursor.primaryKey as string);
	}
}

/**
 * The ids stored under each of many identity keys, for a large write's settle (imports, first syncs). One read per
 * key costs ~60 µs in Chromium, so 20,000 keys took over a second. The keys are sorted and the index is counted over
 * their span: an empty span answers every key in it with one read (an import of new works); a span holding few
 * entries is read in one pass; a crowded one is halved. A list that interleaves every key ends at one read per key,
 * as before. Exact, so settle merges what it merged before.
 */
export async function idsByKeys(index: KeyIndex, keys: Iterable<string>): Promise<Map<string, string[]>> {
	const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const out = new Map(sorted.map(key => [key, [] as string[]]));
	const visit = async (from: number, to: number): Promise<void> => {
		const span = sorted.slice(from, to);
		if (span.length < PER_KEY_BELOW) {
			await Promise.all(span.map(async key => { out.get(key)!.push(...await index.getAllKeys(key)); }));
			return;
		}
		const range = IDBKeyRange.bound(span[0], span.at(-1));
		const stored = await index.count(range);
		if (stored === 0) return;
		if (stored <= 2 * span.length) return scan(index, range, new Set(span), out);
		const middle = (from + to) >> 1;
		await Promise.all([visit(from, middle), visit(middle, to)]);
	};
	if (sorted.length > 0) await visit(0, sorted.length);
	return out;
}
