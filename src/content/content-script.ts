import {readPage} from '../extract/read-page.ts';
import type {ContentApi} from '../shared/messages.ts';
import {servePage} from './serve-page.ts';
import {injectedSites} from './site-registry.ts';

// executeScript can run this file more than once in one page: serve once.
const flag = globalThis as {shelfmarkServed?: true};
if (!flag.shelfmarkServed) {
	flag.shelfmarkServed = true;
	servePage('content', {extract: async () => readPage(document, location.href, injectedSites())} satisfies Pick<ContentApi, 'extract'>);
}
