import {KINDS, type Item, type Kind} from '../../core/types.ts';
import type {Locale} from '../../core/catalog.ts';
import labels from '../../core/labels.ts';

/** Options shared by the HTML and Markdown publishers. */
export type PublishOptions = {
	/** Page heading; defaults to the topic. */
	title?: string;
	/** A paragraph under the heading, as plain text. */
	intro?: string;
	locale?: Locale;
	/** ISO date shown in the footer; omitted when not given, so output is reproducible. */
	generatedAt?: string;
	/** Include personal notes (default true) and statuses (default true). */
	notes?: boolean;
	status?: boolean;
};

const key = (topic: string) => topic.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

/** A topic's live items (every live item for `null`) grouped by kind in the standard order, sorted by title. */
export function topicGroups(items: readonly Item[], topic: string | null): [Kind, Item[]][] {
	const wanted = topic === null ? undefined : key(topic);
	const groups = new Map<Kind, Item[]>();
	for (const item of items) {
		if (item.deletedAt || (wanted !== undefined && !item.topics.some(t => key(t) === wanted))) continue;
		groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
	}
	return KINDS.filter(kind => groups.has(kind))
		.map(kind => [kind, groups.get(kind)!.sort((a, b) => a.title.localeCompare(b.title))]);
}

type Label = keyof typeof labels;
export function label(name: string, locale: Locale = 'en'): string {
	return (labels as Record<string, {en: string; zh_CN: string}>)[name as Label]?.[locale] ?? name;
}

/** "Ursula K. Le Guin; translated by X" style people line, in the page's language. */
export function peopleLine(item: Item, locale: Locale = 'en'): string {
	const parts = item.authors.length > 0 ? [item.authors.join(', ')] : [];
	for (const c of item.contributors) parts.push(`${c.name} (${label(`role_${c.role}`, locale)})`);
	return parts.join('; ');
}

/** Publisher and year, e.g. "O'Reilly, 2017". */
export function imprint(item: Item): string {
	return [item.publisher ?? item.provider, item.publishedAt?.slice(0, 4)].filter(Boolean).join(', ');
}

/** Group heading: the kind's name, pluralised in English only. */
export function groupTitle(kind: Kind, locale: Locale = 'en'): string {
	const name = label(`kind_${kind}`, locale);
	return locale === 'en' ? (kind === 'other' ? 'Other' : `${name}s`) : name;
}
