import {useId, useState} from 'preact/hooks';
import type {Fate, ImportProblem, PlanEntry} from '../formats/index.ts';
import {type ImportPreview, PREVIEW_CAP} from '../shared/import-protocol.ts';
import type {MessageKey} from '../shared/i18n/index.ts';
import {t} from '../ui/i18n.ts';
import {tn} from '../ui/plural.ts';

const FATES: Fate[] = ['new', 'merged', 'skipped', 'failed'];

/** The translated reason of a failed or skipped entry, by its stable code. */
const reasonOf = (entry: PlanEntry) => (entry.code ? t(`ieProblem_${entry.code}` as MessageKey) : entry.reason ?? '');

/** "file: line 3: field: message" for a problem. */
export function describeProblem(problem: ImportProblem): string {
	return [problem.file, problem.line !== undefined && t('ieLineField', problem.line), problem.field,
		`${t(`ieProblem_${problem.code}` as MessageKey)} (${problem.message})`].filter(Boolean).join(': ');
}

export type ImportPreviewTableProps = {
	preview: ImportPreview;
	/** Indexes of the records whose possible duplicate is ticked for merging. */
	merge?: ReadonlySet<number>;
	onToggleMerge?(index: number, merge: boolean): void;
};

/** The "possible duplicate of ..." line under a title, with the checkbox that merges the record into it. */
function PossibleDuplicate({entry, checked, onToggle}: {entry: PlanEntry; checked: boolean;
	onToggle?(merge: boolean): void}) {
	const id = useId();
	return (
		<div class="possible-duplicate">
			<span id={`${id}-of`}>{t('iePossibleDuplicate', entry.possibleDuplicateOf!.title)}</span>
			<span class="check">
				<input id={id} type="checkbox" name={`merge-${entry.index}`} checked={checked} disabled={!onToggle}
					aria-describedby={`${id}-of`} onChange={e => onToggle?.(e.currentTarget.checked)}/>
				<label for={id}>{t('iePossibleMerge')}</label>
			</span>
		</div>
	);
}

type Filter = Fate | 'possible' | '';

/** Counts, then the entries (filterable by fate) and the parse problems, each with its line. */
export function ImportPreviewTable({preview, merge = new Set(), onToggleMerge}: ImportPreviewTableProps) {
	const id = useId();
	const [fate, setFate] = useState<Filter>(preview.counts.failed > 0 ? 'failed' : '');
	const shown = preview.entries
		.filter(entry => !fate || (fate === 'possible' ? entry.possibleDuplicateOf : entry.fate === fate));
	const {counts} = preview;
	const possible = preview.possible ?? 0;
	return (
		<section class="import-preview" aria-labelledby={`${id}-h`}>
			<h3 id={`${id}-h`}>{t('iePreviewHeading')}</h3>
			<p class="import-summary" data-counts={JSON.stringify(counts)}>
				{tn('iePreviewSummary', preview.total, counts.new, counts.merged, counts.skipped, counts.failed)}
			</p>
			{possible > 0 && <p class="hint possible-summary">{t('iePossibleSummary', possible)}</p>}
			<div class="field">
				<label for={`${id}-fate`}>{t('ieFilter')}</label>
				<select id={`${id}-fate`} name="fate" value={fate} onChange={e => setFate(e.currentTarget.value as Filter)}>
					<option value="">{t('ieFilterAll')}</option>
					{FATES.map(value => <option key={value} value={value}>{`${t(`ieFate_${value}`)} (${counts[value]})`}</option>)}
					{possible > 0 && <option value="possible">{t('ieFilterPossible', possible)}</option>}
				</select>
			</div>
			<div class="preview-scroll">
				<table class="preview-table">
					<thead>
						<tr>
							<th scope="col">{t('ieColLine')}</th><th scope="col">{t('ieColTitle')}</th>
							<th scope="col">{t('ieColFate')}</th><th scope="col">{t('ieColReason')}</th>
						</tr>
					</thead>
					<tbody>
						{shown.map(entry => (
							<tr key={entry.index} data-fate={entry.fate}
								data-possible={entry.possibleDuplicateOf ? '' : undefined}>
								<td>{entry.file ? `${entry.file}:${entry.line}` : entry.line}</td>
								<td>
									{entry.title}
									{entry.possibleDuplicateOf && (
										<PossibleDuplicate entry={entry} checked={merge.has(entry.index)}
											onToggle={onToggleMerge
												&& (checked => onToggleMerge(entry.index, checked))}/>
									)}
								</td>
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
						{preview.problems.map((problem, i) => (
							<li key={i} data-severity={problem.severity}>{describeProblem(problem)}</li>
						))}
					</ul>
				</details>
			)}
		</section>
	);
}
