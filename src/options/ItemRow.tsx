import {displayTitle} from '../core/keys.ts';
import {isComplete, progressFraction, startingProgress} from '../core/progress.ts';
import type {Item} from '../core/types.ts';
import {t} from '../ui/i18n.ts';
import {ItemCover} from '../ui/components/ItemCover.tsx';
import {memo} from '../ui/memo.ts';
import {progressText, stepFace, stepWords} from './progress-text.ts';

export type ItemRowProps = {
	item: Item;
	index: number;
	/** The row holding the grid's single tab stop. */
	focusable: boolean;
	selected: boolean;
	/** The row shown in the editor. */
	current: boolean;
	trash: boolean;
	/** Cover images from the web may load (the remoteCovers setting). */
	covers: boolean;
	/** This row's action menu is open. */
	menuOpen: boolean;
	onToggle(item: Item): void;
	onOpen(item: Item): void;
	onRestore(item: Item): void;
	onFocusRow(index: number): void;
	/** Open the row's action menu under `button`. */
	onMenu(item: Item, button: HTMLElement): void;
	/** One step of progress forward (a lesson, a page, ten percent). */
	onBump(item: Item): void;
};

/** Every row is this tall (the grid's virtualisation counts on it): a cover and three lines of text. */
export const ROW_HEIGHT = 72;

/** "O'Reilly 2017", or the platform a course is on, or the year alone. */
function source(item: Item): string | undefined {
	const year = /^\d{4}/.exec(item.publishedAt ?? '')?.[0];
	return [item.publisher ?? item.provider, year].filter(Boolean).join(' ') || undefined;
}

function ProgressLine({item, tab, trash, onBump}: {item: Item; tab: number; trash: boolean; onBump(item: Item): void}) {
	const {progress} = item;
	if (!progress && item.status !== 'reading') return null;
	const fraction = progress && progressFraction(progress);
	const text = progress && progressText(progress);
	// A reading item with no progress yet starts in its own unit
	const unit = (progress ?? startingProgress(item)).unit;
	return (
		<span class="progress">
			{fraction !== undefined && (
				<span class="progress-bar" role="progressbar" aria-label={t('optProgressDialog', item.title)}
					aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}
					aria-valuetext={text}>
					<span class="progress-fill" style={{width: `${fraction * 100}%`}}/>
				</span>
			)}
			{text && <span class="progress-text">{text}</span>}
			{!trash && !isComplete(progress) && (
				<button type="button" class="bump" tabIndex={tab}
					aria-label={t('optProgressBump', stepWords(unit), item.title)}
					onClick={event => { event.stopPropagation(); onBump(item); }}>{stepFace(unit)}</button>
			)}
		</span>
	);
}

/**
 * One work as a grid row: select box, cover, title, who and what it is, progress and topics, status, its menu.
 * Rendered again only when its props change, so a scroll frame renders only the rows it brings into view.
 */
export const ItemRow = memo(function ItemRow(props: ItemRowProps) {
	const {item, index, focusable, selected, current, trash, covers, menuOpen, onToggle, onOpen, onRestore,
		onFocusRow} = props;
	const details = [item.authors.join(', '), t(`kind_${item.kind}`), source(item)].filter(Boolean).join(' · ');
	const tab = focusable ? 0 : -1;
	return (
		<div role="row" aria-rowindex={index + 2} aria-selected={selected} data-index={index} data-id={item.id}
			tabIndex={tab} class={`row ${selected ? 'selected' : ''} ${current ? 'current' : ''}`}
			style={{top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px`}}
			onFocus={() => onFocusRow(index)} onClick={() => onOpen(item)}>
			<div role="gridcell" class="cell-select" onClick={e => e.stopPropagation()}>
				<input type="checkbox" tabIndex={tab} checked={selected} aria-label={t('optSelectItem', item.title)}
					onChange={() => onToggle(item)}/>
			</div>
			<div role="gridcell" class="cell-title">
				<ItemCover item={item} remote={covers}/>
				<span class="work">
					<span class="title">{displayTitle(item)}</span>
					<span class="details">{details}</span>
					<span class="meta">
						<ProgressLine item={item} tab={tab} trash={trash} onBump={props.onBump}/>
						{item.topics.map(topic => <span key={topic} class="tag">{topic}</span>)}
					</span>
				</span>
			</div>
			<div role="gridcell" class={`cell-status status-${item.status}`}>{t(`status_${item.status}`)}</div>
			<div role="gridcell" class="cell-actions" onClick={e => e.stopPropagation()}>
				{trash
					? <button type="button" tabIndex={tab} onClick={() => onRestore(item)}>{t('optRestore')}</button>
					: <button type="button" tabIndex={tab} class="menu-button" aria-haspopup="menu"
						aria-expanded={menuOpen} aria-label={t('optRowMenu', item.title)}
						onClick={e => props.onMenu(item, e.currentTarget)}>⋯</button>}
			</div>
		</div>
	);
});
