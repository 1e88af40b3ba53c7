import {Gunzip, gzipSync} from 'fflate';
import type {ItemDoc} from '../../core/item-doc.ts';
import {fromUtf8, sha256Hex, utf8} from '../bytes.ts';
import {concatBytes} from '../../core/bytes.ts';
import {decryptBlob, encryptBlob, type VaultKey} from '../crypto.ts';
import {canonicalJson} from '../../core/canonical.ts';
import {type DocProblem, validateDoc} from '../../core/validate-doc.ts';
import {shardOf} from '../../core/shards.ts';

/** Part of the additional data: a blob decrypts only as this format, in this vault, as this shard. */
export const BLOB_FORMAT = 'gzip-json-1';

/** Read limits: tests set them small. */
export type ShardContext = {vault: string; shard: string; key?: VaultKey; maxJsonBytes?: number};

/**
 * The largest shard JSON inflated: 64 MiB. A shard holds ~400 records of 1-3 KB for 100,000 items at 256
 * shards (~1.2 MB), ~6,250 at 16 shards (~19 MB); past the cap a blob is a bomb or not ours, and unreadable.
 */
export const MAX_SHARD_JSON_BYTES = 64 * 1024 * 1024;
/** Compressed bytes fed per step: deflate inflates at most ~1032x, so one step adds at most ~4 MiB. */
const INFLATE_STEP = 4096;

/** gunzip that stops as soon as the output passes `cap` (a gzip footer's size field can lie, so it is not trusted). */
export function gunzipCapped(packed: Uint8Array, cap: number, name: string): Uint8Array {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const gunzip = new Gunzip(chunk => {
		total += chunk.length;
		if (total > cap) throw new Error(`${name}: inflates to more than ${cap} bytes, the cap for a shard`);
		chunks.push(chunk);
	});
	if (packed.length === 0) throw new Error(`${name}: empty`);
	for (let at = 0; at < packed.length; at += INFLATE_STEP) {
		gunzip.push(packed.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= packed.length);
	}
	return concatBytes(chunks, total);
}
export type EncodedShard = {name: string; bytes: Uint8Array; digest: string; count: number};

const aadOf = ({vault, shard}: ShardContext) => `shelfmark/blob/v1|vault=${vault}|shard=${shard}|format=${BLOB_FORMAT}`;

/** The digest of a shard's content: equal content on two replicas gives equal digests (canonical JSON). */
export async function contentDigest(docs: ItemDoc[]): Promise<{json: string; digest: string}> {
	const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const json = canonicalJson(sorted);
	return {json, digest: await sha256Hex(utf8(json))};
}

/** gzip (mtime 0, so deterministic) then optionally AES-GCM; the name carries the sha256 of the final bytes. */
export async function encodeShard(
	docs: ItemDoc[], context: ShardContext, content?: {json: string; digest: string},
): Promise<EncodedShard> {
	const {json, digest} = content ?? await contentDigest(docs);
	const packed = gzipSync(utf8(json), {mtime: 0});
	const bytes = context.key ? await encryptBlob(context.key, packed, aadOf(context)) : packed;
	return {name: `blobs/${context.shard}-${await sha256Hex(bytes)}.bin`, bytes, digest, count: docs.length};
}

/**
 * Checks the name's sha256 (a torn PUT fails here), decrypts, gunzips and validates each doc (core/validate-doc.ts):
 * a doc with a bad field comes back without that field, a bad doc is left out, each with a problem for the caller to
 * log and count. Throws when the blob as a whole is wrong (not a list of docs, docs of another shard, or not one
 * readable doc in a non-empty list): the caller treats it as unreadable, never as empty.
 */
export async function decodeShard(
	name: string, bytes: Uint8Array, context: ShardContext,
): Promise<{docs: ItemDoc[]; digest: string; problems: DocProblem[]}> {
	const expected = /-([0-9a-f]{64})\.bin$/.exec(name)?.[1];
	if (!expected || (await sha256Hex(bytes)) !== expected) throw new Error(`${name}: content does not match its name`);
	const packed = context.key ? await decryptBlob(context.key, bytes, aadOf(context)) : bytes;
	const cap = context.maxJsonBytes ?? MAX_SHARD_JSON_BYTES;
	const data: unknown = JSON.parse(fromUtf8(gunzipCapped(packed, cap, name)));
	if (!Array.isArray(data)) throw new Error(`${name}: not a shard of item docs`);
	const docs: ItemDoc[] = [];
	const problems: DocProblem[] = [];
	for (const value of data) {
		const checked = validateDoc(value);
		if (checked.doc) docs.push(checked.doc);
		problems.push(...checked.problems);
	}
	if (data.length > 0 && docs.length === 0) throw new Error(`${name}: not one readable item doc`);
	if (docs.some(doc => shardOf(doc.id, context.shard.length) !== context.shard)) throw new Error(`${name}: holds items of another shard`);
	return {docs, digest: (await contentDigest(docs)).digest, problems};
}
