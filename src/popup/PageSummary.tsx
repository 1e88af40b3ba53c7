import type {PageMetadata} from '../core/types.ts';
import {t} from '../ui/i18n.ts';

export type PageSummaryProps = {
	url: string;
	/** What the extractor read, if the page could be read. */
	metadata: PageMetadata | null;
	/** The current title, for the cover's alt text. */
	title: string;
};

/** Cover, source and address of the page being saved. */
export function PageSummary({url, metadata, title}: PageSummaryProps) {
	const source = [metadata?.provider ?? metadata?.publisher ?? metadata?.siteName, metadata?.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
	return (
		<div class="page-summary">
			{metadata?.image && <img class="cover" src={metadata.image} alt={t('fieldCover', title)} referrerpolicy="no-referrer"/>}
			<div class="page-source">
				{source && <p class="muted">{source}</p>}
				<p class="url" title={url}><span class="visually-hidden">{t('fieldUrl')}: </span>{url}</p>
			</div>
		</div>
	);
}
