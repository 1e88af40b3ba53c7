import {useCallback, useState} from 'preact/hooks';
import type {Item} from '../core/types.ts';

/** The list's ticked items: toggled one by one, replaced by "select all", dropped when they leave the list. */
export function useSelection() {
	const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
	const toggle = useCallback((item: Item) => setSelected(current => {
		const next = new Set(current);
		if (!next.delete(item.id)) next.add(item.id);
		return next;
	}), []);
	const drop = useCallback((ids: string[]) =>
		setSelected(current => new Set([...current].filter(id => !ids.includes(id)))), []);
	return {selected, setSelected, toggle, drop};
}
