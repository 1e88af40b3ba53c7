import {expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {describeBrowsers} from './support/browsers.ts';
import {callApi as call, OPTIONS, waitUntil} from './support/driver.ts';
import {showcaseWorks} from './support/showcase-works.ts';

/** A reading list of works as a person keeps one: covers, a course under way, a book known only by its ISBN. */
describeBrowsers('the list shows works', ({driver, fixture}) => {
	test('rows show the cover (or the kind), people, kind, imprint, progress and topics; the README screenshots', async () => {
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		await options.waitFor('button.add-work-button');
		const works = showcaseWorks({url: fixture('article.html'), image: fixture('cover.svg')});
		for (const work of works) await call<Item>(options, 'saveItem', work);
		await options.waitForText('云原生模式');

		// Four rows: the book with a page shows its cover, the others their kind's icon; the course its progress.
		const rows = await options.evaluate(() => [...document.querySelectorAll('[role="row"][data-id]')].map(row => ({
			title: row.querySelector('.title')?.textContent,
			details: row.querySelector('.details')?.textContent,
			cover: Boolean(row.querySelector('.cover img')),
			progress: row.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? null,
			topics: [...row.querySelectorAll('.tag')].map(tag => tag.textContent),
		})));
		expect(rows).toHaveLength(4);
		const row = (title: string) => rows.find(found => found.title === title)!;
		expect(row('Kubernetes Patterns')).toMatchObject({cover: true, details: "Bilgin Ibryam, Roland Huß · Book · O'Reilly 2023"});
		expect(row('深入剖析 Kubernetes'))
			.toMatchObject({cover: false, progress: '27', topics: ['cloud-native', 'kubernetes']});
		expect(row('云原生模式')).toMatchObject({cover: false, details: 'Cornelia Davis · Book · 电子工业出版社 2020', progress: null});

		// The book without a page offers Find it links, made from its ISBN, in its menu.
		const unlinked = (await call<{items: Item[]}>(options, 'queryItems', {text: '云原生模式'})).items[0]!;
		expect(unlinked.url).toBeUndefined();
		await options.click(`[role="row"][data-id="${unlinked.id}"] button.menu-button`);
		await options.waitFor('[role="menu"]');
		const links = await options.evaluate(() =>
			[...document.querySelectorAll('[role="menu"] a')].map(a => (a as HTMLAnchorElement).href));
		expect(links.some(href => href.includes('9787121391972'))).toBe(true);
		// The menu took the focus, so Escape closes it (and gives the focus back to its button).
		expect(await options.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
		await options.press('Escape');
		await waitUntil(() => options.evaluate(() => !document.querySelector('[role="menu"]')), 'the menu closes on Escape');

		await options.setColorScheme('light');
		await options.screenshot('list-light');
		await options.setColorScheme('dark');
		await options.screenshot('list-dark');
		await options.close();
	});
});
