/** First retry after a transient failure; each further failure doubles it. */
export const BACKOFF_MIN_MS = 60_000;
/** The longest wait between retries: the periodic alarm's cadence times four. */
export const BACKOFF_MAX_MS = 60 * 60_000;

/**
 * How long automatic syncs wait after `failures` consecutive transient failures (1 = the first): doubling from a
 * minute up to an hour, spread by ±20% so devices that failed together (a server restart) do not retry together.
 */
export function backoffDelay(failures: number, random: number = 0.5): number {
	const base = Math.min(BACKOFF_MIN_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS);
	return Math.round(base * (0.8 + 0.4 * random));
}
