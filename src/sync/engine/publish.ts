import type {VaultKey} from '../crypto.ts';
import {contentDigest, encodeShard} from './codec.ts';
import {serializeManifest, type Manifest, type ShardEntry} from './manifest.ts';
import type {LocalStore, ShardState, SyncTransport} from './ports.ts';
import {coarsenVersions} from '../../core/shards.ts';
import {forEachLimited} from './limit.ts';

export type PublishInput = {
	store: LocalStore;
	transport: SyncTransport;
	manifest: Manifest;
	/** What this device knew about each shard before this sync. */
	known: Record<string, ShardState>;
	/** Content digests of the remote shards read (and merged) in this sync. */
	remote: Map<string, string | 'unreadable'>;
	key?: VaultKey;
	/** Blob names already written during this sync (an earlier attempt that hit 412). */
	uploaded: Set<string>;
};

export type Publication = {
	/** The manifest to swap in. */
	text: string;
	changed: boolean;
	shards: Record<string, ShardState>;
	uploads: string[];
	uploadedBytes: number;
	/** Blobs the new manifest no longer references: deleted after the swap. */
	replaced: string[];
};

/**
 * Decides, per shard, whether the remote blob already holds exactly the local content (local has merged it,
 * so local is a superset) and uploads the local content where it does not. A shard whose blob is unreadable
 * is replaced by local content, or flagged `bad` so that a device holding its data re-publishes it.
 */
export async function publish(input: PublishInput): Promise<Publication> {
	const {store, manifest, known} = input;
	const versions = coarsenVersions(await store.shardVersions(), manifest.width);
	const out: Publication = {text: '', changed: false, shards: {}, uploads: [], uploadedBytes: 0, replaced: []};
	const entries: Record<string, ShardEntry> = {...manifest.shards};
	const shards = [...new Set([...Object.keys(manifest.shards), ...Object.keys(versions)])].sort();
	await forEachLimited(shards, 4, async shard => {
		const entry = manifest.shards[shard];
		const mine = known[shard];
		const version = versions[shard];
		if (entry && mine?.blob === entry.blob && !entry.bad && version !== undefined && mine.version === version) {
			out.shards[shard] = mine; // Neither side changed since we last agreed
			return;
		}
		const remote = input.remote.get(shard);
		const readable = remote !== 'unreadable' && !entry?.bad;
		const remoteDigest = readable ? remote ?? (mine?.blob === entry?.blob ? mine?.digest : undefined) : undefined;
		const docs = version === undefined ? [] : await store.readShardDocs(shard);
		if (docs.length === 0) {
			if (entry && !readable && !entry.bad) {
				entries[shard] = {...entry, bad: true}; // Nothing here to replace it with: ask the holders
				out.changed = true;
			}
			return;
		}
		const content = await contentDigest(docs);
		if (entry && remoteDigest === content.digest) {
			out.shards[shard] = {blob: entry.blob, digest: content.digest, version: version!};
			return;
		}
		const encoded = await encodeShard(docs, {vault: manifest.vault, shard, key: input.key}, content);
		if (!input.uploaded.has(encoded.name)) {
			await input.transport.writeBlob(encoded.name, encoded.bytes);
			input.uploaded.add(encoded.name);
			out.uploads.push(encoded.name);
			out.uploadedBytes += encoded.bytes.length;
		}
		if (entry && entry.blob !== encoded.name) out.replaced.push(entry.blob);
		entries[shard] = {blob: encoded.name, n: encoded.count};
		out.shards[shard] = {blob: encoded.name, digest: encoded.digest, version: version!};
		out.changed = true;
	});
	out.text = serializeManifest({...manifest, shards: entries});
	return out;
}
