import browser from 'webextension-polyfill';
import {extractMetadata} from '../extract/extract-metadata.ts';
import {serve} from '../shared/rpc.ts';

/** What the Chrome offscreen document serves: a DOM to parse HTML in, which a service worker lacks. */
export type OffscreenApi = {
	/** Parses `html` as the page at `url` and returns its metadata. */
	parse(html: string, url: string): Promise<ReturnType<typeof extractMetadata>>;
};

const api = {
	async parse(html: string, url: string) {
		// DOMParser documents run no scripts and load nothing: the fetched page stays inert
		return extractMetadata(new DOMParser().parseFromString(html, 'text/html'), url);
	},
} satisfies OffscreenApi;

// Only the background (no tab) of this extension may ask
serve('offscreen', api, sender => sender.id === browser.runtime.id && !sender.tab);
