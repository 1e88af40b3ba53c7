import {messages} from '../../src/shared/i18n/index.ts';

type Listener = (changes: Record<string, {oldValue?: unknown; newValue?: unknown}>, area: string) => void;

function storageArea(area: string, listeners: Set<Listener>) {
	let data: Record<string, unknown> = {};
	return {
		async get(keys?: string | string[] | Record<string, unknown> | null) {
			if (keys == null) return structuredClone(data);
			const wanted = typeof keys === 'string'
				? {[keys]: undefined}
				: Array.isArray(keys) ? Object.fromEntries(keys.map(k => [k, undefined])) : keys;
			return Object.fromEntries(Object.entries(wanted).flatMap(([k, fallback]) => (k in data
				? [[k, structuredClone(data[k])]]
				: fallback === undefined ? [] : [[k, fallback]])));
		},
		async set(items: Record<string, unknown>) {
			const changes = Object.fromEntries(Object.entries(items)
				.map(([k, v]) => [k, {oldValue: data[k], newValue: structuredClone(v)}]));
			data = {...data, ...structuredClone(items)};
			for (const listener of listeners) listener(changes, area);
		},
		async remove(keys: string | string[]) {
			for (const key of [keys].flat()) delete data[key];
		},
		async clear() {
			data = {};
		},
	};
}

/** An in-memory stand-in for the parts of `browser` that unit tests touch. English strings, like an en browser. */
export function createFakeBrowser() {
	const listeners = new Set<Listener>();
	return {
		i18n: {
			getMessage: (key: string, subs: string[] = []) =>
				messages[key]?.en.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '',
			getUILanguage: () => 'en',
		},
		runtime: {
			id: 'test-extension',
			getURL: (path: string) => `chrome-extension://test-extension/${path.replace(/^\//, '')}`,
			getManifest: () => ({options_ui: {page: 'src/options/index.html'}}),
			onMessage: {addListener() {}, removeListener() {}},
			sendMessage: async () => undefined,
			openOptionsPage: async () => undefined,
		},
		storage: {
			local: storageArea('local', listeners),
			sync: storageArea('sync', listeners),
			session: storageArea('session', listeners),
			onChanged: {
				addListener: (l: Listener) => listeners.add(l),
				removeListener: (l: Listener) => listeners.delete(l),
			},
		},
		permissions: {contains: async () => false, request: async () => false},
		tabs: {query: async () => [], sendMessage: async () => undefined, create: async () => ({})},
	};
}
