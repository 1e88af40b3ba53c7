/** A parsed JSON object (not an array, not null): what readers of outside data check before reading fields. */
export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
