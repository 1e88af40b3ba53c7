import browser from 'webextension-polyfill';

/** Chrome's side panel API (not in webextension-polyfill's types); Firefox has `sidebarAction` instead. */
type SidePanelApi = {open(options: {windowId: number}): Promise<void>};
type Apis = {sidePanel?: SidePanelApi; sidebarAction?: {open(): Promise<void>}};

/** Whether this browser has a side panel (Chrome) or a sidebar (Firefox); Firefox for Android has neither. */
export function hasSidePanel(api: object = browser): boolean {
	const {sidePanel, sidebarAction} = api as Apis;
	return Boolean(sidePanel ?? sidebarAction);
}

/**
 * Opens the list beside the page in `tab`'s window. Both browsers allow it only in answer to a user action, so it is
 * called at once from the menu's or the command's listener, before any await.
 */
export function openSidePanel(tab: {windowId?: number} | undefined, api: object = browser): Promise<void> {
	const {sidePanel, sidebarAction} = api as Apis;
	if (sidebarAction) return sidebarAction.open();
	if (sidePanel && tab?.windowId !== undefined) return sidePanel.open({windowId: tab.windowId});
	return Promise.resolve();
}
