import {validateDoc} from './validate-doc.ts';

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first thing wrong with a doc, as `[field path, message]`, or undefined for a valid doc. The rules are those of
 * core/validate-doc.ts (types, http(s) URLs, caps, depth, size), the one validator of docs from outside.
 */
export function docShapeError(doc: unknown): [string, string] | undefined {
	const problem = validateDoc(doc).problems[0];
	return problem && [problem.field, problem.message];
}
