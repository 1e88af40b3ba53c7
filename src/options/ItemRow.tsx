import type {Item} from '../core/types.ts';
import {t} from '../ui/i18n.ts';

export type ItemRowProps = {
	item: Item;
	index: number;
	/** The row holding the grid's single tab stop. */
	focusable: boolean;
	selected: boolean;
	/** The row shown in the editor. */
	current: boolean;
	trash: boolean;
	onToggle(item: Item): void;
	onOpen(item: Item): void;
	onDelete(item: Item): void;
	onRestore(item: Item): void;
	onFocusRow(index: number): void;
};

export const ROW_HEIGHT = 56;

/** One result as a grid row: select box, title with its details and topics, status, and the row's action. */
export function ItemRow({item, index, focusable, selected, current, trash, onToggle, onOpen, onDelete, onRestore, onFocusRow}: ItemRowProps) {
	const details = [item.authors.join(', '), t(`kind_${item.kind}`), item.provider ?? item.publisher].filter(Boolean).join(' · ');
	const tab = focusable ? 0 : -1;
	return (
		<div role="row" aria-rowindex={index + 2} aria-selected={selected} data-index={index} tabIndex={tab}
			class={`row ${selected ? 'selected' : ''} ${current ? 'current' : ''}`} style={{top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px`}}
			onFocus={() => onFocusRow(index)} onClick={() => onOpen(item)}>
			<div role="gridcell" class="cell-select" onClick={e => e.stopPropagation()}>
				<input type="checkbox" tabIndex={tab} checked={selected} aria-label={t('optSelectItem', item.title)} onChange={() => onToggle(item)}/>
			</div>
			<div role="gridcell" class="cell-title">
				<span class="title">{item.title || item.url}</span>
				<span class="details">
					{details}
					{item.topics.map(topic => <span key={topic} class="tag">{topic}</span>)}
				</span>
			</div>
			<div role="gridcell" class={`cell-status status-${item.status}`}>{t(`status_${item.status}`)}</div>
			<div role="gridcell" class="cell-actions" onClick={e => e.stopPropagation()}>
				{trash
					? <button type="button" tabIndex={tab} onClick={() => onRestore(item)}>{t('optRestore')}</button>
					: <button type="button" tabIndex={tab} class="danger" onClick={() => onDelete(item)}>{t('optDelete')}</button>}
			</div>
		</div>
	);
}
