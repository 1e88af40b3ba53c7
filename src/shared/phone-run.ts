/**
 * e2e phone runs: a profile marked so (localStorage `PHONE_FLAG`, which every page of the extension shares) runs the
 * extension as Firefox for Android would, without the namespaces Android lacks (src/shared/e2e-phone.ts).
 */
export const PHONE_FLAG = 'shelfmark-e2e-phone';
export const PHONE_MISSING = ['contextMenus', 'menus', 'commands', 'sidebarAction', 'sidePanel', 'windows', 'omnibox'];
