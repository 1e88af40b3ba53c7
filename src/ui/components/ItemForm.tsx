import type {ComponentChildren} from 'preact';
import {useId, useState} from 'preact/hooks';
import {defaultProgressUnit} from '../../core/progress.ts';
import {type KindField, showsField} from '../form/kind-fields.ts';
import {offersDone, type ProgressText, statusAfterProgress} from '../form/progress.ts';
import {type FormError, type FormValues, readValues} from '../form/work-values.ts';
import {t} from '../i18n.ts';
import {ContributorsField} from './ContributorsField.tsx';
import {CoverField} from './CoverField.tsx';
import {IdsField} from './IdsField.tsx';
import {KindSelect} from './KindSelect.tsx';
import {LinksField} from './LinksField.tsx';
import {ProgressField} from './ProgressField.tsx';
import {RatingInput} from './RatingInput.tsx';
import {RecommendedField} from './RecommendedField.tsx';
import {StatusSelect} from './StatusSelect.tsx';
import {TopicInput} from './TopicInput.tsx';
import './item-form.css';

export type ItemFormProps = {
	values: FormValues;
	onChange(values: FormValues): void;
	/** Topics offered by the topic autocomplete. */
	knownTopics: string[];
	/** The user tried to save: show every error, "needs a title" included. */
	submitted?: boolean;
	/** The details start open (the editor) or closed behind a one-line summary (the popup). */
	detailsOpen?: boolean;
	/** Shown under the title and authors, e.g. "Fill in from Open Library". */
	extra?: ComponentChildren;
	/** Shows everything a recommending page recommends (the options page). */
	onShowRecommended?: (url: string) => void;
};

/** The form's errors, as the fields show them. */
export const formErrors = (values: FormValues): FormError[] => readValues(values).errors;

/** One line that says what the closed details hold, so a short form hides nothing. */
function summaryOf(values: FormValues): string {
	const id = values.ids.find(row => row.value.trim());
	return [
		values.publisher || values.provider, id?.value,
		values.pages && `${values.pages} ${t('durationPages')}`, values.lessons && `${values.lessons} ${t('durationLessons')}`,
		values.minutes && `${values.minutes} ${t('durationMinutes')}`,
		values.price.amount && `${values.price.currency} ${values.price.amount}`,
	].filter(Boolean).join(' · ');
}

/**
 * Every editable field of a work, shared by the popup, the options editor and "Add a work"; the caller owns the
 * <form>, its buttons and saving. Fields that do not fit the kind (an ISBN on an article) stay hidden unless filled.
 */
