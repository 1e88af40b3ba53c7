import {describe, expect, test} from 'vitest';
import {makeManifest} from '../../../manifest.config.ts';
import {SYNC_DATA_COLLECTION, asksNothing, syncPermissions} from '../../../src/core/data-collection.ts';

/** The manifest each build writes (crxjs's defineManifest hands back the object, or a function making it). */
async function built(target: 'chrome' | 'firefox') {
	const manifest = makeManifest(target) as unknown;
	return (typeof manifest === 'function'
		? await (manifest as (env: object) => unknown)({})
		: manifest) as Record<string, unknown>;
}

describe("Firefox's data-collection declaration (issue 18)", () => {
	test('Firefox declares no required collection and, as optional, exactly what sync sends; Chrome declares none', async () => {
		const firefox = await built('firefox');
		expect(firefox.browser_specific_settings).toMatchObject({gecko: {data_collection_permissions: {
			required: ['none'], optional: [...SYNC_DATA_COLLECTION],
		}}});
		expect(JSON.stringify(await built('chrome'))).not.toContain('data_collection');
	});

	test('turning sync on asks for the origin and, in Firefox only, the declared categories', async () => {
		const firefox = await built('firefox');
		const chrome = await built('chrome');
		expect(syncPermissions(firefox, ['https://dav.example/*'])).toEqual({origins: ['https://dav.example/*'], data_collection: ['bookmarksInfo', 'websiteContent']});
		expect(syncPermissions(firefox, []))
			.toEqual({data_collection: ['bookmarksInfo', 'websiteContent']}); // Browser sync leaves too
		expect(syncPermissions(chrome, ['https://dav.example/*'])).toEqual({origins: ['https://dav.example/*']});
		expect(asksNothing(syncPermissions(chrome, []))).toBe(true);
	});

	test('a category the manifest does not declare is never asked for', () => {
		const manifest = {browser_specific_settings: {gecko: {data_collection_permissions: {
			optional: ['websiteContent', 'locationInfo'],
		}}}};
		expect(syncPermissions(manifest, [])).toEqual({data_collection: ['websiteContent']});
	});
});
