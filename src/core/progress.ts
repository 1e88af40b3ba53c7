import type {ItemPatch} from './item-doc.ts';
import type {Item, Kind, Progress} from './types.ts';

/**
 * Progress through a work (lesson 12 of 45, page 120 of 350, 40 percent), and the status rules it drives: the first
 * progress on a work not started sets "reading"; reaching the total is complete, which the UI offers as "done".
 * Shared by the list's quick update and the item form, so both follow one rule.
 */

export const PROGRESS_UNITS = ['page', 'lesson', 'minute', 'percent'] as const satisfies readonly Progress['unit'][];

/** How far one "+" moves: one page or lesson, five minutes of a talk, a tenth of a work counted in percent. */
export const PROGRESS_STEP: Record<Progress['unit'], number> = {page: 1, lesson: 1, minute: 5, percent: 10};

/** The number a progress counts towards: its own total, 100 for a percentage, unknown otherwise. */
export function progressTotal(progress: Progress): number | undefined {
	return progress.unit === 'percent' ? 100 : progress.total;
}

/** Whether the progress has reached its total (never, when the total is unknown). */
export function isComplete(progress: Progress | undefined): boolean {
	if (!progress) return false;
	const total = progressTotal(progress);
	return total !== undefined && total > 0 && progress.done >= total;
}

/** The share done, 0…1, or undefined when the total is unknown. */
export function progressFraction(progress: Progress): number | undefined {
	const total = progressTotal(progress);
	if (total === undefined || total <= 0) return undefined;
	return Math.min(1, Math.max(0, progress.done / total));
}

const whole = (value: number | undefined): number | undefined =>
	value === undefined || !Number.isFinite(value) ? undefined : Math.max(0, Math.round(value));

/**
 * A progress as typed or computed, made sane: whole non-negative numbers, a positive total or none, `done` never
 * past the total (a percentage has no total of its own and stops at 100).
 */
export function cleanProgress(progress: Progress): Progress {
	const total = progress.unit === 'percent' ? undefined : whole(progress.total) || undefined;
	const limit = progress.unit === 'percent' ? 100 : total;
	const done = Math.min(whole(progress.done) ?? 0, limit ?? Number.POSITIVE_INFINITY);
	return {done, ...(total === undefined ? {} : {total}), unit: progress.unit};
}

/** The unit a kind's progress is counted in: pages of a book or paper, lessons of a course, minutes of a talk. */
export function defaultProgressUnit(kind: Kind): Progress['unit'] {
	if (kind === 'book' || kind === 'paper') return 'page';
	if (kind === 'course') return 'lesson';
	if (kind === 'video' || kind === 'podcast') return 'minute';
	return 'percent';
}

/**
 * Where an item's progress starts when the user first moves it (the list's "+1" and the form alike): in the unit its
 * length is counted in, with that length as the total; else in its kind's unit with no total.
 */
export function startingProgress(item: Pick<Item, 'kind' | 'duration' | 'progress'>): Progress {
	if (item.progress) return item.progress;
	const {lessons, pages, minutes} = item.duration ?? {};
	if (lessons) return {done: 0, total: lessons, unit: 'lesson'};
	if (pages) return {done: 0, total: pages, unit: 'page'};
	const unit = defaultProgressUnit(item.kind);
	return unit === 'minute' && minutes ? {done: 0, total: minutes, unit} : {done: 0, unit};
}

/** The progress `steps` steps further (or back, when negative), within 0 and the total. */
export function bumpProgress(progress: Progress, steps = 1): Progress {
	return cleanProgress({...progress, done: progress.done + steps * PROGRESS_STEP[progress.unit]});
}

/**
 * The patch that records new progress on `item`. The first progress on a work still wanted (anything done) sets it
 * to "reading"; a status the user chose otherwise (done, dropped, reading) is left alone.
 */
export function progressPatch(item: Pick<Item, 'status'>, progress: Progress): ItemPatch {
	const clean = cleanProgress(progress);
	return {progress: clean, ...(item.status === 'want' && clean.done > 0 ? {status: 'reading' as const} : {})};
}
