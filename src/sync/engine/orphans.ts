import type {BlobListing, SyncTransport} from './ports.ts';
import {forEachLimited} from './limit.ts';

/**
 * How old an unnamed blob must be before it is collected. A device uploads a shard's blob before it swaps the
 * manifest that names it; a device killed in between, or offline, may finish that swap hours later. Ages are read
 * on the server's clock alone (its last-modified against its Date), so a device whose clock is wrong, even years
 * ahead, never takes a blob being uploaded right now for an old one.
 */
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;
/** Listing the folder costs a request: once a day per vault is enough to keep it from growing. */
export const COLLECT_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes blobs that neither the manifest just written nor the one before it names, once they are older than the
 * grace period by their last-modified time. Best effort: a failed list or delete costs space, never data.
 * Returns the names deleted.
 */
export async function collectOrphans(
	transport: SyncTransport, named: ReadonlySet<string>, graceMs = ORPHAN_GRACE_MS,
): Promise<string[]> {
	if (!transport.listBlobs) return [];
	let listing: BlobListing;
	try {
		listing = await transport.listBlobs();
	} catch {
		return []; // Listing is optional on some servers; the next day tries again
	}
	const {now, blobs} = listing;
	if (now === undefined || !Number.isFinite(now)) return []; // No server time to age blobs by: keep them all
	const orphans = blobs.filter(blob => !named.has(blob.name)
		&& Number.isFinite(blob.modified) && now - blob.modified > graceMs);
	const deleted: string[] = [];
	await forEachLimited(orphans, 4, async ({name}) => {
		try {
			await transport.deleteBlob(name);
			deleted.push(name);
		} catch {
			// Best effort, as for replaced blobs
		}
	});
	return deleted;
}
