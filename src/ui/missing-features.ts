/** Features some browsers lack (Firefox for Android: no context menus, keyboard commands or windows). */
export const FEATURES = ['contextMenus', 'commands', 'windows'] as const;
export type Feature = (typeof FEATURES)[number];

/** The features `api` (the page's `browser`) does not have: Settings says so instead of offering them. */
export function missingFeatures(api: object): Feature[] {
	return FEATURES.filter(feature => !(api as Partial<Record<Feature, unknown>>)[feature]);
}
