import {t} from '../ui/i18n.ts';

export type SameWorkOfferProps = {
	/** The saved item's title. */
	title: string;
	busy: boolean;
	/** Adds this page's address to the saved item's links and fills the fields it lacks. */
	onAddLink(): void;
};

/**
 * Shown when the page is another page (another store's) of a work already in the list, found by a shared ISBN or
 * id. A shared identifier means the same work (DESIGN §3): saving it separately would only merge it back, so the
 * one offer is to add this page as another link.
 */
export function SameWorkOffer({title, busy, onAddLink}: SameWorkOfferProps) {
	return (
		<div class="notice info same-work" role="status">
			<p>{t('sameWorkNotice', title)}</p>
			<div class="same-work-actions">
				<button type="button" class="primary" disabled={busy} onClick={onAddLink}>
					{t('sameWorkAddLink', title)}
				</button>
			</div>
		</div>
	);
}
