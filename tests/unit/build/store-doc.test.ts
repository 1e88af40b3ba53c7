import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {makeManifest} from '../../../manifest.config.ts';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/store.md'), 'utf8');
type Permissions = {permissions: string[]; optional_permissions: string[]; optional_host_permissions: string[]};

describe('docs/store.md keeps up with the manifest (issue 18)', () => {
	test.each(['chrome', 'firefox'] as const)('every permission %s asks for has its reason in the table', target => {
		const manifest = makeManifest(target) as unknown as Permissions;
		const named = [...manifest.permissions, ...manifest.optional_permissions,
			...manifest.optional_host_permissions];
		for (const permission of named) {
			expect(doc, `${permission} is not justified in docs/store.md`)
				.toMatch(new RegExp(`^\\| (optional (host )?)?\`${permission.replace(/[*.]/g, '\\$&')}\``, 'm'));
		}
	});
});
