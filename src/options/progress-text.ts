import {PROGRESS_STEP} from '../core/progress.ts';
import type {Progress} from '../core/types.ts';
import {t} from '../ui/i18n.ts';
import {pluralCategory} from '../ui/plural.ts';

type Counted = Exclude<Progress['unit'], 'percent'>;

const unitWord = (unit: Counted, count: number) => t(`optUnit_${unit}_${pluralCategory(count)}`);

/** "12 of 45 lessons", "120 pages", "40%". */
export function progressText(progress: Progress): string {
	if (progress.unit === 'percent') return t('optProgressPercent', progress.done);
	if (progress.total) {
		return t('optProgressOf', progress.done, progress.total, unitWord(progress.unit, progress.total));
	}
	return t('optProgressCount', progress.done, unitWord(progress.unit, progress.done));
}

/** The button's face for one step forward: "+1", "+5", "+10%". */
export function stepFace(unit: Progress['unit']): string {
	return unit === 'percent'
		? t('optProgressStepPercent', PROGRESS_STEP.percent)
		: t('optProgressStep', PROGRESS_STEP[unit]);
}

/** One step said in words, for the button's label: "1 lesson", "5 minutes", "10%". */
export function stepWords(unit: Progress['unit']): string {
	const step = PROGRESS_STEP[unit];
	return unit === 'percent' ? t('optProgressPercent', step) : t('optProgressCount', step, unitWord(unit, step));
}
