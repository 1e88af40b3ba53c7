import {expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {describeViolations, seriousViolations} from './support/axe.ts';
import {describeBrowsers} from './support/browsers.ts';
import {callApi as call, OPTIONS, waitUntil} from './support/driver.ts';

describeBrowsers('works on the options list', ({driver}) => {
	test('two items saved from different pages, selected, "Merge into one": one item remains with both links', async () => {
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		const douban = 'https://book.douban.com/subject/26859123/';
		const publisher = 'https://www.ptpress.com.cn/shopping/buy?bookId=cloud-native-patterns';
		const a = await call<Item>(options, 'saveItem', {
			url: douban, title: '云原生模式', kind: 'book', authors: ['Cornelia Davis'], topics: ['cloud-native'],
		});
		const b = await call<Item>(options, 'saveItem', {
			url: publisher, title: '云原生模式（中文版）', kind: 'book', authors: ['Cornelia Davis'],
		});
		expect(a.id).not.toBe(b.id);
		await options.reload();
		await options.waitForText('云原生模式（中文版）');

		await options.click('input[aria-label="Select 云原生模式"]');
		await options.click('input[aria-label="Select 云原生模式（中文版）"]');
		await options.clickText('Merge into one');
		await options.waitFor('[role="dialog"]');
		await options.waitForText(publisher); // The preview lists both links before anything is written
		await options.waitForText(douban);
		const inDialog = await seriousViolations(options);
		expect(inDialog, describeViolations(inDialog)).toEqual([]);
		expect((await call<{items: Item[]}>(options, 'queryItems', {})).items).toHaveLength(2);
		await options.click('[role="dialog"] button.primary');

		await waitUntil(
			async () => (await call<{items: Item[]}>(options, 'queryItems', {})).items.length === 1,
			'one item remains',
		);
		const [merged] = (await call<{items: Item[]}>(options, 'queryItems', {})).items;
		expect([merged!.url, ...merged!.aliases].sort()).toEqual([douban, publisher].sort());
		expect(merged!.id).toBe([a.id, b.id].sort()[0]);
		expect(merged!.topics).toEqual(['cloud-native']);
		await options.waitForText('Merged 2 items');
		await options.close();
	});

	test('update progress from the list: set a value from the row menu, then +1 on the row', async () => {
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		const course = await call<Item>(options, 'saveItem', {
			url: 'https://time.geekbang.org/column/intro/100020801', title: '深入剖析 Kubernetes 课程', kind: 'course', duration: {lessons: 52},
		});
		expect(course.status).toBe('want');
		await options.reload();
		await options.waitForText('深入剖析 Kubernetes 课程');

		await options.click('button[aria-label="Actions for 深入剖析 Kubernetes 课程"]');
		await options.waitFor('[role="menu"]');
		const withMenu = await seriousViolations(options); // Rows with covers, progress and the open menu
		expect(withMenu, describeViolations(withMenu)).toEqual([]);
		await options.clickText('Update progress…');
		await options.waitFor('[role="dialog"] input[name="done"]');
		await options.fill('[role="dialog"] input[name="done"]', '12');
		await options.click('[role="dialog"] button[type="submit"]');
		await waitUntil(
			async () => (await call<Item | null>(options, 'getItem', course.id))?.progress?.done === 12,
			'progress 12 is saved',
		);
		expect(await call<Item | null>(options, 'getItem', course.id))
			.toMatchObject({progress: {done: 12, total: 52, unit: 'lesson'}, status: 'reading'});
		await options.waitForText('12 of 52 lessons');

		await options.click('button.bump[aria-label="Add 1 lesson to the progress of 深入剖析 Kubernetes 课程"]');
		await waitUntil(
			async () => (await call<Item | null>(options, 'getItem', course.id))?.progress?.done === 13,
			'+1 makes it 13',
		);
		await options.waitForText('13 of 52 lessons');
		await options.close();
	});
});
