import type {Item} from '../../core/types.ts';
import type {OpenLibraryWork} from '../../formats/open-library.ts';
import {type FormValues, fillValues, valuesOf} from './work-values.ts';

/** A lookup's answer as the fields of a work. */
export function workOfLookup(found: OpenLibraryWork): Partial<Item> & {title: string} {
	return {
		title: found.title, authors: found.authors, isbn: found.isbn, ids: found.ids,
		...(found.subtitle ? {subtitle: found.subtitle} : {}), ...(found.publisher ? {publisher: found.publisher} : {}),
		...(found.publishedAt ? {publishedAt: found.publishedAt} : {}), ...(found.image ? {image: found.image} : {}),
		...(found.language ? {language: found.language} : {}), ...(found.pages ? {duration: {pages: found.pages}} : {}),
	};
}

/** The form with its empty fields filled from the lookup: what the user typed always wins. */
export function fillFromLookup(values: FormValues, found: OpenLibraryWork): FormValues {
	const filled = fillValues(values, valuesOf(workOfLookup(found), {kind: values.kind, status: values.status}));
	// A lookup answers about a book: an untouched kind becomes "book".
	if (values.kind !== 'other') return filled;
	return {
		...filled, kind: 'book',
		progress: filled.progress.done ? filled.progress : {...filled.progress, unit: 'page', total: filled.pages},
	};
}
