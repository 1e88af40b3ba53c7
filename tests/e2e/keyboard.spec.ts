import {afterAll, beforeAll, expect, test} from 'vitest';
import type {Item} from '../../src/core/types.ts';
import {describeViolations, seriousViolations} from './support/axe.ts';
import {describeBrowsers} from './support/browsers.ts';
import {callApi as call, type DriverPage, OPTIONS, POPUP, tabIdOf, waitUntil} from './support/driver.ts';
import {type SeedServer, serveSeedPost} from './support/seed-post.ts';

/** More works than a screen shows, so j has to scroll the virtualised grid. */
const COUNT = 40;
const title = (n: number) => `Keyboard work ${String(n).padStart(2, '0')}`;

/** Where the focus is: its role (or tag), its label, whether it shows a focus ring, and whether it is in view. */
function focused(page: DriverPage) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) {
			return {role: 'body', label: '', ring: false, inView: false, text: ''};
		}
		const box = element.getBoundingClientRect();
		const viewport = element.closest('.viewport')?.getBoundingClientRect() ?? {top: 0, bottom: innerHeight};
		return {
			role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
			label: element.getAttribute('aria-label') ?? '',
			ring: element.matches(':focus-visible') && getComputedStyle(element).outlineStyle !== 'none',
			inView: box.top >= viewport.top - 1 && box.bottom <= viewport.bottom + 1,
			text: element.querySelector('.title')?.textContent ?? '',
		};
	});
}

/** The seed post's canonical address: what harvested works name as their recommender. */
const POST_URL = 'https://jimmysong.io/posts/kubernetes-tutorial-recommendation/';

let seed: SeedServer | undefined;
beforeAll(async () => {
	seed = await serveSeedPost();
});
afterAll(async () => {
	await seed?.close();
});

