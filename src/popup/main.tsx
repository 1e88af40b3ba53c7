import {render} from 'preact';
import browser from 'webextension-polyfill';
import {backgroundApi} from '../shared/rpc.ts';
import {currentTab} from './current-tab.ts';
import {PopupApp} from './PopupApp.tsx';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(
	<PopupApp api={backgroundApi} loadTab={currentTab} openList={() => { void browser.runtime.openOptionsPage(); window.close(); }}/>,
	document.getElementById('app')!,
);
