import browser from 'webextension-polyfill';
import type {Kind, Status} from '../core/types.ts';

/** Preferences. The defaults are the schema (webext-options-sync): only values that differ are stored. */
export const DEFAULT_SETTINGS = {
	theme: 'auto' as 'auto' | 'light' | 'dark',
	/** Status of newly saved items. */
	defaultStatus: 'want' as Status,
	/** Kind of newly saved items; null keeps the extractor's guess. */
	defaultKind: null as Kind | null,
	/** The ✓ badge on every tab, not only the active one; needs the optional `tabs` permission. */
	badgeAllTabs: false,
	/** Opt-in detection of book and course pages (wired in a later issue). */
	autoDetect: false,
	/** Cover thumbnails in the list, loaded from the web (no referrer sent); off shows each kind's icon instead. */
	remoteCovers: true,
};
export type Settings = typeof DEFAULT_SETTINGS;

// One storage.sync key: a handful of small values stay far below its 8 KB per-key limit, and one write is one
// of the 120 writes a minute Chrome allows.
const KEY = 'settings';

function known(stored: unknown): Partial<Settings> {
	if (typeof stored !== 'object' || stored === null) return {};
	const entries = Object.entries(stored).filter(([key]) => Object.hasOwn(DEFAULT_SETTINGS, key));
	return Object.fromEntries(entries) as Partial<Settings>;
}

/** Current settings, defaults filled in. Unknown stored keys (from a newer version) are ignored, not dropped. */
export async function getSettings(): Promise<Settings> {
	const stored = await browser.storage.sync.get(KEY);
	return {...DEFAULT_SETTINGS, ...known(stored[KEY])};
}

/** Changes some settings; a value equal to its default is removed from storage instead of written. */
export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
	const stored = (await browser.storage.sync.get(KEY))[KEY];
	const next: Record<string, unknown> = typeof stored === 'object' && stored !== null ? {...stored} : {};
	for (const [key, value] of Object.entries(patch)) {
		if (!Object.hasOwn(DEFAULT_SETTINGS, key)) continue;
		if (value === DEFAULT_SETTINGS[key as keyof Settings]) delete next[key];
		else next[key] = value;
	}
	if (Object.keys(next).length === 0) await browser.storage.sync.remove(KEY);
	else await browser.storage.sync.set({[KEY]: next});
	return {...DEFAULT_SETTINGS, ...known(next)};
}

/** Calls `callback` with the new settings whenever they change here or on another synced browser. */
export function onSettingsChanged(callback: (settings: Settings) => void, signal?: AbortSignal): void {
	const listener = (changes: Record<string, unknown>, area: string) => {
		if (area !== 'sync' || !(KEY in changes)) return;
		const change = changes[KEY] as {newValue?: unknown};
		callback({...DEFAULT_SETTINGS, ...known(change.newValue)});
	};
	browser.storage.onChanged.addListener(listener);
	signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {once: true});
}
