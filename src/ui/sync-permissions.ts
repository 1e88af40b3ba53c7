import browser, {type Permissions} from 'webextension-polyfill';
import {type SyncPermissions, asksNothing} from '../core/data-collection.ts';

/**
 * Asks for what sync needs (core/data-collection.ts) in one prompt. Must run synchronously in the click handler:
 * browsers refuse prompts after an await. A Firefox too old for `data_collection` (before 140) refuses the key
 * while checking the call's arguments, before any prompt: then the origin alone is asked.
 */
export function requestSyncPermissions(wanted: SyncPermissions): Promise<boolean> {
	if (asksNothing(wanted)) return Promise.resolve(true);
	try {
		return browser.permissions.request(wanted as Permissions.Permissions);
	} catch (error) {
		if (!wanted.data_collection) throw error;
		const {data_collection: _, ...rest} = wanted;
		return requestSyncPermissions(rest);
	}
}