export function ItemForm({values, onChange, knownTopics, submitted, detailsOpen, extra,
	onShowRecommended}: ItemFormProps) {
	const id = useId();
	const edit = (patch: Partial<FormValues>) => onChange({...values, ...patch});
	const errors = formErrors(values);
	const shown = (field: KindField, filled: unknown) => showsField(values.kind, field, Boolean(filled));
	const editProgress = (progress: ProgressText) =>
		edit({progress, status: statusAfterProgress(values.status, values.progress, progress)});
	const editKind = (kind: FormValues['kind']) => edit({
		kind, ...(values.progress.done ? {} : {progress: {...values.progress, unit: defaultProgressUnit(kind)}}),
	});
	const noTitle = submitted && errors.some(error => error.code === 'noTitle');
	const priceError = errors.some(error => error.code === 'invalidPrice');
	const summary = summaryOf(values);
	// Fields follow the status too: progress matters once a work is started, a rating once it is finished. Before
	// that they wait in the details, so saving a work to read later stays a short form. Where they sit is decided
	// when the form opens: a field that moved while being typed in would lose the focus.
	const progress = (
		<ProgressField value={values.progress} onChange={editProgress}
			offerDone={offersDone(values.status, values.progress)} onDone={() => edit({status: 'done'})}/>
	);
	const rating = <RatingInput name={`${id}-rating`} value={values.rating} onChange={rating => edit({rating})}/>;
	const [progressUp] = useState(() => Boolean(detailsOpen) || values.status !== 'want'
		|| values.progress.done.trim() !== '');
	const [ratingUp] = useState(() => Boolean(detailsOpen) || values.status === 'done' || values.status === 'dropped'
		|| Boolean(values.rating));
	return (
		<div class="item-form">
			<div class="field">
				<label for={`${id}-title`}>{t('fieldTitle')}</label>
				<textarea id={`${id}-title`} name="title" rows={2} value={values.title} aria-invalid={noTitle}
					aria-describedby={noTitle ? `${id}-title-error` : undefined} onInput={e => edit({title: e.currentTarget.value})}/>
				{noTitle && <p id={`${id}-title-error`} class="hint error">{t('formNoTitle')}</p>}
			</div>
			<div class="field-row">
				<KindSelect value={values.kind} onChange={kind => kind && editKind(kind)}/>
				<StatusSelect value={values.status} onChange={status => status && edit({status})}/>
			</div>
			<div class="field">
				<label for={`${id}-authors`}>{t('fieldAuthors')}</label>
				<input id={`${id}-authors`} name="authors" value={values.authors} placeholder={t('fieldAuthorsHint')}
					onInput={e => edit({authors: e.currentTarget.value})}/>
			</div>
			{extra}
			<TopicInput value={values.topics} suggestions={knownTopics} onChange={topics => edit({topics})}/>
			{progressUp && progress}
			{ratingUp && rating}
			<div class="field">
				<label for={`${id}-notes`}>{t('fieldNotes')}</label>
				<textarea id={`${id}-notes`} name="notes" rows={3} value={values.notes}
					onInput={e => edit({notes: e.currentTarget.value})}/>
			</div>
			<details class="details" open={detailsOpen || errors.some(error => error.field !== 'title')}>
				<summary>{t('detailsHeading')}{summary && <span class="muted"> · {summary}</span>}</summary>
				<div class="details-body">
					{!progressUp && progress}
					{!ratingUp && rating}
					<div class="field">
						<label for={`${id}-subtitle`}>{t('fieldSubtitle')}</label>
						<input id={`${id}-subtitle`} name="subtitle" value={values.subtitle}
							onInput={e => edit({subtitle: e.currentTarget.value})}/>
					</div>
					<ContributorsField value={values.contributors} onChange={contributors => edit({contributors})}/>
						<IdsField value={values.ids} errors={errors} isbn={shown('isbn', false)}
							onChange={ids => edit({ids})}
						newScheme={shown('isbn', false)
							? 'isbn'
							: values.kind === 'paper' || values.kind === 'article' ? 'doi' : 'asin'}/>
					<LinksField value={values.links} errors={errors} onChange={links => edit({links})}/>
					<div class="field-row">
						{shown('publisher', values.publisher) && (
							<div class="field">
								<label for={`${id}-publisher`}>{t('fieldPublisher')}</label>
								<input id={`${id}-publisher`} name="publisher" value={values.publisher}
									onInput={e => edit({publisher: e.currentTarget.value})}/>
							</div>
						)}
						{shown('provider', values.provider) && (
							<div class="field">
								<label for={`${id}-provider`}>{t('fieldProvider')}</label>
								<input id={`${id}-provider`} name="provider" value={values.provider}
									onInput={e => edit({provider: e.currentTarget.value})}/>
							</div>
						)}
					</div>
					<div class="field-row">
						<div class="field">
							<label for={`${id}-date`}>{t('fieldPublishedAt')}</label>
							<input id={`${id}-date`} name="publishedAt" value={values.publishedAt} placeholder="2024-05"
								onInput={e => edit({publishedAt: e.currentTarget.value})}/>
						</div>
						<div class="field">
							<label for={`${id}-lang`}>{t('fieldLanguage')}</label>
							<input id={`${id}-lang`} name="language" value={values.language}
								onInput={e => edit({language: e.currentTarget.value})}/>
						</div>
					</div>
					<CoverField value={values.image} title={values.title} onChange={image => edit({image})}/>
					<LengthField values={values} edit={edit}/>
					{shown('price', values.price.amount || values.price.currency) && (
						<fieldset class="field">
							<legend>{t('fieldPrice')}</legend>
							<div class="numbers">
								<label>
									<span>{t('priceAmount')}</span>
									<input name="price" type="number" min={0} step={0.01} inputMode="decimal"
										value={values.price.amount} aria-invalid={priceError}
										onInput={e => edit({price: {...values.price, amount: e.currentTarget.value}})}/>
								</label>
								<label>
									<span>{t('priceCurrency')}</span>
									<input name="currency" maxLength={3} value={values.price.currency}
										aria-invalid={priceError} onInput={e => edit({
											price: {...values.price, currency: e.currentTarget.value.toUpperCase()},
										})}/>
								</label>
							</div>
							{priceError && <p class="hint error">{t('formInvalidPrice')}</p>}
						</fieldset>
					)}
					<div class="field">
						<label for={`${id}-finished`}>{t('fieldFinishedAt')}</label>
						<input id={`${id}-finished`} name="finishedAt" type="date" value={values.finishedAt}
							onInput={e => edit({finishedAt: e.currentTarget.value})}/>
					</div>
					<RecommendedField value={values.recommendedBy} onChange={recommendedBy => edit({recommendedBy})}
						onShow={onShowRecommended}/>
				</div>
			</details>
		</div>
	);
}

const LENGTHS = [['pages', 'durationPages'], ['lessons', 'durationLessons'], ['minutes', 'durationMinutes']] as const;

/** Pages, lessons and minutes, each where the kind has it or a value is there. */
function LengthField({values, edit}: {values: FormValues; edit(patch: Partial<FormValues>): void}) {
	const fields = LENGTHS.filter(([key]) => showsField(values.kind, key, Boolean(values[key])));
	if (fields.length === 0) return null;
	return (
		<fieldset class="field">
			<legend>{t('fieldDuration')}</legend>
			<div class="numbers">
				{fields.map(([key, label]) => (
					<label key={key}>
						<span>{t(label)}</span>
						<input name={key} type="number" min={0} step={1} inputMode="numeric" value={values[key]}
							onInput={e => edit({[key]: e.currentTarget.value})}/>
					</label>
				))}
			</div>
		</fieldset>
	);
}
