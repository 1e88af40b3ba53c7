import {expect, test} from 'vitest';
import type {TopicCount} from '../../src/core/query.ts';
import type {Item} from '../../src/core/types.ts';
import {describeViolations, seriousViolations} from './support/axe.ts';
import {describeBrowsers} from './support/browsers.ts';
import {chooseFile} from './support/choose-file.ts';
import {callApi as call, type DriverPage, OPTIONS} from './support/driver.ts';

/** A browser's bookmarks export with a "Cloud Native" folder of two links. */
const BOOKMARKS = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p>
<DT><H3>Cloud Native</H3>
<DL><p>
<DT><A HREF="https://books.example/service-mesh">The Service Mesh Book</A>
<DT><A HREF="https://books.example/operators">Operators in Practice</A>
</DL><p>
</DL><p>
`;

async function expectNoSeriousViolations(page: DriverPage) {
	const violations = await seriousViolations(page);
	expect(violations, describeViolations(violations)).toEqual([]);
}

describeBrowsers('topics spelled two ways', ({driver}) => {
	test('an imported "Cloud Native" folder lands as cloud-native; two spellings in the list merge with one click', async () => {
		const page = await driver.open(driver.extensionUrl(OPTIONS));
		await page.waitFor('nav.sidebar');
		await call(page, 'saveItem', {url: 'https://books.example/k8s', title: 'Kubernetes in Action', topics: ['cloud-native', 'kubernetes']});
		await call(page, 'saveItem', {url: 'https://books.example/ml', title: 'Hands-On ML', topics: ['Machine-Learning']});
		await call(page, 'saveItem', {url: 'https://books.example/dl', title: 'Deep Learning', topics: ['machine learning']});
		await page.reload();
		await page.waitFor('nav.sidebar');

		await page.clickText('Import & export');
		await page.waitFor('input[type="file"]');
		await chooseFile(page, 'bookmarks.html', BOOKMARKS);
		await page.waitForText('“cloud native” (2 items) looks like your topic “cloud-native”.');
		await expectNoSeriousViolations(page);
		await page.screenshot('import-topic-hint');
		await page.clickText('Use “cloud-native”');
		await page.waitForText('“cloud native” will be imported as “cloud-native”.');
		await page.waitForText('2 records: 2 new');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep “cloud native”');
		await page.clickText('Import 2 items');
		await page.waitFor('.import-done');
		const {items} = await call<{items: Item[]}>(page, 'queryItems', {});
		expect(items.find(item => item.title === 'Operators in Practice')!.topics).toEqual(['cloud-native']);
		expect((await call<TopicCount[]>(page, 'listTopics')).find(topic => topic.name === 'cloud-native')!.count)
			.toBe(3);

		await page.clickText('Topics');
		await page.waitForText('machine-learning (1) and machine learning (1) look like the same topic.');
		await expectNoSeriousViolations(page);
		await page.screenshot('topic-variants');
		await page.clickText('Merge into machine-learning');
		await page.waitForText('Merged the spellings into “machine-learning” on 1 item.');
		const topics = await call<TopicCount[]>(page, 'listTopics');
		expect(topics.filter(topic => topic.name.startsWith('machine')))
			.toEqual([{name: 'machine-learning', count: 2}]);
		expect(topics.map(topic => topic.name)).not.toContain('cloud native');

		// The toast's Undo puts each spelling back where it was.
		await page.clickText('Undo');
		await page.waitForText('Put the earlier spellings back on 1 item.');
		const undone = await call<TopicCount[]>(page, 'listTopics');
		expect(undone.filter(topic => topic.name.startsWith('machine'))).toEqual([
			{name: 'machine learning', count: 1}, {name: 'machine-learning', count: 1},
		]);
		await page.close();
	});
});

describeBrowsers('topics spelled two ways, in Chinese', ({driver}) => {
	test('the topic manager names the spellings in Chinese', async () => {
		const page = await driver.open(driver.extensionUrl(OPTIONS));
		await page.waitFor('nav.sidebar');
		await call(page, 'saveItem', {url: 'https://books.example/a', title: '云原生模式', topics: ['cloud-native', '云原生']});
		await call(page, 'saveItem', {url: 'https://books.example/b', title: '深入剖析', topics: ['Cloud Native', '云 原生']});
		await page.reload();
		await page.waitFor('nav.sidebar');
		await page.clickText('主题');
		await page.waitForText('可能是同一个主题');
		const groups = await page.evaluate(() =>
			[...document.querySelectorAll('.topic-variant > span:first-child')].map(span => span.textContent));
		expect(groups).toEqual(['cloud-native (1)和cloud native (1) 看起来是同一个主题。', '云 原生 (1)和云原生 (1) 看起来是同一个主题。']);
		await expectNoSeriousViolations(page);
		await page.clickText('合并为 cloud-native');
		await page.waitForText('已在 1 个条目上把这些写法合并为“cloud-native”。');
		await page.close();
	});
}, {locale: 'zh_CN'});
