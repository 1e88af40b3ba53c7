import type {SaveInput} from '../core/save.ts';
import {patchFromMetadata} from '../core/metadata-patch.ts';
import type {Item, Kind, Status} from '../core/types.ts';
import {httpUrl, urlKey} from '../core/url.ts';
import type {TabInspection} from '../shared/messages.ts';
import {type FormValues, fillValues, newWorkFields, patchBetween, readValues, valuesOf} from '../ui/form/work-values.ts';

/** What the popup's form holds: every field of the shared item form. */
export type Draft = FormValues;

/** The settings a new item starts from. */
export type Defaults = {defaultStatus: Status; defaultKind: Kind | null};

type Tab = {url: string; title: string};

/** What the page gives: its reading, else the tab's address and title; nothing when the tab is not a web page. */
function pageWork(inspection: TabInspection, tab: Tab): (SaveInput & {url: string}) | undefined {
	if (inspection.metadata) return patchFromMetadata(inspection.metadata);
	return httpUrl(tab.url) ? {url: tab.url, title: tab.title || tab.url} : undefined;
}

/** The page's address, and the tab's when it differs (a redirect, a canonical URL): both become links of the work. */
function pageLinks(page: {url: string} | undefined, tab: Tab): string[] {
	if (!page) return [];
	return httpUrl(tab.url) && urlKey(tab.url) !== urlKey(page.url) ? [page.url, tab.url] : [page.url];
}

/** The tab is a web page the popup can save (not chrome://, the store, a blank tab): else a work is added by hand. */
export const savesPage = (inspection: TabInspection, tab: Tab) => Boolean(pageWork(inspection, tab));

/**
 * What the form opens with: the saved item when there is one (its empty fields filled from the page, this page's
 * address added to its links), else what the page says, else an empty work to fill in by hand.
 */
export function initialDraft(inspection: TabInspection, tab: Tab,
	defaults: Defaults = {defaultStatus: 'want', defaultKind: null}): Draft {
	const page = pageWork(inspection, tab);
	const links = pageLinks(page, tab);
	const {existing} = inspection;
	const start = existing ? {} : {kind: defaults.defaultKind ?? page?.kind ?? 'other', status: defaults.defaultStatus};
	const fromPage = page && valuesOf({...page, ...start, url: links[0], aliases: links.slice(1)} as Partial<Item>);
	if (existing) return fromPage ? fillValues(valuesOf(existing), fromPage) : valuesOf(existing);
	return fromPage ?? valuesOf({}, start);
}

/**
 * The save request for the form. An update sends only what differs from the saved item (the page's gaps the form
 * filled, the user's edits, this page's address as another link); a new work sends the form's non-empty fields and
 * the page's description, which the form does not show.
 */
export function toSaveInput(inspection: TabInspection, tab: Tab, draft: Draft): SaveInput {
	const {fields} = readValues(draft);
	const {existing} = inspection;
	if (existing) {
		return {...patchBetween(readValues(valuesOf(existing)).fields, fields), title: fields.title, id: existing.id};
	}
	const description = inspection.metadata?.description;
	return {...(description ? {description} : {}), ...newWorkFields(fields)};
}
