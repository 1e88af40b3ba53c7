import browser from 'webextension-polyfill';

export type CurrentTab = {id: number; url: string; title: string};

/**
 * The tab the popup was opened on. e2e builds may name it in the query string (`?tab=ID`), because a headless
 * browser cannot click the toolbar button; release builds ignore the parameter.
 */
export async function currentTab(): Promise<CurrentTab | undefined> {
	const named = __E2E__ ? Number(new URLSearchParams(location.search).get('tab')) : Number.NaN;
	const tab = Number.isInteger(named) && named > 0
		? await browser.tabs.get(named)
		: (await browser.tabs.query({active: true, currentWindow: true}))[0];
	if (tab?.id === undefined) return undefined;
	return {id: tab.id, url: tab.url ?? '', title: tab.title ?? ''};
}
