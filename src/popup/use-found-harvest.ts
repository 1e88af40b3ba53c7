import type {FunctionComponent} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import type {HarvestView} from '../shared/harvest-protocol.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import {loadLeftOut} from './harvest-choices.ts';
import type {HarvestPanelProps} from './HarvestPanel.tsx';

/** A page's harvest, ready to show: what it recommends, what the user left out before, and the panel's code. */
export type FoundHarvest = {
	view: HarvestView;
	leftOut: ReadonlySet<string>;
	Panel: FunctionComponent<HarvestPanelProps>;
};

/**
 * Asks for the tab's harvest once the popup knows its tab, and loads the panel's code only when the page recommends
 * something: a page without recommendations pays for neither, and its popup stays as it is.
 */
export function useFoundHarvest(api: BackgroundApi,
	tab: {id: number; url: string; title: string} | undefined): FoundHarvest | undefined {
	const [found, setFound] = useState<FoundHarvest>();
	useEffect(() => {
		if (!tab) return;
		let live = true;
		void (async () => {
			const view = await api.harvestTab(tab.id, tab);
			if (view.entries.length === 0) return;
			const [{HarvestPanel}, leftOut] = await Promise.all([
				import('./HarvestPanel.tsx'), loadLeftOut(view.page.url).catch(() => new Set<string>()),
			]);
			if (live) setFound({view, leftOut, Panel: HarvestPanel});
		})().catch(() => {}); // No harvest is no panel: the popup's own job (saving this page) is unaffected
		return () => { live = false; };
	}, [api, tab?.id]);
	return found;
}
