import {useId, useState} from 'preact/hooks';
import type {Fate, ImportProblem, PlanEntry} from '../formats/index.ts';
import {type ImportPreview, PREVIEW_CAP} from '../shared/import-protocol.ts';
import type {MessageKey} from '../shared/i18n/index.ts';
import {t} from '../ui/i18n.ts';

const FATES: Fate[] = ['new', 'merged', 'skipped', 'failed'];

/** The translated reason of a failed or skipped entry, by its stable code. */
const reasonOf = (entry: PlanEntry) => (entry.code ? t(`ieProblem_${entry.code}` as MessageKey) : entry.reason ?? '');

/** "file: line 3: field: message" for a problem. */
export function describeProblem(problem: ImportProblem): string {
	return [problem.file, problem.line !== undefined && t('ieLineField', problem.line), problem.field,
		`${t(`ieProblem_${problem.code}` as MessageKey)} (${problem.message})`].filter(Boolean).join(': ');
}

/** Counts, then the entries (filterable by fate) and the parse problems, each with its line. */
export function ImportPreviewTable({preview}: {preview: ImportPreview}) {
	const id = useId();
	const [fate, setFate] = useState<Fate | ''>(preview.counts.failed > 0 ? 'failed' : '');
	const shown = preview.entries.filter(entry => !fate || entry.fate === fate);
	const {counts} = preview;
	return (
		<section class="import-preview" aria-labelledby={`${id}-h`}>
			<h3 id={`${id}-h`}>{t('iePreviewHeading')}</h3>
			<p class="import-summary" data-counts={JSON.stringify(counts)}>
				{t('iePreviewSummary', preview.total, counts.new, counts.merged, counts.skipped, counts.failed)}
			</p>
			<div class="field">
				<label for={`${id}-fate`}>{t('ieFilter')}</label>
				<select id={`${id}-fate`} name="fate" value={fate} onChange={e => setFate(e.currentTarget.value as Fate | '')}>
					<option value="">{t('ieFilterAll')}</option>
					{FATES.map(value => <option key={value} value={value}>{`${t(`ieFate_${value}`)} (${counts[value]})`}</option>)}
				</select>
			</div>
			<div class="preview-scroll">
				<table class="preview-table">
					<thead><tr><th scope="col">{t('ieColLine')}</th><th scope="col">{t('ieColTitle')}</th><th scope="col">{t('ieColFate')}</th><th scope="col">{t('ieColReason')}</th></tr></thead>
					<tbody>
						{shown.map(entry => (
							<tr key={entry.index} data-fate={entry.fate}>
								<td>{entry.file ? `${entry.file}:${entry.line}` : entry.line}</td>
								<td>{entry.title}</td>
								<td>{t(`ieFate_${entry.fate}`)}</td>
								<td>{reasonOf(entry)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			{FATES.some(value => counts[value] > PREVIEW_CAP) && <p class="hint">{t('ieMore', PREVIEW_CAP)}</p>}
			{preview.problemCount > 0 && (
				<details open={preview.errorCount > 0}>
					<summary>{t('ieProblemsHeading', preview.problemCount)}</summary>
					<ul class="problems">
						{preview.problems.map((problem, i) => <li key={i} data-severity={problem.severity}>{describeProblem(problem)}</li>)}
					</ul>
				</details>
			)}
		</section>
	);
}
