/**
 * What leaves the browser when the user turns sync on, in Firefox's data-collection categories: the works of the
 * list (links, titles, topics, notes: what a bookmark holds) and what was read from their pages (descriptions,
 * authors, cover links). Nothing leaves otherwise. docs/store.md says why these two and not others.
 */
export const SYNC_DATA_COLLECTION = ['bookmarksInfo', 'websiteContent'] as const;

/** A permissions request or check, with Firefox's `data_collection` (Firefox 140+; other browsers refuse the key). */
export type SyncPermissions = {origins?: string[]; data_collection?: string[]};

type ManifestLike = {browser_specific_settings?: {gecko?: {data_collection_permissions?: {optional?: string[]}}}};

/**
 * The permissions sync needs: the server's origin (WebDAV), and the data categories that the manifest declares
 * optional, so they are asked when sync is turned on. Only Firefox's manifest declares them.
 */
export function syncPermissions(manifest: ManifestLike, origins: string[]): SyncPermissions {
	const declared = manifest.browser_specific_settings?.gecko?.data_collection_permissions?.optional ?? [];
	const data = SYNC_DATA_COLLECTION.filter(category => declared.includes(category));
	return {...(origins.length > 0 ? {origins} : {}), ...(data.length > 0 ? {data_collection: data} : {})};
}

/** Whether a request asks for nothing (browser sync outside Firefox): then there is nothing to prompt for. */
export const asksNothing = (permissions: SyncPermissions) => !permissions.origins && !permissions.data_collection;
