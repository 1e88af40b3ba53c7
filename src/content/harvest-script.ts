import {harvest} from '../extract/harvest/index.ts';
import type {PageCalls} from '../shared/messages.ts';

// Injected on demand, apart from the extractor (which has a 15 KB budget); called like it, through
// scripting.executeScript (src/background/run-in-tab.ts).
Object.assign(globalThis, {shelfmarkHarvest: () => harvest(document, location.href)} satisfies Pick<PageCalls, 'shelfmarkHarvest'>);
