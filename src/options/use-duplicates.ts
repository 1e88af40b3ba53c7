import {useState} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import {useApi} from '../ui/api-context.ts';
import {useAsync} from '../ui/hooks/use-async.ts';
import {dismissGroup, dismissedGroups, groupKey} from './dismissed-duplicates.ts';

/** Resolves when the page is idle: the duplicates scan waits until the first rows are drawn. */
const idle = () => new Promise<void>(resolve => {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), {timeout: 1000});
	else setTimeout(resolve, 0);
});

export type Duplicates = {
	/** Groups of possibly one work, minus those dismissed; undefined until the first answer. */
	groups: Item[][] | undefined;
	error: unknown;
	/** "Not the same": never offer this group again in this browser. */
	dismiss(group: Item[]): Promise<void>;
	retry(): void;
};

/**
 * The "Possible duplicates" of the list, refreshed after every write. `ready` holds the scan back until the page has
 * its first answers: a scan of the whole list queued behind them in the background would delay the first rows.
 */
export function useDuplicates(revision: string, ready: boolean): Duplicates {
	const api = useApi();
	const [dismissals, setDismissals] = useState(0);
	const state = useAsync(async () => {
		if (!ready) return undefined;
		await idle();
		const [groups, dismissed] = await Promise.all([api.possibleDuplicates(), dismissedGroups()]);
		return groups.filter(group => !dismissed.has(groupKey(group)));
	}, [api, revision, dismissals, ready]);
	return {
		groups: state.data,
		error: state.error,
		dismiss: async group => { await dismissGroup(group); setDismissals(n => n + 1); },
		retry: state.retry,
	};
}
