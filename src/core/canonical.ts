/**
 * JSON with object keys sorted at every level. Two replicas holding the same CRDT state must produce the same
 * bytes (and so the same content-addressed blob name), whatever order their merges inserted keys in;
 * otherwise they would re-upload each other's shards forever.
 */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) {
		return `[${value.map(element => (element === undefined ? 'null' : canonicalJson(element))).join(',')}]`;
	}
	const record = value as Record<string, unknown>;
	const parts: string[] = [];
	for (const key of Object.keys(record).sort()) {
		const element = record[key];
		if (element !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalJson(element)}`);
	}
	return `{${parts.join(',')}}`;
}
