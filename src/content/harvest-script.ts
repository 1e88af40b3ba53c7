import {harvest} from '../extract/harvest/index.ts';
import type {PageCalls} from '../shared/messages.ts';

// Injected on demand, apart from the extractor (which has a 15 KB budget); called like it, through
// scripting.executeScript (src/background/run-in-tab.ts).
(globalThis as Partial<PageCalls>).shelfmarkHarvest = () => harvest(document, location.href);
