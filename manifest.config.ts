import {defineManifest} from '@crxjs/vite-plugin';
import pkg from './package.json' with {type: 'json'};
import {SYNC_DATA_COLLECTION} from './src/core/data-collection.ts';

export type Target = 'chrome' | 'firefox';
export const GECKO_ID = 'shelfmark@shelfmark.dev';
export const SIDE_PANEL = 'src/sidepanel/index.html';

/** Firefox's toolbar icon per theme: `light` is drawn light, for dark toolbars (scripts/make-icons.mjs). */
const THEME_ICONS = [16, 24, 32].map(size => ({light: `icons/light-${size}.png`, dark: `icons/dark-${size}.png`, size}));

/**
 * One manifest for both browsers (DESIGN §2, §6). Firefox wants an event page and a gecko id.
 * `extraHosts` is for e2e builds only: it lets tests open fixture pages without a user gesture.
 */
export function makeManifest(target: Target, extraHosts: string[] = []) {
	return defineManifest({
		manifest_version: 3,
		name: '__MSG_extName__',
		short_name: 'Shelfmark',
		description: '__MSG_extDescription__',
		version: pkg.version,
		default_locale: 'en',
		homepage_url: pkg.homepage,
		icons: {16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png'},
		action: {
			default_popup: 'src/popup/index.html',
			default_title: '__MSG_actionTitle__',
			// These have a light outline that reads on a dark toolbar; Firefox picks a variant per theme instead.
			default_icon: {16: 'icons/16.png', 24: 'icons/24.png', 32: 'icons/32.png'},
			...(target === 'firefox' ? {theme_icons: THEME_ICONS} : {}),
		},
		options_ui: {page: 'src/options/index.html', open_in_tab: true},
		// The list beside the page: Chrome's side panel, Firefox's sidebar (one page, src/sidepanel)
		...(target === 'firefox'
			? {sidebar_action: {
				default_panel: SIDE_PANEL, default_title: '__MSG_sidePanelTitle__', open_at_install: false,
				// Outlined: they read on dark too
				default_icon: {16: 'icons/16.png', 24: 'icons/24.png', 32: 'icons/32.png'},
			}}
			: {side_panel: {default_path: SIDE_PANEL}}),
		background: target === 'firefox'
			? {scripts: ['src/background/main.ts'], type: 'module'}
			: {service_worker: 'src/background/main.ts', type: 'module'},
		permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms',
			...(target === 'chrome' ? ['offscreen', 'sidePanel'] : [])],
		optional_permissions: ['tabs', 'bookmarks'],
		// Open Library is named on its own so "Fill in from Open Library" asks for that site only.
		optional_host_permissions: ['<all_urls>', 'https://openlibrary.org/*'],
		...(extraHosts.length > 0 ? {host_permissions: extraHosts} : {}),
		// Typing `sm` then a query in the address bar searches the list (src/background/omnibox.ts)
		omnibox: {keyword: 'sm'},
		commands: {
			_execute_action: {suggested_key: {default: 'Alt+Shift+S'}, description: '__MSG_commandOpenPopup__'},
			'save-page': {suggested_key: {default: 'Alt+Shift+D'}, description: '__MSG_commandSavePage__'},
			'open-side-panel': {suggested_key: {default: 'Alt+Shift+L'}, description: '__MSG_commandOpenSidePanel__'},
		},
		...(target === 'firefox'
			? {
				browser_specific_settings: {
					// Nothing leaves the browser unless the user turns sync on; then the list goes to the storage they
					// chose, and these are asked at that moment (src/ui/sync-permissions.ts, docs/store.md)
					gecko: {id: GECKO_ID, strict_min_version: '142.0',
						data_collection_permissions: {required: ['none'], optional: [...SYNC_DATA_COLLECTION]}},
					// Firefox for Android runs it too: what it lacks (menus, commands, sidebar, windows) is
					// feature-checked
					gecko_android: {strict_min_version: '142.0'},
				},
			}
			: {minimum_chrome_version: '123'}),
	} as Parameters<typeof defineManifest>[0]);
}
