import {useEffect, useState} from 'preact/hooks';
import type {HarvestView} from '../shared/harvest-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import type {CurrentTab} from './current-tab.ts';
import {HarvestPanel} from './HarvestPanel.tsx';
import {loadLeftOut} from './harvest-choices.ts';

export type HarvestWindowProps = {
	api: BackgroundApi;
	/** Finds the tab to harvest (the one the context menu was used on). */
	loadTab(): Promise<CurrentTab | undefined>;
	openList(): void;
};

type State = {phase: 'loading'} | {phase: 'no-tab'}
	| {phase: 'ready'; view: HarvestView; topics: string[]; leftOut: ReadonlySet<string>}
	| {phase: 'error'; error: unknown};

/** The harvest view on its own (`?view=harvest`): what the context menu opens in a small window. */
export function HarvestWindow({api, loadTab, openList}: HarvestWindowProps) {
	const [state, setState] = useState<State>({phase: 'loading'});
	useEffect(() => {
		document.title = t('harvestWindowTitle');
		void (async () => {
			const tab = await loadTab();
			if (!tab) return setState({phase: 'no-tab'});
			const [view, topics] = await Promise.all([api.harvestTab(tab.id, tab), api.listTopics().catch(() => [])]);
			const leftOut = await loadLeftOut(view.page.url).catch(() => new Set<string>());
			setState({phase: 'ready', view, topics: topics.map(topic => topic.name), leftOut});
		})().catch((error: unknown) => setState({phase: 'error', error}));
	}, [api, loadTab]);
	return (
		<main class="popup harvest-window" data-phase={state.phase}>
			<header class="popup-header">
				<h1>{t('harvestWindowTitle')}</h1>
				<button type="button" class="link" onClick={openList}>{t('popupOpenList')}</button>
			</header>
			{state.phase === 'loading' && <p role="status" class="muted">{t('harvestLoading')}</p>}
			{state.phase === 'no-tab' && <p role="status">{t('popupNoTab')}</p>}
			{state.phase === 'error' && <p role="status" class="notice warn">{errorMessage(state.error)}</p>}
			{state.phase === 'ready' && <>
				<p class="hint">{t('harvestFrom', state.view.page.title)}</p>
				{state.view.blocked && <p role="status" class="notice warn">{t(`error_${state.view.blocked}`)}</p>}
				{state.view.entries.length === 0 && !state.view.blocked && <p role="status">{t('harvestNothing')}</p>}
				{state.view.entries.length > 0 && (
					<HarvestPanel api={api} view={state.view} knownTopics={state.topics} leftOut={state.leftOut}/>
				)}
			</>}
		</main>
	);
}
