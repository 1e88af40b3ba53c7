import {expect, test} from 'vitest';
import {grantTab, grantedTab} from '../../../src/shared/harvest-grants.ts';

test('the harvest window may name only the tab the background granted it, under that grant', async () => {
	const grant = await grantTab(42);
	expect(await grantedTab(`?view=harvest&tab=42&grant=${grant}`)).toBe(42);
	expect(await grantedTab(`?view=harvest&tab=43&grant=${grant}`)).toBeUndefined();
	expect(await grantedTab('?view=harvest&tab=42&grant=guessed')).toBeUndefined();
	expect(await grantedTab('?view=harvest&tab=42')).toBeUndefined();
});

test('old grants are dropped after twenty newer ones', async () => {
	const first = await grantTab(1);
	for (let i = 0; i < 20; i++) await grantTab(100 + i);
	expect(await grantedTab(`?tab=1&grant=${first}`)).toBeUndefined();
});
