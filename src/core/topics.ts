/** Topics are case-insensitive tags: one spelling, no surrounding space or `#`. */
export function normalizeTopic(topic: string): string {
	return topic.trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase().slice(0, 80);
}
