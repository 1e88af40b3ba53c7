import {extractMetadata} from '../extract/extract-metadata.ts';
import type {ContentApi} from '../shared/messages.ts';
import {servePage} from './serve-page.ts';

// executeScript can run this file more than once in one page: serve once.
const flag = globalThis as {shelfmarkServed?: true};
if (!flag.shelfmarkServed) {
	flag.shelfmarkServed = true;
	servePage('content', {extract: async () => extractMetadata(document, location.href)} satisfies Pick<ContentApi, 'extract'>);
}
