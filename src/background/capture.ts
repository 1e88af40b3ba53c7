import extractorFile from '../content/content-script.ts?script';
import type {PageMetadata} from '../core/types.ts';
import {storedAddress} from '../extract/extract-metadata.ts';
import {runInTab} from './run-in-tab.ts';
import {siteScriptFor} from './site-scripts.ts';

const EXTRACT_TIMEOUT_MS = 4_000;

/** Injects the extractor, after the site's adapter if one knows the site, and returns what it read. */
export async function captureTab(tabId: number, tabUrl: string): Promise<PageMetadata> {
	const site = siteScriptFor(tabUrl);
	return storedAddress(await runInTab(
		{id: tabId, url: tabUrl}, site ? [site, extractorFile] : [extractorFile],
		'shelfmarkExtract', EXTRACT_TIMEOUT_MS,
	));
}
