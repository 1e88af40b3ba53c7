import browser from 'webextension-polyfill';

/**
 * The harvest window (`src/popup/index.html?tab=ID&view=harvest&grant=G`) reads the tab the background opened
 * it for. Release builds accept `tab` only with a grant the background stored in `storage.session` (extension
 * contexts only, gone when the browser closes): the parameter selects a tab, it never grants access to one;
 * the background still needs activeTab (the menu click gives it) or a host permission to read that tab.
 */
const KEY = 'harvestGrants';
const KEEP = 20;

type Grants = Record<string, number>;

async function grants(): Promise<Grants> {
	const stored = (await browser.storage.session.get(KEY))[KEY] as Grants | undefined;
	return stored && typeof stored === 'object' ? stored : {};
}

/** Background: a fresh grant for `tabId`, to put in the harvest window's URL. */
export async function grantTab(tabId: number): Promise<string> {
	const grant = crypto.randomUUID();
	const kept = Object.entries(await grants()).slice(-(KEEP - 1));
	await browser.storage.session.set({[KEY]: Object.fromEntries([...kept, [grant, tabId]])});
	return grant;
}

/** Extension page: the tab id `search` names, if the background granted exactly that tab under that grant. */
export async function grantedTab(search: string): Promise<number | undefined> {
	const params = new URLSearchParams(search);
	const tab = Number(params.get('tab'));
	const grant = params.get('grant');
	if (!grant || !Number.isInteger(tab) || tab <= 0) return undefined;
	return (await grants())[grant] === tab ? tab : undefined;
}