describeBrowsers('keyboard', ({driver}) => {
	test('the list: j/k move the active row, x selects, e edits, / searches, t adds a topic, ? lists the keys', async () => {
		const options = await driver.open(driver.extensionUrl(OPTIONS));
		for (let n = 0; n < COUNT; n++) await call(options, 'saveItem', {title: title(n), kind: 'book'});
		await options.reload();
		await options.waitFor('[role="row"] .title');
		await options.waitForText(title(COUNT - 1)); // Newest first

		await options.press('j'); // From the page: the active row (the first) takes the focus, with a visible ring
		expect(await focused(options)).toMatchObject({role: 'row', text: title(COUNT - 1), ring: true, inView: true});
		for (let n = 0; n < 20; n++) await options.press('j');
		await waitUntil(async () => (await focused(options)).text === title(COUNT - 21), 'j moved 20 rows down');
		expect(await focused(options)).toMatchObject({role: 'row', ring: true, inView: true}); // Scrolled into view
		await options.press('k');
		await waitUntil(async () => (await focused(options)).text === title(COUNT - 20), 'k moved one row up');

		await options.press('x');
		await options.waitFor('section.bulk');
		expect(await options.text('section.bulk [role="status"]')).toBe('1 selected');
		expect(await options.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');

		await options.press('e');
		await options.waitFor('aside.editor textarea[name="title"]');
		const editing = await options.evaluate(() =>
			(document.querySelector('aside.editor textarea[name="title"]') as HTMLTextAreaElement).value);
		expect(editing).toBe(title(COUNT - 20));
		await options.press('Escape');
		await waitUntil(
			async () => !await options.evaluate(() => Boolean(document.querySelector('aside.editor'))),
			'Escape closed the editor',
		);

		const before = await focused(options);
		expect(before).toMatchObject({role: 'row', text: title(COUNT - 20)}); // Still on the row it edited
		await options.press('?');
		await options.waitFor('[role="dialog"] .keys-list');
		expect(await options.text('[role="dialog"] h2')).toBe('Keyboard shortcuts');
		await options.screenshot('keys-dialog');
		const violations = await seriousViolations(options);
		expect(violations, describeViolations(violations)).toEqual([]);
		expect(await focused(options)).toMatchObject({role: 'button', ring: true});
		await options.press('j'); // The dialog's, not the list's
		await options.press('Escape');
		await waitUntil(
			async () => !await options.evaluate(() => Boolean(document.querySelector('[role="dialog"]'))),
			'Escape closed the keys',
		);
		expect(await focused(options)).toMatchObject({role: before.role, text: before.text});
		// t opens the bulk bar's topic field for the selection
		await options.press('t');
		await waitUntil(
			() => options.evaluate(() => document.activeElement?.closest('.bulk-topic') !== null),
			't focused the topic field',
		);
		await options.type('keys');
		await options.press('Enter');
		await waitUntil(async () => {
			const {items} = await call<{items: Item[]}>(options, 'queryItems', {topics: ['keys'], limit: 100});
			return items.length === 1 && items[0]!.title === title(COUNT - 20);
		}, 'the topic went to the one selected work');

		// Last, as searching shows other rows: out of the field (Shift+Tab, onto a sidebar button), / focuses the
		// search box, where keys are typed
		await options.press('/');
		// Typed
		expect(await options.evaluate(() => document.activeElement?.closest('.bulk-topic') !== null)).toBe(true);
		await options.press('Shift+Tab');
		expect(await options.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
		await options.press('/');
		expect(await focused(options)).toMatchObject({role: 'input'});
		expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
		await options.type('x'); // Typed, not obeyed: still one selected
		expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('x');
		expect(await options.text('section.bulk [role="status"]')).toBe('1 selected');
		await options.press('Escape'); // Clears the search
		await options.press('Tab'); // Away from the box, onto a select: still typing there
		await options.press('j');
		expect(await options.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
		await options.close();
	});

	test('the popup checklist: Tab reaches every box, arrows move, Space ticks, Ctrl+Enter saves', async () => {
		const post = await driver.open(seed!.url);
		const popup = await driver.open(driver.extensionUrl(POPUP));
		const tabId = await tabIdOf(popup, seed!.url);
		await popup.setViewport(400, 600);
		await popup.goto(driver.extensionUrl(`${POPUP}?tab=${tabId}`));
		await popup.waitFor('.harvest-row', 15_000);
		const rows = await popup.evaluate(() => document.querySelectorAll('.harvest-row').length);
		expect(rows).toBeGreaterThanOrEqual(5);

		// Tab from the top reaches each row's box, every stop with a visible ring, then the save button and the
		// collapsed "Also save this post", which Enter opens.
		const boxes = new Set<string>();
		const visited: string[] = [];
		for (let n = 0; n < 150; n++) {
			await popup.press('Tab');
			const at = await popup.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				const box = element.matches('.harvest-row > input[type="checkbox"]') ? element.getAttribute('aria-label') : undefined;
				return {box, summary: element.matches('details.also-save > summary'), ring: element.matches(':focus-visible'),
					name: `${element.tagName}.${element.className}`};
			});
			expect(at.ring, `focus ring on ${at.name}`).toBe(true);
			visited.push(at.name);
			if (at.box) boxes.add(at.box);
			if (at.summary) break;
		}
		expect(boxes.size).toBe(rows);
		expect(visited.some(name => name.includes('harvest-save'))).toBe(true);
		expect(visited.at(-1)).toMatch(/^SUMMARY/);
		await popup.press('Enter');
		expect(await popup.evaluate(() => (document.querySelector('details.also-save') as HTMLDetailsElement).open))
			.toBe(true);
		await popup.press('Enter');
		expect(await popup.evaluate(() => (document.querySelector('details.also-save') as HTMLDetailsElement).open))
			.toBe(false);

		// Back to the first box by keys: Shift+Tab up the page until it has the focus
		const onFirstBox = () => popup.evaluate(() =>
			document.activeElement === document.querySelector('.harvest-row > input[type="checkbox"]'));
		for (let n = 0; n < 150 && !await onFirstBox(); n++) await popup.press('Shift+Tab');
		expect(await onFirstBox()).toBe(true);
		// Leave out the first and the third work: Space, Down, Down, Space
		await popup.press(' ');
		await popup.press('ArrowDown');
		await popup.press('ArrowDown');
		await popup.press(' ');
		const ticks = () => popup.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.harvest-row > input[type="checkbox"]')]
			.map(box => box.checked));
		expect((await ticks()).slice(0, 3)).toEqual([false, true, false]);
		// End goes to the last row, shown above the sticky save bar
		await popup.press('End');
		const last = await popup.evaluate(() => {
			const boxes = [...document.querySelectorAll('.harvest-row > input[type="checkbox"]')];
			const bar = document.querySelector('.harvest-actions')!.getBoundingClientRect();
			return {index: boxes.indexOf(document.activeElement!),
				bottom: document.activeElement!.getBoundingClientRect().bottom, bar: bar.top};
		});
		expect(last.index).toBe(rows - 1);
		expect(last.bottom).toBeLessThanOrEqual(last.bar);
		await popup.press('Home');
		expect(await onFirstBox()).toBe(true);

		await popup.press('Control+Enter');
		await popup.waitForText(`Saved: ${rows - 2} new, 0 merged.`, 15_000);
		expect(await ticks()).toEqual(Array.from({length: rows}, () => false));
		const {items} = await call<{items: Item[]}>(popup, 'queryItems', {recommendedBy: POST_URL, limit: 100});
		expect(items).toHaveLength(rows - 2);
		// Every row unticked after the save: "Saved" links and "Left out" badges keep their contrast
		const violations = await seriousViolations(popup);
		expect(violations, describeViolations(violations)).toEqual([]);
		await popup.screenshot('keys-harvest');
		await popup.close();
		await post.close();
	});
});
