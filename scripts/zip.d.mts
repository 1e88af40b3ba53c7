export function listFiles(dir: string): string[];
export function zipEntries(entries: Record<string, Uint8Array>): Uint8Array;
export function zipDirectory(dir: string, file: string, files?: string[]): void;
