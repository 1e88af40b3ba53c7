import type {JSX, Ref, TargetedKeyboardEvent} from 'preact';
import {useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState} from 'preact/hooks';
import type {Item} from '../core/types.ts';
import {t} from '../ui/i18n.ts';
import {ItemRow, ROW_HEIGHT} from './ItemRow.tsx';
import {RowMenu} from './RowMenu.tsx';
import type {ItemPages} from './use-item-pages.ts';

export type ItemGridProps = {
	pages: ItemPages;
	/** Resets scroll and focus when it changes (a new query). */
	queryKey: string;
	label: string;
	trash: boolean;
	selected: ReadonlySet<string>;
	currentId: string | undefined;
	onToggle(item: Item): void;
	onOpen(item: Item): void;
	onDelete(item: Item): void;
	onRestore(item: Item): void;
	/** Cover images from the web may load (the remoteCovers setting). */
	covers: boolean;
	/** One step of progress forward, from the row. */
	onBump(item: Item): void;
	/** "Update progress…" from the row's menu. */
	onProgress(item: Item): void;
	/** "Merge with…" from the row's menu. */
	onMerge(item: Item): void;
	/** The page's list keys (use-list-keys.ts) reach the active row through this. */
	handle?: Ref<GridHandle>;
};

/** The active row (the one holding the grid's tab stop), for keys pressed outside the grid. */
export type GridHandle = {
	/** Focuses the active row, scrolled into view; when it has the focus already, the row `step` rows away. */
	move(step: number): void;
	/** The active row's item, unless its page is still loading. */
	active(): Item | undefined;
};

/** Rows drawn beyond the viewport on each side, so fast scrolling rarely shows blank rows. */
const OVERSCAN = 8;
/** jsdom and a hidden page report no height; assume a screenful. */
const FALLBACK_HEIGHT = 640;

/**
 * The results as an ARIA grid that renders only the rows in view (100,000 items scroll like 100). One tab stop:
 * arrows, Page Up/Down, Home/End move between rows; Enter opens, Space selects, Delete moves to the trash. The page's
 * single-letter keys (j/k, x, e: use-list-keys.ts) reach the same active row through `handle`.
 */
