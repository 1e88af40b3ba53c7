import type {ErrorCode} from '../core/errors.ts';
import type {WebDavCapabilities} from '../core/sync-server.ts';
import type {HeldSummary} from '../core/far-ahead.ts';

/** What the options page sends to set sync up. Credentials stay in the background's storage.local. */
export type SyncSetup =
	| {
		kind: 'webdav';
		/** The list's folder on the server, e.g. `https://cloud.example/remote.php/dav/files/me/shelfmark/`. */
		url: string;
		user?: string;
		/** An app password where the server offers them. */
		password?: string;
		/** Encrypts a new vault, or unlocks an existing encrypted one. Never stored. */
		passphrase?: string;
		/**
		 * The user confirmed sending the password unencrypted: required for an `http://` URL that is not this
		 * machine (core/plain-http.ts), refused with SYNC_INSECURE_URL without it.
		 */
		plainHttp?: boolean;
	}
	| {kind: 'browser-sync'; passphrase?: string};

/** What a "Test connection" found at the configured place. */
export type SyncProbe = {
	vault: 'none' | 'plain' | 'encrypted';
	/** WebDAV only: what the server honours (a server that can swap the manifest neither way is refused). */
	server?: WebDavCapabilities;
};

/** The sync state the options page shows; the background persists it in storage.local under `syncStatus`. */
export type SyncStatus = {
	/** Null when sync is off. */
	kind: SyncSetup['kind'] | null;
	url?: string;
	user?: string;
	hasPassword?: boolean;
	/** The vault is encrypted. */
	encrypted: boolean;
	/** Encrypted and the key is not unlocked in this browser session: syncs wait for the passphrase. */
	locked: boolean;
	/** Turning encryption on or off stopped half-way: the list is readable as before, and doing it again continues. */
	rekeyUnfinished?: true;
	/** A sync is running in the background right now. */
	running: boolean;
	lastSyncAt?: number;
	lastAttemptAt?: number;
	/** When the next automatic sync is due (alarm), if any. */
	nextSyncAt?: number;
	lastError?: {code: ErrorCode; message: string; at: number};
	/** Consecutive failures that are retried with backoff. */
	failures: number;
	/** Another device's clock is this far ahead of ours (shown when over an hour). */
	driftMs?: number;
	/** A sync moved many items to the trash: the options page offers "Restore all". */
	failsafe?: {ids: string[]; at: number};
	/** Counts of the last successful sync. */
	last?: {received: number; uploadedBlobs: number; uploadedBytes: number; unreadable: number};
};

/** A record whose writes came stamped far ahead of this device's clock: held aside until the user decides. */
export type HeldRecordSummary = HeldSummary;

/** The storage.local key the background writes after every status change: pages listen to it. */
export const SYNC_STATUS_KEY = 'syncStatus';

/**
 * The host permission a WebDAV URL needs, as a match pattern. Match patterns leave the port out (Firefox
 * rejects one there), and a pattern without a port matches every port.
 */
export function originPattern(url: string): string {
	const parsed = new URL(url);
	return `${parsed.protocol}//${parsed.hostname}/*`;
}
