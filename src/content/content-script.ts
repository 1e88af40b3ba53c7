import type {PageMetadata} from '../core/types.ts';
import {readPage} from '../extract/read-page.ts';
import {injectedSites} from './site-registry.ts';

/** Where the extractor waits in the tab's isolated world for the background to call it (src/background/capture.ts). */
export type ExtractorScope = {shelfmarkExtract?: () => PageMetadata};

// No message listener: the background calls this through scripting.executeScript and gets the record as the
// injection's result, so nothing else in the browser can ask, and the script carries no messaging code.
(globalThis as ExtractorScope).shelfmarkExtract = () => readPage(document, location.href, injectedSites());
