import type {Item, Status} from '../core/types.ts';
import type {BackgroundApi} from '../shared/messages.ts';
import type {Toast} from '../ui/components/Toasts.tsx';
import {invalidate} from '../ui/hooks/use-revision.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {changeTopic, selectedItems} from './bulk.ts';

type Show = (toast: Omit<Toast, 'id'>) => void;

/** The list's writes, each reporting success or failure in a toast; deletes offer Undo. */
export function listActions(api: BackgroundApi, show: Show, onRemoved: (ids: string[]) => void) {
	const attempt = async (work: () => Promise<string | undefined>, undo?: () => void) => {
		try {
			const message = await work();
			invalidate();
			if (message) show({message, ...(undo ? {action: {label: t('optUndo'), run: undo}} : {})});
		} catch (error) {
			show({message: errorMessage(error), error: true});
		}
	};
	const restore = (ids: string[]) => attempt(async () => {
		await api.restoreItems(ids);
		onRemoved(ids);
		return t('optRestoredMany', ids.length);
	});
	const remove = (ids: string[], title?: string) => attempt(async () => {
		await api.deleteItems(ids);
		onRemoved(ids);
		return ids.length === 1 && title !== undefined ? t('optDeletedOne', title) : t('optDeletedMany', ids.length);
	}, () => void attempt(async () => { await api.restoreItems(ids); return undefined; }));
	return {
		remove,
		restore,
		deleteItem: (item: Item) => remove([item.id], item.title),
		restoreItem: (item: Item) => restore([item.id]),
		setStatus: (ids: string[], status: Status) => attempt(async () => t('optBulkDone', await api.updateItems(ids, {status}))),
		setTopic: (ids: string[], topic: string, add: boolean) =>
			attempt(async () => t('optBulkDone', await changeTopic(api, await selectedItems(api, ids), topic, add))),
	};
}
