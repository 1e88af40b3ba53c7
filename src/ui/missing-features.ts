/** Features some browsers lack (Firefox for Android: no context menus, keyboard commands, windows or side panel). */
export const FEATURES = ['contextMenus', 'commands', 'windows', 'sidePanel'] as const;
export type Feature = (typeof FEATURES)[number];

/** The namespaces that give each feature: the side panel is Chrome's `sidePanel` or Firefox's `sidebarAction`. */
const PROVIDERS: Record<Feature, string[]> = {
	contextMenus: ['contextMenus'], commands: ['commands'], windows: ['windows'],
	sidePanel: ['sidePanel', 'sidebarAction'],
};

/** The features `api` (the page's `browser`) does not have: Settings says so instead of offering them. */
export function missingFeatures(api: object): Feature[] {
	return FEATURES.filter(feature => !PROVIDERS[feature].some(name => (api as Record<string, unknown>)[name]));
}
