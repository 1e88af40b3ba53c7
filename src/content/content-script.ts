import browser from 'webextension-polyfill';
import {extractMetadata} from '../extract/extract-metadata.ts';
import type {ContentApi} from '../shared/messages.ts';
import {serve} from '../shared/rpc.ts';

// executeScript can run this file more than once in one page: serve once.
const flag = globalThis as {shelfmarkServed?: true};
if (!flag.shelfmarkServed) {
	flag.shelfmarkServed = true;
	serve('content', {extract: async () => extractMetadata(document, location.href)} satisfies Pick<ContentApi, 'extract'>,
		sender => sender.id === browser.runtime.id && !sender.tab);
}