export function ItemGrid(props: ItemGridProps) {
	const {pages, queryKey, label, trash, selected, currentId} = props;
	const viewport = useRef<HTMLDivElement>(null);
	const [scrollTop, setScrollTop] = useState(0);
	const [height, setHeight] = useState(FALLBACK_HEIGHT);
	const [cursor, setCursor] = useState(0);
	const focusWanted = useRef<number | undefined>(undefined);
	const [menu, setMenu] = useState<{item: Item; anchor: HTMLElement}>();
	const closeMenu = useCallback(() => setMenu(undefined), []);
	// The rows' handlers stay the same functions while the page's change on every render of theirs, so a row whose item
	// did not change is not rendered again (ItemRow is memoised): they call whatever the latest props hold
	const latest = useRef(props);
	latest.current = props;
	const rowHandlers = useMemo(() => ({
		onToggle: (item: Item) => latest.current.onToggle(item), onOpen: (item: Item) => latest.current.onOpen(item),
		onRestore: (item: Item) => latest.current.onRestore(item), onBump: (item: Item) => latest.current.onBump(item),
	}), []);
	const toggleMenu = useCallback((item: Item, anchor: HTMLElement) =>
		setMenu(open => (open?.item.id === item.id ? undefined : {item, anchor})), []);

	useLayoutEffect(() => {
		const element = viewport.current!;
		const measure = () => setHeight(element.clientHeight || FALLBACK_HEIGHT);
		measure();
		const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
		observer?.observe(element);
		return () => observer?.disconnect();
	}, []);

	useEffect(() => { // A new query starts at the top
		viewport.current!.scrollTop = 0;
		setScrollTop(0);
		setCursor(0);
	}, [queryKey]);

	const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
	const last = Math.min(pages.total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
	useEffect(() => pages.want(first, last), [first, last, pages.want]);

	useEffect(() => { // Keyboard moves focus to the cursor's row once it is rendered
		if (focusWanted.current === undefined) return;
		const row = viewport.current!.querySelector<HTMLElement>(`[data-index="${focusWanted.current}"]`);
		if (row) { row.focus(); focusWanted.current = undefined; }
	});

	const moveTo = (index: number) => {
		const next = Math.max(0, Math.min(pages.total - 1, index));
		const element = viewport.current!;
		const top = next * ROW_HEIGHT;
		if (top < element.scrollTop) element.scrollTop = top;
		else if (top + ROW_HEIGHT > element.scrollTop + height) element.scrollTop = top + ROW_HEIGHT - height;
		setScrollTop(element.scrollTop);
		focusWanted.current = next;
		setCursor(next);
		// A row already drawn takes the focus now: moving to the cursor's own row changes no state,
		// so no render follows
		const row = element.querySelector<HTMLElement>(`[data-index="${next}"]`);
		if (row) { row.focus(); focusWanted.current = undefined; }
	};

	/** The row holding the focus, or one of its controls (focusing a checkbox does not move the cursor). */
	const focusedIndex = () => {
		const row = document.activeElement?.closest<HTMLElement>('[role="row"][data-index]');
		return row && viewport.current!.contains(row) ? Number(row.dataset.index) : undefined;
	};
	useImperativeHandle(props.handle ?? null, () => ({
		move(step) {
			const at = focusedIndex();
			moveTo(at === undefined ? cursor : at + step);
		},
		active: () => pages.row(focusedIndex() ?? cursor),
	}));

	const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
		if ((event.target as HTMLElement).getAttribute('role') !== 'row') return; // Keys inside controls are theirs
		const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
		const moves: Record<string, number> = {ArrowDown: cursor + 1, ArrowUp: cursor - 1,
			PageDown: cursor + page, PageUp: cursor - page, Home: 0, End: pages.total - 1};
		const item = pages.row(cursor);
		if (event.key in moves) moveTo(moves[event.key]!);
		else if (item && event.key === 'Enter') props.onOpen(item);
		else if (item && event.key === ' ') props.onToggle(item);
		else if (item && (event.key === 'Delete' || event.key === 'Backspace')) {
			(trash ? props.onRestore : props.onDelete)(item);
		}
		else return;
		event.preventDefault();
	};

	const rows: JSX.Element[] = [];
	for (let index = first; index < last; index++) {
		const item = pages.row(index);
		rows.push(item
			? <ItemRow key={item.id} item={item} index={index} focusable={index === cursor}
				selected={selected.has(item.id)} current={item.id === currentId} trash={trash} covers={props.covers}
				menuOpen={menu?.item.id === item.id} onToggle={rowHandlers.onToggle} onOpen={rowHandlers.onOpen}
				onRestore={rowHandlers.onRestore} onFocusRow={setCursor}
				onMenu={toggleMenu} onBump={rowHandlers.onBump}/>
			: <div key={`loading-${index}`} role="row" aria-rowindex={index + 2} class="row placeholder"
				style={{top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px`}}>
				<div role="gridcell" aria-busy="true">{t('optLoading')}</div>
			</div>);
	}

	return (<>
		<div role="grid" aria-label={label} aria-rowcount={pages.total + 1} aria-multiselectable="true" class="grid"
			onKeyDown={onKeyDown}>
			<div role="rowgroup" class="grid-head">
				<div role="row" aria-rowindex={1} class="head-row">
					<div role="columnheader" class="cell-select">
						<span class="visually-hidden">{t('optColSelect')}</span>
					</div>
					<div role="columnheader" class="cell-title">{t('optColTitle')}</div>
					<div role="columnheader" class="cell-status">{t('optColStatus')}</div>
					<div role="columnheader" class="cell-actions">
						<span class="visually-hidden">{t('optColActions')}</span>
					</div>
				</div>
			</div>
			<div class="viewport" ref={viewport} onScroll={e => setScrollTop(e.currentTarget.scrollTop)}>
				<div role="rowgroup" class="rows" style={{height: `${pages.total * ROW_HEIGHT}px`}}>{rows}</div>
			</div>
		</div>
		{menu && (
			<RowMenu item={menu.item} anchor={menu.anchor} onClose={closeMenu} onEdit={props.onOpen}
				onProgress={props.onProgress} onMerge={props.onMerge} onTrash={props.onDelete}/>
		)}
	</>);
}
