import {useId, useState} from 'preact/hooks';
import type {TopicCount} from '../core/query.ts';
import type {MessageKey} from '../shared/i18n/index.ts';
import {EXPORT_FORMATS, type ExportFormat} from '../shared/import-protocol.ts';
import {useApi} from '../ui/api-context.ts';
import {errorMessage, t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';
import {downloadText} from './download.ts';

export type ExportPanelProps = {
	topics: TopicCount[];
	onMessage(message: string, error?: boolean): void;
};

/** Pick a format (and a topic to publish), then download the file the background writes. */
export function ExportPanel({topics, onMessage}: ExportPanelProps) {
	const id = useId();
	const api = useApi();
	const [format, setFormat] = useState<ExportFormat>('backup');
	const [topic, setTopic] = useState('');
	const [busy, setBusy] = useState(false);
	const publish = format.startsWith('publish-');
	const download = async () => {
		setBusy(true);
		try {
			const file = await api.exportList(format,
				publish && topic ? {topic, locale: t('optLang') === 'zh-CN' ? 'zh_CN' : 'en'} : {});
			const parts = [file.text];
			// A large export arrives in parts (one message each); the Blob joins them without one giant string.
			for (let part = 1; part < (file.parts ?? 1); part++) {
				parts.push((await api.exportList(format, {exportId: file.exportId!, part})).text);
			}
			downloadText(file.fileName, file.mime, parts);
			onMessage(file.omitted
				? tn('ieExportOmitted', file.count, file.fileName, file.omitted)
				: tn('ieExported', file.count, file.fileName));
		} catch (error) {
			onMessage(errorMessage(error), true);
		} finally {
			setBusy(false);
		}
	};
	return (
		<section class="export-panel" aria-labelledby={`${id}-h`}>
			<h2 id={`${id}-h`}>{t('ieExportHeading')}</h2>
			<div class="field">
				<label for={`${id}-format`}>{t('ieExportFormat')}</label>
				<select id={`${id}-format`} name="export-format" value={format}
					onChange={e => setFormat(e.currentTarget.value as ExportFormat)}>
					{EXPORT_FORMATS.map(value => (
						<option key={value} value={value}>{t(`ieExport_${value.replace(/-/g, '_')}` as MessageKey)}</option>
					))}
				</select>
			</div>
			{publish && (
				<div class="field">
					<label for={`${id}-topic`}>{t('ieExportTopic')}</label>
					<select id={`${id}-topic`} name="export-topic" value={topic} onChange={e => setTopic(e.currentTarget.value)}>
						<option value="">{t('ieExportAllTopics')}</option>
						{topics.map(({name}) => <option key={name} value={name}>{name}</option>)}
					</select>
				</div>
			)}
			<div class="actions">
				<button type="button" class="primary" disabled={busy} onClick={() => void download()}>
					{t('ieDownload')}
				</button>
			</div>
		</section>
	);
}
