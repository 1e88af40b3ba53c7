import './import-export.css';
import type {TopicCount} from '../core/query.ts';
import {ExportPanel} from './ExportPanel.tsx';
import {ImportPanel} from './ImportPanel.tsx';

export type ImportExportViewProps = {
	topics: TopicCount[];
	onMessage(message: string, error?: boolean): void;
};

/** The "Import & export" view of the options page. */
export function ImportExportView({topics, onMessage}: ImportExportViewProps) {
	return (
		<div class="panel import-export">
			<ImportPanel topics={topics} onMessage={onMessage}/>
			<ExportPanel topics={topics} onMessage={onMessage}/>
		</div>
	);
}
