import {render} from 'preact';
import browser from 'webextension-polyfill';
import {backgroundApi} from '../shared/rpc.ts';
import {getSettings} from '../shared/settings.ts';
import {useSettings, useThemeAttribute} from '../ui/hooks/use-settings.ts';
import {currentTab} from './current-tab.ts';
import {PopupApp} from './PopupApp.tsx';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
function Popup() {
	useThemeAttribute(useSettings().theme);
	return <PopupApp api={backgroundApi} loadTab={currentTab} loadDefaults={getSettings} openList={openList}/>;
}

function openList() {
	void browser.runtime.openOptionsPage();
	window.close();
}

render(<Popup/>, document.getElementById('app')!);
