import {harvest} from '../extract/harvest/index.ts';
import type {ContentApi} from '../shared/messages.ts';
import {servePage} from './serve-page.ts';

// Injected on demand, apart from the extractor (which has a 15 KB budget). executeScript can run this file more
// than once in one page: serve once, under a flag of its own so the extractor's flag does not hide it.
const flag = globalThis as {shelfmarkHarvestServed?: true};
if (!flag.shelfmarkHarvestServed) {
	flag.shelfmarkHarvestServed = true;
	servePage('content', {harvest: async () => harvest(document, location.href)} satisfies Pick<ContentApi, 'harvest'>);
}
