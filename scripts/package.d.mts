export const NOT_IN_SOURCES: string[];
export function sourceFiles(tracked: string[]): string[];
export function reviewNotes(template: string, values: Record<string, string>): string;
