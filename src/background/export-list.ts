import type {Item} from '../core/types.ts';
import {
	exportBackup, exportCslJson, exportCsv, exportGoodreadsCsv, exportNetscapeHtml, exportRis, linkless,
	publishTopicHtml, publishTopicMarkdown, toShelfmarkJson,
} from '../formats/index.ts';
import {topicGroups} from '../formats/exporters/publish-common.ts';
import {AppError} from '../core/errors.ts';
import {EXPORT_FORMATS, type ExportFile, type ExportFormat, type ExportOptions} from '../shared/import-protocol.ts';
import type {ItemService} from './items.ts';

/** `omits` counts the works a format has no place for, so the page can say how many were left out. */
type Writer = {
	ext: string; mime: string; write(items: Item[], options: ExportOptions): string; books?: boolean;
	omits?: (items: Item[]) => number;
};

/** Every format but the backup works on live items (the trash stays home). */
const WRITERS: Record<Exclude<ExportFormat, 'backup'>, Writer> = {
	csv: {ext: 'csv', mime: 'text/csv', write: exportCsv},
	netscape: {ext: 'html', mime: 'text/html', write: items => exportNetscapeHtml(items), omits: linkless},
	goodreads: {ext: 'csv', mime: 'text/csv', write: exportGoodreadsCsv, books: true},
	'csl-json': {ext: 'json', mime: 'application/vnd.citationstyles.csl+json', write: exportCslJson},
	ris: {ext: 'ris', mime: 'application/x-research-info-systems', write: exportRis},
	'shelfmark-json': {ext: 'json', mime: 'application/json', write: toShelfmarkJson},
	'publish-html': {
		ext: 'html', mime: 'text/html',
		write: (items, {topic, ...options}) => publishTopicHtml(items, topic ?? null, options),
	},
	'publish-markdown': {
		ext: 'md', mime: 'text/markdown',
		write: (items, {topic, ...options}) => publishTopicMarkdown(items, topic ?? null, options),
	},
};

/** A file name safe on every OS: the topic's letters (any script), digits and dashes. */
const slug = (value: string) =>
	value.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);

/** The list (or one topic of it, for the publish formats) as a downloadable file. */
export async function exportList(
	service: ItemService, format: ExportFormat, options: ExportOptions = {},
): Promise<ExportFile> {
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new AppError('BAD_REQUEST', `unknown export format ${String(format)}`);
	const exportedAt = options.exportedAt ?? new Date().toISOString();
	const day = exportedAt.slice(0, 10);
	if (format === 'backup') {
		const docs = await service.docs();
		return {fileName: `shelfmark-backup-${day}.json`, mime: 'application/json', text: exportBackup(docs, exportedAt), count: docs.length};
	}
	const writer = WRITERS[format];
	const live = (await service.all()).filter(item => !item.deletedAt && (!writer.books || item.kind === 'book'));
	const publish = format.startsWith('publish-');
	const topic = publish && options.topic ? slug(options.topic) : '';
	// The publishers pick the topic's items themselves (topic names compare loosely); count the same way.
	const omitted = writer.omits?.(live) ?? 0;
	const count = publish
		? topicGroups(live, options.topic ?? null).reduce((sum, [, items]) => sum + items.length, 0)
		: live.length - omitted;
	const name = publish ? `shelfmark-${topic || 'list'}` : `shelfmark-${format}-${day}`;
	const text = writer.write(live, {...options, generatedAt: options.generatedAt ?? day});
	return {fileName: `${name}.${writer.ext}`, mime: writer.mime, text, count, ...(omitted > 0 ? {omitted} : {})};
}
