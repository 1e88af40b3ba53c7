/**
 * Items need an http(s) address. A book known only by ISBN gets its Open Library edition page, which is stable,
 * public and resolves any valid ISBN-13; a paper known only by DOI gets its doi.org resolver link.
 */
export function isbnUrl(isbn: readonly string[] | undefined): string | undefined {
	const first = isbn?.[0];
	return first ? `https://openlibrary.org/isbn/${first}` : undefined;
}

export function doiUrl(doi: string | undefined): string | undefined {
	const clean = doi?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
	return clean && /^10\.\d{4,9}\/\S+$/.test(clean) ? `https://doi.org/${encodeURI(clean).replace(/#/g, '%23')}` : undefined;
}

/** HTML to plain text for reviews that Goodreads stores as markup. */
export function stripTags(html: string): string {
	return html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n').replace(/<[^>]*>/g, '');
}
