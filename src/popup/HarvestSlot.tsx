import type {FunctionComponent} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import type {HarvestView} from '../shared/harvest-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import type {HarvestPanelProps} from './HarvestPanel.tsx';

export type HarvestSlotProps = {
	api: BackgroundApi;
	/** The tab the popup is for; the harvest starts once the save form shows it. */
	tab: {id: number; url: string; title: string};
	knownTopics: string[];
};

/**
 * Where the harvest panel appears in the popup. It asks for the harvest only after the save form is on screen and
 * loads the panel's code only when the page recommends something, so the popup's first paint pays for neither.
 */
export function HarvestSlot({api, tab, knownTopics}: HarvestSlotProps) {
	const [found, setFound] = useState<{view: HarvestView; Panel: FunctionComponent<HarvestPanelProps>}>();
	useEffect(() => {
		let live = true;
		void (async () => {
			const view = await api.harvestTab(tab.id, tab);
			if (view.entries.length === 0) return;
			const {HarvestPanel} = await import('./HarvestPanel.tsx');
			if (live) setFound({view, Panel: HarvestPanel});
		})().catch(() => {}); // No harvest is no panel: the popup's own job (saving this page) is unaffected
		return () => { live = false; };
	}, [api, tab.id]);
	if (!found) return null;
	const {Panel, view} = found;
	return <Panel api={api} view={view} knownTopics={knownTopics}/>;
}
