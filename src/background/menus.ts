import browser from 'webextension-polyfill';
import {t} from '../ui/i18n.ts';
import {hasSidePanel} from './side-panel.ts';

export const MENU = {
	savePage: 'save-page', saveLink: 'save-link', harvest: 'harvest-page', sidePanel: 'side-panel',
} as const;

/** Menus persist across worker restarts; (re)create them on install and update only. */
export async function createMenus(): Promise<void> {
	await browser.contextMenus.removeAll();
	browser.contextMenus.create({id: MENU.savePage, title: t('menuSavePage'), contexts: ['page']});
	browser.contextMenus.create({id: MENU.saveLink, title: t('menuSaveLink'), contexts: ['link']});
	browser.contextMenus.create({id: MENU.harvest, title: t('menuHarvest'), contexts: ['page']});
	if (hasSidePanel()) {
		browser.contextMenus.create({id: MENU.sidePanel, title: t('menuOpenSidePanel'), contexts: ['page']});
	}
}
