import {rm} from 'node:fs/promises';
import puppeteer, {type Browser} from 'puppeteer-core';
import type {UiLocale} from './chromium.ts';
import {e2eBuild, requireBinary, tempProfile, SITE_HOST} from './paths.ts';
import {SYNC_DATA_COLLECTION} from '../../../src/core/data-collection.ts';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** Must match `GECKO_ID` in manifest.config.ts (kept literal: that file imports package.json and crxjs). */
export const GECKO_ID = 'shelfmark@shelfmark.dev';
/** A fixed moz-extension host, so tests can build extension URLs before the add-on starts. */
export const FIXED_UUID = '5e1f0a2b-7c3d-4e5f-8a9b-0c1d2e3f4a5b';

export type FirefoxSession = {
	browser: Browser;
	uuid: string;
	/** The profile directory: pass it to `launchFirefox` again to restart on the same profile. */
	profileDir: string;
	/** Closes the browser; removes the profile unless `keepProfile`. */
	close(options?: {keepProfile?: boolean}): Promise<void>;
};

export type LaunchOptions = {
	/** An existing profile to reuse (restart journeys); default a fresh temp directory. */
	profileDir?: string;
	/** The unpacked extension; default `dist/firefox-e2e`. */
	extensionDir?: string;
	/** The browser's UI language, which the extension's messages follow (needs Debian's firefox-esr-l10n-zh-cn). */
	locale?: UiLocale;
	/** More prefs for this launch (benches: the event page's idle timeout). */
	prefs?: FirefoxPrefs;
};

/** Firefox asks for zh-CN; its language pack comes from the system's extensions folder. */
const LOCALE_PREFS: Record<UiLocale, Record<string, string | number | boolean>> = {
	en: {},
	zh_CN: {'intl.locale.requested': 'zh-CN', 'extensions.autoDisableScopes': 0, 'intl.accept_languages': 'zh-CN'},
};

const PREFS = {
	'extensions.webextensions.uuids': JSON.stringify({[GECKO_ID]: FIXED_UUID}),
	// BiDi installs the add-on temporarily: it is uninstalled at shutdown and installed again on the next
	// launch. These keep its IndexedDB and UUID across that, as a restart keeps a normal add-on's data.
	'extensions.webextensions.keepStorageOnUninstall': true,
	'extensions.webextensions.keepUuidOnUninstall': true,
	'datareporting.policy.dataSubmissionEnabled': false,
	'browser.shell.checkDefaultBrowser': false,
	// The fixture server answers for a site with an adapter (metadata.spec.ts), over plain http.
	'network.dns.localDomains': SITE_HOST,
	'dom.security.https_first': false,
};

/** Prefs a launch adds to the profile's. */
export type FirefoxPrefs = Record<string, string | number | boolean>;

/** Launches Firefox ESR headless over WebDriver BiDi (no geckodriver) and installs the extension. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxSession> {
	const executablePath = requireBinary(FIREFOX, 'firefox-esr');
	const extensionDir = options.extensionDir ?? e2eBuild('firefox');
	const profileDir = options.profileDir ?? await tempProfile('firefox');
	const browser = await puppeteer.launch({
		browser: 'firefox', executablePath, headless: true, userDataDir: profileDir,
		args: ['--remote-allow-system-access'],
		extraPrefsFirefox: {...PREFS, ...LOCALE_PREFS[options.locale ?? 'en'], ...options.prefs},
		defaultViewport: {width: 1000, height: 700},
	});
	try {
		await browser.installExtension(extensionDir);
		await consentToSyncData(browser);
		return {
			browser, uuid: FIXED_UUID, profileDir,
			async close({keepProfile = false} = {}) {
				await browser.close();
				if (!keepProfile) await rm(profileDir, {recursive: true, force: true});
			},
		};
	} catch (error) {
		await browser.close();
		throw error;
	}
}

type BidiConnection = {
	send(method: string, params: object): Promise<{
		result: {contexts?: {context: string}[]; type?: string; result?: {value?: unknown}};
	}>;
};

/**
 * Runs `expression` in the browser's chrome scope (the window `--remote-allow-system-access` opens to BiDi), where
 * Services and XPCOM are reachable; returns the value of its result (awaited when it is a promise).
 */
export async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
	const connection = (browser as unknown as {connection: BidiConnection}).connection;
	const tree = await connection.send('browsingContext.getTree', {'moz:scope': 'chrome', maxDepth: 0});
	const context = tree.result.contexts?.[0]?.context;
	if (!context) throw new Error('Firefox exposed no chrome window to BiDi');
	const {result} = await connection.send('script.evaluate', {expression, target: {context}, awaitPromise: true});
	if (result.type !== 'success') throw new Error(`chrome-scope script failed: ${JSON.stringify(result)}`);
	return result.result?.value;
}

/**
 * Sets an integer pref in the running browser. Puppeteer's own media emulation needs CDP, which Firefox no longer
 * has, so the colour scheme goes through `layout.css.prefers-color-scheme.content-override`.
 */
export async function setIntPref(browser: Browser, name: string, value: number): Promise<void> {
	await evaluateInChrome(browser, `Services.prefs.setIntPref(${JSON.stringify(name)}, ${Number(value)})`);
}

/**
 * Gives the consent that turning sync on asks for (core/data-collection.ts), as the user does in the setup prompt
 * or in about:addons: tests configure sync through the background, with no click to prompt from.
 */
async function consentToSyncData(browser: Browser): Promise<void> {
	await evaluateInChrome(browser, `(async () => {
		const {ExtensionPermissions} = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
		const id = ${JSON.stringify(GECKO_ID)};
		const data = ${JSON.stringify(SYNC_DATA_COLLECTION)};
		await ExtensionPermissions.add(id, {permissions: [], origins: [], data_collection: data}, WebExtensionPolicy.getByID(id).extension);
	})()`);
}
