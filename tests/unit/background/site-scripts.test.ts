import {describe, expect, test} from 'vitest';
import {SITE_SCRIPTS, siteScriptFor} from '../../../src/background/site-scripts.ts';
import {injectedSites, registerSite} from '../../../src/content/site-registry.ts';
import {SITES} from '../../../src/extract/sites/index.ts';

describe('site adapters travel in their own scripts', () => {
	test('every adapter has a script, and a page of its site gets it', () => {
		for (const site of SITES) expect(SITE_SCRIPTS[site.name], site.name).toMatch(/^src\/content\/sites\/[\w-]+\.js$/);
		expect(siteScriptFor('https://book.douban.com/subject/1/')).toBe('src/content/sites/douban.js');
		expect(siteScriptFor('https://www.udemy.com/course/rust/')).toBe('src/content/sites/udemy.js');
		expect(siteScriptFor('https://www.stripinfo.be/reeks/strip/1_Titel')).toBe('src/content/sites/low-countries.js');
		expect(siteScriptFor('https://example.org/post')).toBeUndefined();
		expect(siteScriptFor('chrome://settings')).toBeUndefined();
	});
	test('an injected script registers its adapters once, however often it runs', async () => {
		await import('../../../src/content/sites/udemy.ts');
		registerSite(SITES.find(s => s.name === 'udemy')!);
		expect(injectedSites().map(s => s.name)).toEqual(['udemy']);
	});
});
