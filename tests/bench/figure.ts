/**
 * The contract of a bench module (tests/bench/*.bench.ts), run by scripts/bench.mjs with tsx, one
 * process per module:
 *
 *   export default async function (): Promise<Figure[]> { ... }
 *
 * The module measures, cleans up what it started, and returns its figures; it asserts nothing
 * (DESIGN §7: budgets are reported, not enforced). Throwing marks the module failed.
 */
export type Figure = {
	/** What was measured, e.g. `popup JS+CSS gzip`. */
	name: string;
	value: number;
	/** `KB` (1000 bytes), `ms`, `items/s`... */
	unit: string;
	/** The DESIGN §7 budget in the same unit (a ceiling), or null where the design sets none. */
	budget: number | null;
};

/** A bench module's default export. */
export type Bench = () => Promise<Figure[]>;
