import type {Kind} from '../../core/types.ts';

/** Fields that only some kinds of work have; every other field is shown for every kind. */
export type KindField = 'isbn' | 'price' | 'publisher' | 'provider' | 'pages' | 'lessons' | 'minutes';

const BY_KIND: Record<Kind, readonly KindField[]> = {
	book: ['isbn', 'price', 'publisher', 'pages', 'minutes'],
	course: ['price', 'provider', 'lessons', 'minutes'],
	article: ['publisher', 'minutes'],
	video: ['provider', 'minutes'],
	repository: ['provider'],
	paper: ['publisher', 'pages'],
	podcast: ['provider', 'minutes'],
	other: ['isbn', 'price', 'publisher', 'provider', 'pages', 'lessons', 'minutes'],
};

/**
 * Whether the form shows `field` for a work of `kind`. A field that holds a value is always shown, so changing
 * the kind never hides data (an article with a price keeps it visible and editable).
 */
export function showsField(kind: Kind, field: KindField, filled: boolean): boolean {
	return filled || BY_KIND[kind].includes(field);
}
