import browser, {type Runtime} from 'webextension-polyfill';
import detectorFile from '../content/detect-script.ts?script';
import type {DetectApi, WireRequest} from '../shared/messages.ts';
import {isExtensionPage, serve} from '../shared/rpc.ts';
import {getSettings} from '../shared/settings.ts';
import {t} from '../ui/i18n.ts';
import {showSaved} from './badge.ts';
import {captureTab} from './capture.ts';
import {getItemService} from './service.ts';

/** The id of the dynamically registered detector (DESIGN §4: opt-in, asked for at the moment of use). */
export const DETECT_SCRIPT_ID = 'shelfmark-detect';
/** The optional host permission the settings toggle asks for. */
export const DETECT_PERMISSION = {origins: ['<all_urls>']};
const MATCHES = ['http://*/*', 'https://*/*'];

type Kind = Parameters<DetectApi['pageDetected']>[0]['kind'];
const HINTS: Record<Kind, {text: string; title: 'detectHintBook' | 'detectHintCourse'}> = {
	book: {text: '📖', title: 'detectHintBook'},
	course: {text: '🎓', title: 'detectHintCourse'},
};

async function registered(): Promise<boolean> {
	return (await browser.scripting.getRegisteredContentScripts({ids: [DETECT_SCRIPT_ID]})).length > 0;
}

async function register(): Promise<void> {
	await browser.scripting.registerContentScripts([
		{
			id: DETECT_SCRIPT_ID, js: [detectorFile], matches: MATCHES, runAt: 'document_idle', allFrames: false,
			persistAcrossSessions: true,
		},
	]);
}

/** Registers the detector when the setting is on and the permission granted, unregisters it otherwise. */
async function reconcile(): Promise<boolean> {
	const [settings, granted, present] = await Promise.all([
		getSettings(), browser.permissions.contains(DETECT_PERMISSION), registered(),
	]);
	const wanted = settings.autoDetect && granted;
	if (wanted && !present) {
		await register();
	} else if (!wanted && present) {
		await browser.scripting.unregisterContentScripts({ids: [DETECT_SCRIPT_ID]});
	}
	return wanted;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * One reconcile at a time: a settings change and a permission event arrive together,
 * and a second register would fail.
 */
export function syncDetection(): Promise<boolean> {
	const next = queue.then(reconcile, reconcile);
	queue = next.catch(() => undefined);
	return next;
}

/**
 * ✓ when the page (or its book, by ISBN) is saved; else the kind hint.
 * The full extractor runs only here, on a likely page.
 */
export async function onPageDetected(tabId: number, url: string, kind: Kind): Promise<void> {
	const items = await getItemService();
	let existing = await items.find(url);
	if (!existing) {
		const metadata = await captureTab(tabId, url).catch(() => null); // Navigated away, or not scriptable after all
		if (metadata) existing = await items.find(metadata.url, metadata.isbn);
	}
	if (existing && !existing.deletedAt) {
		await showSaved(tabId, true);
		await browser.action.setTitle({tabId, title: t('detectHintSaved')}).catch(() => undefined);
		return;
	}
	try {
		await browser.action.setBadgeText({tabId, text: HINTS[kind].text});
		await browser.action.setBadgeBackgroundColor({tabId, color: '#5b6470'});
		await browser.action.setTitle({tabId, title: t(HINTS[kind].title)});
	} catch {
		// The tab closed in the meantime
	}
}

function detectRequest(message: unknown): {kind: Kind; url: string} | undefined {
	const request = message as Partial<WireRequest> | null;
	if (request?.channel !== 'detect' || request.method !== 'pageDetected'
		|| !Array.isArray(request.args)) return undefined;
	const page = request.args[0] as {kind?: unknown; url?: unknown} | undefined;
	return (page?.kind === 'book' || page?.kind === 'course') && typeof page.url === 'string'
		? {kind: page.kind, url: page.url}
		: undefined;
}

/** Only our own content script, in a tab's top frame, may report a page; what it says only sets that tab's badge. */
function fromOwnDetector(sender: Runtime.MessageSender): sender is Runtime.MessageSender & {tab: {id: number}} {
	return sender.id === browser.runtime.id && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0;
}

/** Listeners for detection; call synchronously at the top level of the background. */
export function registerDetectListeners(logError: (error: unknown) => void): void {
	browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
		const page = detectRequest(message);
		if (!page || !fromOwnDetector(sender)) return undefined;
		// The tab's own URL when visible (it is, with the host permission); the script's report otherwise.
		return onPageDetected(sender.tab.id, sender.tab.url ?? page.url, page.kind)
			.then(() => ({ok: true, value: undefined}), (error: unknown) => {
				logError(error);
				return {ok: true, value: undefined};
			});
	});
	const sync = () => void syncDetection().catch(logError);
	browser.storage.onChanged.addListener((changes, area) => {
		if (area === 'sync' && 'settings' in changes) sync();
	});
	browser.permissions.onAdded.addListener(sync);
	browser.permissions.onRemoved.addListener(sync);
	browser.runtime.onStartup.addListener(sync);
	browser.runtime.onInstalled.addListener(sync);
	// Headless Chromium cannot answer the `<all_urls>` prompt: e2e builds (which hold the fixture hosts) may register
	// the detector as a granted permission would. Release builds drop this.
	if (__E2E__) {
		serve('e2e', {
			registerDetector: async () => {
				if (!await registered()) await register();
				return registered();
			},
		}, isExtensionPage);
	}
}
