import amazon from '../content/sites/amazon.ts?script';
import bilibili from '../content/sites/bilibili.ts?script';
import coursera from '../content/sites/coursera.ts?script';
import douban from '../content/sites/douban.ts?script';
import edx from '../content/sites/edx.ts?script';
import geekbang from '../content/sites/geekbang.ts?script';
import github from '../content/sites/github.ts?script';
import icourse163 from '../content/sites/icourse163.ts?script';
import jd from '../content/sites/jd.ts?script';
import lowCountries from '../content/sites/low-countries.ts?script';
import manning from '../content/sites/manning.ts?script';
import oreilly from '../content/sites/oreilly.ts?script';
import udemy from '../content/sites/udemy.ts?script';
import youtube from '../content/sites/youtube.ts?script';
import {httpUrl} from '../core/url.ts';
import {SITES} from '../extract/sites/index.ts';

/** The injected script of each site adapter (src/content/sites), by adapter name. */
export const SITE_SCRIPTS: Record<string, string> = {
	amazon, bilibili, coursera, douban, edx, geekbang, github, icourse163, jd, manning, oreilly, udemy, youtube,
	'low-countries': lowCountries,
};

/** The adapter script to inject before the extractor on this page, if a site adapter knows it. */
export function siteScriptFor(pageUrl: string): string | undefined {
	const url = httpUrl(pageUrl);
	const site = url && SITES.find(s => s.test.test(url.hostname + url.pathname));
	return site && SITE_SCRIPTS[site.name];
}
