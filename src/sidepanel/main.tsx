import '../shared/e2e-phone.ts'; // First: e2e phone runs remove Android's missing APIs before anything reads them
import {render} from 'preact';
import browser from 'webextension-polyfill';
import {BackgroundApiRoot} from '../ui/api-root.tsx';
import {SidePanelApp} from './SidePanelApp.tsx';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<BackgroundApiRoot><SidePanelApp/></BackgroundApiRoot>, document.getElementById('app')!);
