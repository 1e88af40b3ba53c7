import type {Page} from 'playwright-core';
import type {Browser} from 'webextension-polyfill';
import {applyPatch, emptyDoc, type ItemDoc} from '../../src/core/item-doc.ts';
import {formatStamp} from '../../src/core/hlc.ts';
import {KINDS, STATUSES} from '../../src/core/types.ts';
import {itemIdForUrl} from '../../src/core/url.ts';
import {toExpression} from '../e2e/support/driver.ts';
import {viewsUnpacked} from './io-measure.ts';

const TOPICS = ['kubernetes', 'cloud-native', 'go', 'databases', 'network', '机器学习', 'rust', 'design'];

/** `count` realistic items as CRDT docs, built in Node with the same functions the extension uses. */
export function makeDocs(count: number, offset = 0): ItemDoc[] {
	return Array.from({length: count}, (_, index) => {
		const n = index + offset;
		const url = `https://books.example/${n}`;
		const id = itemIdForUrl(url);
		const t = formatStamp({wall: Date.UTC(2025, 0, 1) + n * 1000, counter: 0, node: 'bench'});
		return applyPatch(emptyDoc(id, t), {
			url, title: n % 3 === 0 ? `深入剖析 第${n}册` : `Cloud Native Patterns volume ${n}`, kind: KINDS[n % KINDS.length],
			status: STATUSES[n % STATUSES.length], authors: [`Author ${n % 500}`], topics: [TOPICS[n % TOPICS.length]!],
			notes: n % 10 === 0 ? `note about chapter ${n}` : '', addedAt: new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString(),
		}, t);
	});
}

/**
 * Writes `docs` through the background's mergeItems (one transaction), from an extension page; returns the ms taken.
 * Then waits, untimed, until the views a large write paged are moved into place, so the next figure starts on an
 * idle background.
 */
export async function mergeDocs(page: Page, docs: ItemDoc[]): Promise<number> {
	const time = await page.evaluate<number>(toExpression(async (docs: ItemDoc[]) => {
		const start = performance.now();
		const api = (globalThis as unknown as {chrome: Browser}).chrome;
		const reply = await api.runtime.sendMessage({
			channel: 'background', method: 'mergeItems', args: [docs],
		}) as {ok?: boolean} | undefined;
		if (!reply?.ok) throw new Error(JSON.stringify(reply));
		return performance.now() - start;
	}, docs));
	await page.evaluate(toExpression(viewsUnpacked, undefined));
	return time;
}
