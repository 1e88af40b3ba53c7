/** The sync core's public API: the background, the CLI and tests import from here. */
export {sync, type SyncOptions, type SyncReport} from './engine/sync.ts';
export type {LocalStore, ShardState, SyncState, SyncTransport} from './engine/ports.ts';
export {MemoryStore, type MemoryStoreSnapshot} from './engine/memory-store.ts';
export {MAX_SHARD_WIDTH, coarsenVersions, shardOf} from '../core/shards.ts';
export {parseManifest, type Manifest} from './engine/manifest.ts';
export {changePassphrase} from './engine/passphrase.ts';
export {rekeyVault, type RekeyOptions, type RekeyPlan, type RekeyReport} from './engine/rekey.ts';
export {SyncError, TransientError, isTransient} from './errors.ts';
export {PBKDF2_ITERATIONS, exportVaultKey, importVaultKey, type VaultKey} from './crypto.ts';
export {WebDavTransport, type WebDavOptions} from './transports/webdav.ts';
export {probeWebdav, type WebDavCapabilities} from './transports/webdav-probe.ts';
export {BrowserSyncTransport, BROWSER_SYNC_LIMITS, type SyncStorageArea} from './transports/browser-sync.ts';
