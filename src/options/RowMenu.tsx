import {useEffect, useRef} from 'preact/hooks';
import type {TargetedKeyboardEvent} from 'preact';
import {findLinks} from '../core/find-links.ts';
import type {Item} from '../core/types.ts';
import {t} from '../ui/i18n.ts';

export type RowMenuProps = {
	item: Item;
	/** The ⋯ button: the menu opens below it (above when there is no room) and focus goes back to it on Escape. */
	anchor: HTMLElement;
	onClose(): void;
	onEdit(item: Item): void;
	onProgress(item: Item): void;
	onMerge(item: Item): void;
	onTrash(item: Item): void;
};

/** Room kept between the menu and the window's edge. */
const MARGIN = 4;

/**
 * A row's actions: edit, open its link (or, for a work without one, search links made now: "Find it"), update
 * progress, merge with another item, move to the trash. Drawn outside the scrolling rows (fixed, under its button)
 * so no row or viewport edge clips it; arrows move, Escape and Tab close, a click elsewhere or a scroll closes.
 */
export function RowMenu({item, anchor, onClose, onEdit, onProgress, onMerge, onTrash}: RowMenuProps) {
	const menu = useRef<HTMLDivElement>(null);
	const links = item.url ? [] : findLinks(item);
	const position = placeBelowOrAbove(anchor.getBoundingClientRect(), menuHeight(Boolean(item.url), links.length));

	// Focus moves into the menu once it is on screen (an element still hidden cannot take focus).
	useEffect(() => {
		menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
	}, [anchor]);

	useEffect(() => {
		const outside = (event: Event) => {
			const target = event.target as Node;
			if (!menu.current?.contains(target) && !anchor.contains(target)) onClose();
		};
		const scrolled = (event: Event) => { if (!menu.current?.contains(event.target as Node)) onClose(); };
		document.addEventListener('pointerdown', outside, true);
		document.addEventListener('scroll', scrolled, true);
		window.addEventListener('resize', onClose);
		return () => {
			document.removeEventListener('pointerdown', outside, true);
			document.removeEventListener('scroll', scrolled, true);
			window.removeEventListener('resize', onClose);
		};
	}, [anchor, onClose]);

	const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
		const items = [...menu.current!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
		const at = items.indexOf(document.activeElement as HTMLElement);
		const moves: Record<string, number> = {ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1};
		if (event.key in moves) {
			items[(moves[event.key]! + items.length) % items.length]?.focus();
		} else if (event.key === 'Escape') {
			onClose();
			anchor.focus();
		} else if (event.key === 'Tab') {
			onClose();
			anchor.focus(); // Tab then moves on from the ⋯ button, as from any control of the row
			return;
		} else {
			return;
		}
		event.preventDefault();
		event.stopPropagation();
	};

	const run = (action: (item: Item) => void) => () => { onClose(); action(item); };
	return (
		<div ref={menu} role="menu" aria-label={t('optRowMenu', item.title)} class="row-menu" onKeyDown={onKeyDown}
			style={position}>
			<button type="button" role="menuitem" tabIndex={-1} onClick={run(onEdit)}>{t('optMenuEdit')}</button>
			{item.url && (
				<a role="menuitem" tabIndex={-1} href={item.url} target="_blank" rel="noopener noreferrer"
					onClick={onClose}>{t('optMenuOpen')}</a>
			)}
			{links.length > 0 && (
				<div role="group" aria-label={t('optMenuFindIt')} class="menu-group">
					<span class="menu-heading" aria-hidden="true">{t('optMenuFindIt')}</span>
					{links.map(link => (
						<a key={link.site} role="menuitem" tabIndex={-1} href={link.url} target="_blank"
							rel="noopener noreferrer" onClick={onClose}
							aria-label={t('optMenuFindOn', t(`optSite_${link.site}`))}>{t(`optSite_${link.site}`)}</a>
					))}
				</div>
			)}
			<button type="button" role="menuitem" tabIndex={-1} onClick={run(onProgress)}>
				{t('optMenuProgress')}
			</button>
			<button type="button" role="menuitem" tabIndex={-1} onClick={run(onMerge)}>{t('optMenuMerge')}</button>
			<hr role="separator"/>
			<button type="button" role="menuitem" tabIndex={-1} class="danger" onClick={run(onTrash)}>
				{t('optMenuTrash')}
			</button>
		</div>
	);
}

const ITEM_HEIGHT = 30;
const GROUP_HEADING = 22;

/**
 * The menu's height from what it lists (edit, open, Find it links, progress, merge, trash),
 * so it is placed at once.
 */
function menuHeight(linked: boolean, findIt: number): number {
	return (4 + (linked ? 1 : 0) + findIt) * ITEM_HEIGHT + (findIt > 0 ? GROUP_HEADING : 0) + 2 * MARGIN + 9;
}

/** Below the ⋯ button, or above it when the viewport has no room below; right-aligned with the button. */
function placeBelowOrAbove(rect: DOMRect, height: number): {top?: number; bottom?: number; right: number} {
	const right = Math.max(MARGIN, window.innerWidth - rect.right);
	return rect.bottom + height + MARGIN > window.innerHeight && rect.top > height
		? {bottom: window.innerHeight - rect.top + MARGIN, right}
		: {top: rect.bottom + MARGIN, right};
}
