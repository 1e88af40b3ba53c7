import {afterEach, describe, expect, test, vi} from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const event = (registered: Map<string, Listener[]>, name: string) => ({
	addListener: (listener: Listener) => registered.set(name, [...registered.get(name) ?? [], listener]),
	removeListener: () => {},
});

/** The APIs every browser Shelfmark runs on has, plus `extra` (what desktop browsers add). */
function browserWith(extra: Record<string, unknown>) {
	const registered = new Map<string, Listener[]>();
	const on = (name: string) => event(registered, name);
	const area = {get: async () => ({}), set: async () => {}, remove: async () => {}};
	const api = {
		runtime: {id: 'x', onMessage: on('runtime.onMessage'), onInstalled: on('runtime.onInstalled'),
			onStartup: on('runtime.onStartup'), getURL: (path: string) => `moz-extension://x/${path}`,
			getManifest: () => ({})},
		tabs: {onUpdated: on('tabs.onUpdated'), onActivated: on('tabs.onActivated'), query: async () => [],
			create: vi.fn(async () => ({}))},
		storage: {local: area, sync: area, session: area, onChanged: on('storage.onChanged')},
		permissions: {onAdded: on('permissions.onAdded'), onRemoved: on('permissions.onRemoved'),
			contains: async () => false},
		alarms: {onAlarm: on('alarms.onAlarm'), create: () => {}, clear: async () => true},
		i18n: {getMessage: (key: string) => key, getUILanguage: () => 'en'},
		...extra,
	};
	return {api, registered};
}

afterEach(() => {
	vi.resetModules();
	vi.doUnmock('webextension-polyfill');
	vi.unstubAllGlobals();
});

async function start(extra: Record<string, unknown>) {
	const {api, registered} = browserWith(extra);
	vi.resetModules();
	vi.doMock('webextension-polyfill', () => ({default: api}));
	vi.stubGlobal('__E2E__', false);
	await import('../../../src/background/main.ts');
	return {api, registered};
}

describe('the background starts in every browser (Firefox for Android has fewer APIs)', () => {
	test('without context menus, commands or windows: no exception, the rest is listening', async () => {
		const {registered} = await start({});
		expect(registered.get('runtime.onMessage')?.length).toBeGreaterThan(0);
		expect(registered.has('tabs.onUpdated')).toBe(true);
	});

	test('with them (desktop): menus are made on install, and the menu and the command are listened to', async () => {
		const menus = {onClicked: {addListener: vi.fn()}, removeAll: vi.fn(async () => {}), create: vi.fn()};
		const commands = {onCommand: {addListener: vi.fn()}};
		await start({contextMenus: menus, commands});
		expect(menus.onClicked.addListener).toHaveBeenCalledOnce();
		expect(commands.onCommand.addListener).toHaveBeenCalledOnce();
	});

	test('the harvest opens as a page where there are no windows', async () => {
		const {api} = browserWith({});
		vi.resetModules();
		vi.doMock('webextension-polyfill', () => ({default: api}));
		const {openHarvestWindow} = await import('../../../src/background/harvest-window.ts');
		expect(await openHarvestWindow({id: 7} as never)).toBeUndefined();
		expect(api.tabs.create).toHaveBeenCalledWith({url: expect.stringContaining('view=harvest&tab=7') as unknown});
	});

	test('the address bar keyword is listened to only where the browser has an omnibox', async () => {
		const omnibox = {onInputChanged: {addListener: vi.fn()}, onInputEntered: {addListener: vi.fn()}};
		await start({omnibox});
		expect(omnibox.onInputChanged.addListener).toHaveBeenCalledOnce();
		expect(omnibox.onInputEntered.addListener).toHaveBeenCalledOnce();
	});
});
