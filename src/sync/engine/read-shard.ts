import type {ItemDoc} from '../../core/item-doc.ts';
import type {DocProblem} from '../../core/validate-doc.ts';
import {SyncError} from '../errors.ts';
import {decodeShard, type ShardContext} from './codec.ts';
import type {SyncTransport} from './ports.ts';

/** A remote shard's content, or 'unreadable': missing, torn, oversized or undecryptable, never "empty" (DESIGN §5). */
export type RemoteShard = {docs: ItemDoc[]; digest: string; problems: DocProblem[]} | 'unreadable';

/** Reads and decodes one blob. Offline, timeout or auth errors throw (the caller stops); bad content does not. */
export async function readShard(transport: SyncTransport, blob: string, context: ShardContext): Promise<RemoteShard> {
	const bytes = await transport.readBlob(blob).catch((error: unknown) => {
		// A blob over the transport's size cap is only unreadable
		if (!(error instanceof SyncError && error.code === 'SYNC_UNREADABLE_BLOB')) throw error;
		return undefined;
	});
	try {
		if (!bytes) throw new Error('missing or over the size cap');
		return await decodeShard(blob, bytes, context);
	} catch {
		return 'unreadable';
	}
}
