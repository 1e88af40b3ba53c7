import type {RefObject} from 'preact';
import {useEffect, useRef} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import {isTyping} from '../ui/keys.ts';
import type {GridHandle} from './ItemGrid.tsx';
import {type KeyPlace, type ListKeyAction, listKeyAction} from './list-keys.ts';

/** Elements whose own key Enter is. */
const CONTROLS = 'button, a[href], summary, input, [role="button"], [role="link"], [role="menuitem"], [role="checkbox"]';

export type ListKeyTargets = {
	trash: boolean;
	/** The grid, while it shows rows. */
	grid: RefObject<GridHandle | null>;
	/** Holds the toolbar's search box. */
	root: RefObject<HTMLElement | null>;
	onOpen(item: Item): void;
	onToggle(item: Item): void;
	/** "t": add a topic to the selection, or to the active row when nothing is selected. */
	onTopic(active: Item | undefined): void;
	onHelp(): void;
};

function placeOf(target: EventTarget | null, trash: boolean): KeyPlace {
	return {
		typing: isTyping(target),
		control: target instanceof Element && target.matches(CONTROLS),
		layered: document.querySelector('[role="dialog"], [role="menu"]') !== null,
		trash,
	};
}

/** Does `action`; returns false when there was nothing to do it on (the key then keeps its default). */
function run(action: ListKeyAction, to: ListKeyTargets): boolean {
	const grid = to.grid.current;
	const item = grid?.active();
	switch (action) {
		case 'next':
		case 'previous':
			grid?.move(action === 'next' ? 1 : -1);
			return Boolean(grid);
		case 'open':
		case 'toggle':
			if (item) (action === 'open' ? to.onOpen : to.onToggle)(item);
			return Boolean(item);
		case 'search': {
			const search = to.root.current?.querySelector<HTMLInputElement>('input[type="search"]');
			search?.focus();
			search?.select();
			return Boolean(search);
		}
		case 'topic':
			to.onTopic(item);
			return true;
		case 'help':
			to.onHelp();
			return true;
	}
}

/**
 * The list's single-key shortcuts (list-keys.ts), heard on the whole page while the list is shown. A key some
 * control already handled (the grid's own Enter and Space, a menu's letters) is left alone.
 */
export function useListKeys(targets: ListKeyTargets): void {
	const latest = useRef(targets);
	latest.current = targets;
	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (event.defaultPrevented) return;
			const action = listKeyAction(event, placeOf(event.target, latest.current.trash));
			// preventDefault also keeps "/" from opening Firefox's quick find
			if (action && run(action, latest.current)) event.preventDefault();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, []);
}
