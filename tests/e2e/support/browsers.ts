import {afterAll, beforeAll, describe} from 'vitest';
import type {UiLocale} from './chromium.ts';
import type {BrowserName, Driver} from './driver.ts';
import {chromiumDriver} from './driver-chromium.ts';
import {firefoxDriver} from './driver-firefox.ts';
import type {FirefoxPrefs} from './firefox.ts';
import {startFixtureServer, type FixtureServer} from './server.ts';

export const ALL_BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Browsers this run covers: `E2E_BROWSERS=chromium,firefox` (scripts/e2e.mjs sets one at a time). */
export function selectedBrowsers(): BrowserName[] {
	const wanted = (process.env.E2E_BROWSERS ?? ALL_BROWSERS.join(','))
		.split(',').map(name => name.trim()).filter(Boolean);
	const unknown = wanted.filter(name => !ALL_BROWSERS.includes(name as BrowserName));
	if (unknown.length > 0) throw new Error(`E2E_BROWSERS: unknown browser ${unknown.join(', ')}`);
	return wanted as BrowserName[];
}

/** What a journey gets: the driver for this browser and the fixture server. */
export type JourneyContext = {
	readonly driver: Driver;
	readonly server: FixtureServer;
	/** The http URL of a file in tests/fixtures/e2e. */
	fixture(file: string): string;
};

const launchers: Record<BrowserName, (locale?: UiLocale, prefs?: FirefoxPrefs) => Promise<Driver>> = {
	chromium: locale => chromiumDriver(locale), firefox: firefoxDriver,
};

/** Firefox as a phone's: a coarse pointer that cannot hover, as Firefox for Android reports to media queries. */
export const PHONE_PREFS: FirefoxPrefs = {'ui.primaryPointerCapabilities': 1, 'ui.allPointerCapabilities': 1};

/**
 * Declares `body`'s tests once per selected browser (or `only` that one), sharing one browser per file and browser.
 * A browser that cannot start fails every test of its block: e2e never skips.
 */
export function describeBrowsers(
	name: string, body: (context: JourneyContext) => void,
	{locale, only, prefs}: {locale?: UiLocale; only?: BrowserName; prefs?: FirefoxPrefs} = {},
): void {
	for (const browser of selectedBrowsers().filter(each => !only || each === only)) {
		describe(`${name} [${browser}]`, () => {
			let driver: Driver | undefined;
			let failure: unknown;
			let server: FixtureServer | undefined;
			// A launch failure is kept and thrown by every test, so a browser that cannot start fails each
			// test with its real error (a failing beforeAll would only mark them skipped).
			beforeAll(async () => {
				server = await startFixtureServer();
				driver = await launchers[browser](locale, prefs).catch((error: unknown) => {
					failure = error;
					return undefined;
				});
			});
			afterAll(async () => {
				await driver?.close();
				await server?.close();
			});
			const started = () => {
				if (driver) return driver;
				throw failure ?? new Error(`${browser} has not started`);
			};
			const serving = () => {
				if (!server) throw new Error('the fixture server did not start');
				return server;
			};
			// Delegates, so that specs may destructure the context before beforeAll has run.
			body({
				driver: {
					name: browser,
					extensionUrl: file => started().extensionUrl(file),
					open: async url => started().open(url),
					restart: async () => started().restart(),
					close: async () => started().close(),
				},
				server: {
					get origin() {
						return serving().origin;
					},
					url: file => serving().url(file),
					close: () => serving().close(),
				},
				fixture: file => serving().url(file),
			});
		});
	}
}
