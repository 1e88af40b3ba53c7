/** How the sync manifest is swapped on a WebDAV server: by the server (If-Match), or under a WebDAV lock. */
export type ManifestSwap = 'if-match' | 'lock';

/**
 * What a WebDAV server honours (sync/transports/webdav-probe.ts finds it; Test connection reports it). Here in
 * core because both the sync layer and the pages' protocol (shared/sync-protocol.ts) name it.
 */
export type WebDavCapabilities = {
	/** PUT creates a file (the folder is created first when missing, as the first sync does). */
	put: boolean;
	/** PROPFIND of the folder answers 207 Multi-Status. */
	propfind: boolean;
	/** A PUT with a stale If-Match is refused with 412, and one with the current ETag succeeds. */
	ifMatch: boolean;
	/** A PUT with `If-None-Match: *` over an existing file is refused with 412. */
	ifNoneMatch: boolean;
	/** Two GETs of an unchanged file give the same strong ETag. */
	stableEtag: boolean;
	/** An exclusive LOCK is granted with a token, and a second LOCK meanwhile is refused with 423. */
	locks: boolean;
	/** How sync will swap the manifest here; undefined: the server is refused (SYNC_UNSAFE_SERVER). */
	swap?: ManifestSwap;
};
