import {describe, expect, test} from 'vitest';
import {makeManifest} from '../../../manifest.config.ts';
import {OPEN_LIBRARY_ORIGIN} from '../../../src/formats/open-library.ts';

describe('Open Library permission', () => {
	test.each(['chrome', 'firefox'] as const)('%s: optional, asked for on click, never granted at install', target => {
		const manifest = makeManifest(target) as {optional_host_permissions?: string[]; host_permissions?: string[]};
		expect(manifest.optional_host_permissions).toContain(OPEN_LIBRARY_ORIGIN);
		expect(OPEN_LIBRARY_ORIGIN).toBe('https://openlibrary.org/*');
		expect(manifest.host_permissions ?? []).not.toContain(OPEN_LIBRARY_ORIGIN);
	});
});
