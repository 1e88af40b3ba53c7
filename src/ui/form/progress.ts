import {cleanProgress, isComplete} from '../../core/progress.ts';
import type {Duration, Progress, Status} from '../../core/types.ts';

/** Progress as the form holds it: numbers as typed ('' for none). */
export type ProgressText = {done: string; total: string; unit: Progress['unit']};

const count = (text: string): number | undefined => {
	if (text.trim() === '') return undefined;
	const value = Number(text);
	return Number.isFinite(value) && value >= 0 ? value : undefined;
};

/** The stored progress (core/progress.ts cleans it), or undefined when nothing is typed yet. */
export function readProgress(text: ProgressText): Progress | undefined {
	const done = count(text.done);
	return done === undefined ? undefined : cleanProgress({done, total: count(text.total), unit: text.unit});
}

/** A progress shown in the form; a missing total comes from the work's length in the same unit. */
export function progressText(progress: Progress | undefined, unit: Progress['unit'],
	duration?: Duration): ProgressText {
	const shown = progress?.unit ?? unit;
	const total = progress?.total ?? lengthIn(shown, duration);
	return {
		done: progress ? String(progress.done) : '',
		total: shown === 'percent' || total === undefined ? '' : String(total), unit: shown,
	};
}

function lengthIn(unit: Progress['unit'], duration: Duration | undefined): number | undefined {
	if (unit === 'page') return duration?.pages;
	if (unit === 'lesson') return duration?.lessons;
	if (unit === 'minute') return duration?.minutes;
	return undefined;
}

/**
 * Progress moves status one way only: the first progress on a work still wanted means it is being read (the rule of
 * core's progressPatch, taken only on the first progress here, so a status the user sets back in the form stays).
 */
export function statusAfterProgress(status: Status, before: ProgressText, after: ProgressText): Status {
	const was = readProgress(before)?.done ?? 0;
	const now = readProgress(after)?.done ?? 0;
	return status === 'want' && was === 0 && now > 0 ? 'reading' : status;
}

/** Reaching the total offers "done" (the user decides; it is never set by itself). */
export function offersDone(status: Status, text: ProgressText): boolean {
	return status !== 'done' && isComplete(readProgress(text));
}
