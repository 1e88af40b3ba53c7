import {describe, expect, test} from 'vitest';
import {requireFiles} from '../../support/server-process.ts';

describe('the WebDAV servers of the sync tests', () => {
	test('a missing server binary fails the test, naming the Debian package to install', () => {
		expect(() => requireFiles(['/usr/sbin/nginx-that-is-not-there'], 'nginx-light libnginx-mod-http-dav-ext'))
			.toThrow('/usr/sbin/nginx-that-is-not-there not found: install it with `apt-get install --no-install-recommends nginx-light libnginx-mod-http-dav-ext`');
	});
});
