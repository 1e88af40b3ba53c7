import {readPage} from '../extract/read-page.ts';
import type {PageCalls} from '../shared/messages.ts';
import {injectedSites} from './site-registry.ts';

// No message listener: the background calls this through scripting.executeScript (src/background/run-in-tab.ts).
(globalThis as Partial<PageCalls>).shelfmarkExtract = () => readPage(document, location.href, injectedSites());
