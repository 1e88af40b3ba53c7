import {launchFirefox} from '../e2e/support/firefox.ts';
import type {Figure} from './figure.ts';
import {benchTab} from './firefox-target.ts';
import {IMPORT_RUNS, importInPage, pocketCsv, rawPutOfStoredRows, viewsUnpacked} from './io-measure.ts';
import {OPTIONS} from './scale-measure.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Issue 17's import figures in Firefox ESR: fresh profiles, each import beside its own raw put (import.bench.ts). */
export default async function importFirefox(): Promise<Figure[]> {
	const runs: {apply: number; unpack: number; raw: number}[] = [];
	for (let run = 0; run < IMPORT_RUNS; run++) {
		const session = await launchFirefox();
		try {
			const tab = benchTab(await session.browser.newPage());
			await tab.navigate(`moz-extension://${session.uuid}/${OPTIONS}`);
			await tab.evaluate(() => new Promise<void>(resolve => {
				const open = () => {
					const button = [...document.querySelectorAll('button')]
						.find(each => each.textContent?.includes('Import & export'));
					if (!button) return setTimeout(open, 20);
					button.click();
					resolve();
				};
				open();
			}));
			const apply = await importInPage(tab, 'pocket-10k.csv', pocketCsv(10_000));
			const unpack = await tab.evaluate(viewsUnpacked);
			runs.push({apply, unpack, raw: await tab.evaluate(rawPutOfStoredRows)});
		} finally {
			await session.close();
		}
	}
	return [
		{name: 'import 10,000 items: Import click to done (firefox)', value: median(runs.map(r => r.apply)), unit: 'ms', budget: 2000},
		{name: 'import 10,000 items: done to its views moved out of pages, in the background (firefox)',
			value: median(runs.map(r => r.unpack)), unit: 'ms', budget: null},
		{name: `raw IndexedDB put of the same 10,000 rows (items + views in pages, one transaction; median of ${IMPORT_RUNS}) (firefox)`,
			value: median(runs.map(r => r.raw)), unit: 'ms', budget: null},
		{name: 'import 10,000 items over a raw IndexedDB put of the same rows (firefox)', value: median(runs.map(r => r.apply / r.raw)),
			unit: 'ratio', budget: 1.5},
	];
}
