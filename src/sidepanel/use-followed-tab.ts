import {useCallback, useEffect, useState} from 'preact/hooks';
import browser from 'webextension-polyfill';
import type {CurrentTab} from '../popup/current-tab.ts';

/**
 * The window whose tabs the panel follows: its own. e2e builds may name another (`?window=ID`), since a headless
 * browser cannot show a side panel and the page is opened as a tab of its own window instead.
 */
async function followedWindow(): Promise<number | undefined> {
	const named = __E2E__ ? Number(new URLSearchParams(location.search).get('window')) : Number.NaN;
	if (Number.isInteger(named) && named > 0) return named;
	return (await browser.windows?.getCurrent())?.id;
}

/** The active tab of the panel's window: undefined while looking, null when there is none. */
export type FollowedTab = CurrentTab & {
	/** Changes on every finished load, so a page whose address the panel may not see is read again after navigating. */
	load: number;
};

/** The active tab of the panel's window, following tab switches and navigations. */
export function useFollowedTab(): {tab: FollowedTab | null | undefined; refresh(): void} {
	const [tab, setTab] = useState<FollowedTab | null>();
	const [asked, setAsked] = useState(0);
	const refresh = useCallback(() => setAsked(n => n + 1), []);
	useEffect(() => {
		let windowId: number | undefined;
		let loads = 0;
		let alive = true;
		const read = async () => {
			const query = windowId === undefined ? {active: true, currentWindow: true} : {active: true, windowId};
			const [active] = await browser.tabs.query(query);
			if (!alive) return;
			setTab(active?.id === undefined
				? null
				: {id: active.id, url: active.url ?? '', title: active.title ?? '', load: loads});
		};
		const activated = (info: {windowId: number}) => { if (info.windowId === windowId) void read(); };
		const updated = (_id: number, change: {status?: string; url?: string},
			changed: {active: boolean; windowId?: number}) => {
			if (!changed.active || changed.windowId !== windowId || (change.status !== 'complete' && !change.url)) {
				return;
			}
			loads++;
			void read();
		};
		browser.tabs.onActivated.addListener(activated);
		browser.tabs.onUpdated.addListener(updated);
		void followedWindow().then(id => { windowId = id; return read(); });
		return () => {
			alive = false;
			browser.tabs.onActivated.removeListener(activated);
			browser.tabs.onUpdated.removeListener(updated);
		};
	}, [asked]);
	return {tab, refresh};
}
