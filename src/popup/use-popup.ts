import {useCallback, useEffect, useState} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import type {BackgroundApi, TabInspection} from '../shared/messages.ts';
import {fillValues, readValues, valuesOf} from '../ui/form/work-values.ts';
import type {CurrentTab} from './current-tab.ts';
import {type Defaults, type Draft, initialDraft, toSaveInput} from './draft.ts';
import {type SameWork, sameWork} from './same-work.ts';

export type PopupState =
	| {phase: 'loading'}
	| {phase: 'no-tab'}
	| {
		phase: 'ready' | 'saving' | 'saved'; tab: CurrentTab; inspection: TabInspection; draft: Draft; saved?: Item;
		updated?: boolean; error?: unknown;
		/**
		 * How the saved item matched: this page, or another page of the same work (by ISBN)
		 * that saving adds as a link.
		 */
		match: SameWork;
		/** A save was tried with fields that need correcting: the form shows every error. */
		submitted?: boolean;
	};

/** The match between the inspected page and the item found for it. */
export function matchOf(inspection: TabInspection, tab: CurrentTab): SameWork {
	return sameWork(inspection.existing, [inspection.metadata?.url ?? '', tab.url], inspection.metadata?.isbn);
}

/** Loads the current tab's reading and the saved item, holds the draft, and saves it. */
export function usePopup(api: BackgroundApi, loadTab: () => Promise<CurrentTab | undefined>,
	loadDefaults: () => Promise<Defaults>) {
	const [state, setState] = useState<PopupState>({phase: 'loading'});

	useEffect(() => {
		void (async () => {
			const [tab, defaults] = await Promise.all([loadTab(), loadDefaults()]);
			if (!tab) return setState({phase: 'no-tab'});
			const inspection = await api.inspectTab(tab.id, tab).catch((): TabInspection =>
				({tabId: tab.id, metadata: null, existing: null, blocked: 'EXTRACT_FAILED'}));
			setState({phase: 'ready', tab, inspection, draft: initialDraft(inspection, tab, defaults),
				match: matchOf(inspection, tab)});
		})();
	}, [api, loadTab, loadDefaults]);

	/** Takes the new values, or a function of the latest ones (a lookup that answers after more typing). */
	const edit = useCallback((update: Draft | ((draft: Draft) => Draft)) => {
		setState(current => (current.phase === 'loading' || current.phase === 'no-tab' ? current
			: {...current, phase: current.phase === 'saving' ? 'saving' : 'ready',
				draft: typeof update === 'function' ? update(current.draft) : update}));
	}, []);

	const save = useCallback(async () => {
		if (state.phase !== 'ready' && state.phase !== 'saved') return;
		const {tab, inspection, draft} = state;
		const {fields, errors} = readValues(draft);
		if (errors.length > 0) return setState({...state, phase: 'ready', submitted: true});
		setState({...state, phase: 'saving', error: undefined, submitted: false});
		try {
			// A new work that shares an ISBN, id or link with a saved one would be saved into it, over its fields:
			// open the saved one instead (its values win, the form's fill its gaps) and let the user update it.
			const found = inspection.existing || fields.isbn.length + fields.ids.length === 0 ? null
				: await api.findItem({...(fields.url ? {url: fields.url} : {}), aliases: fields.aliases,
					isbn: fields.isbn, ids: fields.ids});
			if (found) {
				return setState({...state, phase: 'ready', submitted: false,
					inspection: {...inspection, existing: found}, draft: fillValues(valuesOf(found), draft),
					match: inspection.metadata ? 'work' : 'page'});
			}
			const saved = await api.saveItem(toSaveInput(inspection, tab, draft));
			setState({...state, submitted: false, phase: 'saved', saved, updated: Boolean(inspection.existing),
				error: undefined, inspection: {...inspection, existing: saved},
				match: state.match === 'work' ? 'work' : 'page'});
		} catch (error) {
			setState({...state, submitted: false, phase: 'ready', error});
		}
	}, [api, state]);

	return {state, edit, save};
}
