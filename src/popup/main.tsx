import '../shared/e2e-phone.ts'; // First: e2e phone runs remove Android's missing APIs before anything reads them
import {render} from 'preact';
import browser from 'webextension-polyfill';
import {getSettings} from '../shared/settings.ts';
import {useApi} from '../ui/api-context.ts';
import {BackgroundApiRoot} from '../ui/api-root.tsx';
import {useSettings, useThemeAttribute} from '../ui/hooks/use-settings.ts';
import {optionsUrl} from '../ui/options-url.ts';
import {currentTab} from './current-tab.ts';
import {PopupApp} from './PopupApp.tsx';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
function Popup() {
	useThemeAttribute(useSettings().theme);
	return <PopupApp loadTab={currentTab} loadDefaults={getSettings} openList={openList} openSync={openSync}/>;
}

function openList() {
	void browser.runtime.openOptionsPage();
	window.close();
}

/** The options page opens on the view its hash names (OptionsApp). */
function openSync() {
	void browser.tabs.create({url: optionsUrl('#sync')});
	window.close();
}

/** The context menu's harvest window (`?view=harvest`) loads its own code; the toolbar popup never pays for it. */
async function HarvestRoot() {
	const {HarvestWindow} = await import('./HarvestWindow.tsx');
	return function Harvest() {
		useThemeAttribute(useSettings().theme);
		return <HarvestWindow api={useApi()} loadTab={currentTab} openList={openList}/>;
	};
}

const Root = new URLSearchParams(location.search).get('view') === 'harvest' ? await HarvestRoot() : Popup;
render(<BackgroundApiRoot><Root/></BackgroundApiRoot>, document.getElementById('app')!);
