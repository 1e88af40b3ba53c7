import {rm} from 'node:fs/promises';
import {chromium, type BrowserContext, type Worker} from 'playwright-core';
import {e2eBuild, requireBinary, tempProfile, SITE_HOST} from './paths.ts';

/** Debian's chromium; the Debian wrapper script only adds a harmless shell warning, so skip it if present. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export type ChromiumSession = {
	context: BrowserContext;
	/** The extension's service worker. */
	sw: Worker;
	extensionId: string;
	/** The profile directory: pass it to `launchChromium` again to restart on the same profile. */
	profileDir: string;
	/** Closes the browser; removes the profile unless `keepProfile`. */
	close(options?: {keepProfile?: boolean}): Promise<void>;
};

export type LaunchOptions = {
	/** An existing profile to reuse (restart journeys); default a fresh temp directory. */
	profileDir?: string;
	/** The unpacked extension; default `dist/chrome-e2e`. */
	extensionDir?: string;
	colorScheme?: 'light' | 'dark';
	/** The browser's UI language, which the extension's messages follow (needs Debian's chromium-l10n for zh_CN). */
	locale?: UiLocale;
};

/** The UI languages Shelfmark ships. */
export type UiLocale = 'en' | 'zh_CN';

/** Launches Chromium headless with the extension loaded (TOOLCHAIN.md: new headless, no network chatter). */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
	const executablePath = requireBinary(CHROMIUM, 'chromium');
	const extensionDir = options.extensionDir ?? e2eBuild('chrome');
	const profileDir = options.profileDir ?? await tempProfile('chromium');
	const context = await chromium.launchPersistentContext(profileDir, {
		executablePath,
		headless: true,
		colorScheme: options.colorScheme ?? 'light',
		viewport: {width: 1000, height: 700},
		// Chromium on Linux takes its UI language from LANGUAGE; --lang sets what pages see
		...(options.locale === 'zh_CN' ? {env: {...process.env, LANGUAGE: 'zh_CN'}, locale: 'zh-CN'} : {}),
		args: [
			'--headless=new', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
			'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--disable-default-apps', `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1`,
		],
	});
	try {
		const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', {timeout: 15_000});
		const extensionId = new URL(sw.url()).host;
		return {
			context, sw, extensionId, profileDir,
			async close({keepProfile = false} = {}) {
				await context.close();
				if (!keepProfile) await rm(profileDir, {recursive: true, force: true});
			},
		};
	} catch (error) {
		await context.close();
		throw error;
	}
}
