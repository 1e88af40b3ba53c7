import {bumpProgress, isComplete, progressPatch, startingProgress} from '../core/progress.ts';
import type {Item, Progress, Status} from '../core/types.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import type {Toast} from '../ui/components/Toasts.tsx';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import {changeTopic, selectedItems} from './bulk.ts';
import {progressText} from './progress-text.ts';

type Show = (toast: Omit<Toast, 'id'>) => void;
type Outcome = string | Omit<Toast, 'id'> | undefined;

/** Progress writes run one after another, so quick "+1" clicks each count from the one before. */
let progressQueue: Promise<unknown> = Promise.resolve();

/**
 * The list's writes, each reporting success or failure in a toast;
 * deletes offer Undo, finished progress offers Done.
 */
export function listActions(api: BackgroundApi, show: Show, onRemoved: (ids: string[]) => void) {
	const attempt = async (work: () => Promise<Outcome>, undo?: () => void) => {
		try {
			const outcome = await work();
			invalidate();
			if (typeof outcome === 'object') show(outcome);
			else if (outcome) show({message: outcome, ...(undo ? {action: {label: t('optUndo'), run: undo}} : {})});
		} catch (error) {
			show({message: errorMessage(error), error: true});
		}
	};
	const restore = (ids: string[]) => attempt(async () => {
		await api.restoreItems(ids);
		onRemoved(ids);
		return tn('optRestoredMany', ids.length);
	});
	const remove = (ids: string[], title?: string) => attempt(async () => {
		await api.deleteItems(ids);
		onRemoved(ids);
		return ids.length === 1 && title !== undefined ? t('optDeletedOne', title) : tn('optDeletedMany', ids.length);
	}, () => void attempt(async () => { await api.restoreItems(ids); return undefined; }));
	const markDone = (id: string) =>
		void attempt(async () => { await api.updateItem(id, {status: 'done'}); return undefined; });
	/** Writes `next(current item)` as its progress; at the total, the toast offers to mark the work done. */
	const recordProgress = (id: string, next: (item: Item) => Progress) => {
		const run = () => attempt(async (): Promise<Outcome> => {
			const current = await api.getItem(id); // The row may be a page behind (a click before the refetch)
			if (!current) return undefined;
			const saved = await api.updateItem(id, progressPatch(current, next(current)));
			const message = t('optProgressSaved', saved.title, saved.progress ? progressText(saved.progress) : '');
			return isComplete(saved.progress) && saved.status !== 'done'
				? {message: `${message} ${t('optProgressComplete', saved.title)}`,
					action: {label: t('optMarkDone'), run: () => markDone(id)}}
				: message;
		});
		progressQueue = progressQueue.then(run, run);
		return progressQueue;
	};
	return {
		remove,
		restore,
		deleteItem: (item: Item) => remove([item.id], item.title),
		restoreItem: (item: Item) => restore([item.id]),
		setStatus: (ids: string[], status: Status) =>
			attempt(async () => tn('optBulkDone', await api.updateItems(ids, {status}))),
		setTopic: (ids: string[], topic: string, add: boolean) =>
			attempt(async () => tn('optBulkDone', await changeTopic(api, await selectedItems(api, ids), topic, add))),
		/**
		 * One step forward: a lesson, a page, ten percent
		 * (starting in the work's own unit when it has no progress).
		 */
		bump: (item: Item) => recordProgress(item.id, current => bumpProgress(startingProgress(current))),
		setProgress: (item: Item, progress: Progress) => recordProgress(item.id, () => progress),
	};
}
