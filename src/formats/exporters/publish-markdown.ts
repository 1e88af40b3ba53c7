import type {Item} from '../../core/types.ts';
import {outUrl} from './cells.ts';
import {groupTitle, imprint, label, peopleLine, type PublishOptions, topicGroups} from './publish-common.ts';

/** Escapes Markdown syntax characters in plain text (and `<` so no raw HTML gets through). */
export function escapeMarkdown(value: string): string {
	return value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_{}[\]<>|~!]/g, '\\$&')
		.replace(/^(\d+)\./, '$1\\.').replace(/^([#+-])/, '\\$1');
}

/** Link targets in `<...>` form, which allows spaces and parentheses; `<` `>` are percent-encoded. */
const target = (url: string) => `<${url.replace(/</g, '%3C').replace(/>/g, '%3E')}>`;

function entry(item: Item, options: PublishOptions): string {
	const locale = options.locale ?? 'en';
	const url = outUrl(item.url);
	const title = escapeMarkdown(item.title || url);
	const meta = [peopleLine(item, locale), imprint(item)].filter(Boolean).map(escapeMarkdown);
	if (options.status !== false) meta.push(`*${escapeMarkdown(label(`status_${item.status}`, locale))}*`);
	if (item.rating) meta.push('★'.repeat(item.rating));
	const lines = [`- ${url ? `[${title}](${target(url)})` : title}${meta.length > 0 ? ` — ${meta.join(' · ')}` : ''}`];
	const image = outUrl(item.image);
	if (image) lines.push(`  ![](${target(image)})`);
	if (options.notes !== false && item.notes) {
		for (const paragraph of item.notes.split(/\n\s*\n/)) lines.push(`  > ${escapeMarkdown(paragraph)}`);
	}
	return lines.join('\n');
}

/** A topic as a Markdown list grouped by kind, ready to paste into a post, README or gist. */
export function publishTopicMarkdown(
	items: readonly Item[], topic: string | null, options: PublishOptions = {},
): string {
	const locale = options.locale ?? 'en';
	const parts = [`# ${escapeMarkdown(options.title ?? topic ?? 'Shelfmark')}`];
	if (options.intro) parts.push(escapeMarkdown(options.intro));
	for (const [kind, group] of topicGroups(items, topic)) {
		parts.push(`## ${escapeMarkdown(groupTitle(kind, locale))}\n\n${group.map(item => entry(item, options)).join('\n')}`);
	}
	return `${parts.join('\n\n')}\n`;
}
