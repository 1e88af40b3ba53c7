import {render} from 'preact';
import browser from 'webextension-polyfill';
import {BackgroundApiRoot} from '../ui/api-root.tsx';
import {SidePanelApp} from './SidePanelApp.tsx';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<BackgroundApiRoot><SidePanelApp/></BackgroundApiRoot>, document.getElementById('app')!);
