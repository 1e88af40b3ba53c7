import {t} from '../ui/i18n.ts';

export type SameWorkOfferProps = {
	/** The saved item's title. */
	title: string;
	busy: boolean;
	/** Adds this page's address to the saved item's links and fills the fields it lacks. */
	onAddLink(): void;
	/** Drops the match: the form then holds this page's own details, saved as a new item. */
	onSeparate(): void;
};

/** Shown when the page is another page (another store, another edition page) of a work already in the list. */
export function SameWorkOffer({title, busy, onAddLink, onSeparate}: SameWorkOfferProps) {
	return (
		<div class="notice info same-work" role="status">
			<p>{t('sameWorkNotice', title)}</p>
			<div class="same-work-actions">
				<button type="button" class="primary" disabled={busy} onClick={onAddLink}>{t('sameWorkAddLink', title)}</button>
				<button type="button" disabled={busy} onClick={onSeparate}>{t('sameWorkSeparate')}</button>
			</div>
		</div>
	);
}
