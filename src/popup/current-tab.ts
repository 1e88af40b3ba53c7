import browser from 'webextension-polyfill';
import {grantedTab} from '../shared/harvest-grants.ts';

export type CurrentTab = {id: number; url: string; title: string};

/**
 * The tab the popup was opened on. e2e builds may name it in the query string (`?tab=ID`), because a headless
 * browser cannot click the toolbar button; release builds accept it only from the harvest window the background
 * opened for that tab (a grant in storage.session, src/shared/harvest-grants.ts).
 */
export async function currentTab(): Promise<CurrentTab | undefined> {
	const named = __E2E__
		? Number(new URLSearchParams(location.search).get('tab'))
		: await grantedTab(location.search) ?? Number.NaN;
	const tab = Number.isInteger(named) && named > 0
		? await browser.tabs.get(named)
		: (await browser.tabs.query({active: true, currentWindow: true}))[0];
	if (tab?.id === undefined) return undefined;
	return {id: tab.id, url: tab.url ?? '', title: tab.title ?? ''};
}
