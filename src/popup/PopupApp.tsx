import {useEffect, useState} from 'preact/hooks';
import {useApi} from '../ui/api-context.ts';
import {OpenLibraryFill} from '../ui/components/OpenLibraryFill.tsx';
import {errorMessage, t} from '../ui/i18n.ts';
import type {CurrentTab} from './current-tab.ts';
import {type Defaults, savesPage} from './draft.ts';
import {RecentItems} from './RecentItems.tsx';
import {useFoundHarvest} from './use-found-harvest.ts';
import {SaveForm} from './SaveForm.tsx';
import {PageSummary} from './PageSummary.tsx';
import {SameWorkOffer} from './SameWorkOffer.tsx';
import {SyncLine} from './SyncLine.tsx';
import {usePopup, type PopupState} from './use-popup.ts';

export type PopupAppProps = {
	/** Finds the tab the popup is for. */
	loadTab(): Promise<CurrentTab | undefined>;
	/** Reads the settings new items start from. */
	loadDefaults(): Promise<Defaults>;
	openList(): void;
	/** Opens the options page on its Sync view. */
	openSync(): void;
	/** Told once the page has been read (or found unreadable): the side panel loads its list only then. */
	onSettled?(): void;
};

type Ready = Extract<PopupState, {draft: unknown}>;

function notice(state: Ready): {text: string; tone: 'info' | 'ok' | 'warn'} | undefined {
	if (state.error) return {text: errorMessage(state.error), tone: 'warn'};
	if (state.submitted) return {text: t('formHasErrors'), tone: 'warn'};
	if (state.phase === 'saved' && state.match === 'work') {
		return {text: t('popupLinked', state.saved?.title ?? ''), tone: 'ok'};
	}
	if (state.phase === 'saved') return {text: state.updated ? t('popupUpdated') : t('popupSaved'), tone: 'ok'};
	if (state.inspection.existing?.deletedAt) return {text: t('popupInTrash'), tone: 'info'};
	if (state.inspection.existing) return {text: t('popupAlreadySaved'), tone: 'info'};
	if (!savesPage(state.inspection, state.tab)) return {text: t('popupManualWork'), tone: 'info'};
	if (state.inspection.blocked) return {text: t(`error_${state.inspection.blocked}`), tone: 'warn'};
	return undefined;
}

/**
 * The toolbar popup: the current page's details, editable, saved in one keystroke;
 * a work by hand where no page can be.
 */
export function PopupApp({loadTab, loadDefaults, openList, openSync, onSettled}: PopupAppProps) {
	const api = useApi();
	const {state, edit, save} = usePopup(api, loadTab, loadDefaults);
	const settled = state.phase !== 'loading';
	useEffect(() => { if (settled) onSettled?.(); }, [settled, onSettled]);
	const [knownTopics, setKnownTopics] = useState<string[]>([]);
	useEffect(() => {
		void api.listTopics().then(topics => setKnownTopics(topics.map(topic => topic.name)), () => {});
	}, [api]);

	const found = useFoundHarvest(api, 'tab' in state ? state.tab : undefined);
	const pageSave = 'draft' in state && (
		<>
			{state.match === 'work' && state.phase !== 'saved' && state.inspection.existing && (
				<SameWorkOffer title={state.inspection.existing.title} busy={state.phase === 'saving'}
					onAddLink={() => void save()}/>
			)}
			{(state.match !== 'work' || state.phase === 'saved' || Boolean(state.error) || state.submitted) && (() => {
				const message = notice(state);
				return message && <p role="status" class={`notice ${message.tone}`}>{message.text}</p>;
			})()}
			{savesPage(state.inspection, state.tab) && (
				<PageSummary url={(state.match === 'page' ? state.inspection.existing?.url : undefined)
						?? state.inspection.metadata?.url ?? state.tab.url}
					metadata={state.inspection.metadata} edited={state.draft}/>
			)}
			<SaveForm draft={state.draft} knownTopics={knownTopics} existing={Boolean(state.inspection.existing)}
				busy={state.phase === 'saving'} submitted={state.submitted} onEdit={edit} onSubmit={() => void save()}
				extra={state.inspection.metadata ? undefined : <OpenLibraryFill values={state.draft} onFill={edit}/>}/>
		</>
	);

	return (
		<main class="popup" data-phase={state.phase} data-harvest={found ? 'first' : undefined}>
			<header class="popup-header">
				<h1>{t('popupHeading')}</h1>
				<button type="button" class="link" onClick={openList}>{t('popupOpenList')}</button>
			</header>
			{state.phase === 'loading' && <p role="status" class="muted">{t('popupLoading')}</p>}
			{state.phase === 'no-tab' && <p role="status">{t('popupNoTab')}</p>}
			{found
				// A page that recommends works opens on its checklist; saving the page itself is one row away
				? <>
					<found.Panel api={api} view={found.view} knownTopics={knownTopics} leftOut={found.leftOut}/>
					<details class="also-save" open={'draft' in state && state.phase !== 'ready'}>
						<summary>{t('popupAlsoSave')}</summary>
						<div class="also-save-body">{pageSave}</div>
					</details>
				</>
				: pageSave}
			<RecentItems api={api} revision={'saved' in state ? state.saved : undefined}/>
			<SyncLine api={api} openSync={openSync}/>
		</main>
	);
}
