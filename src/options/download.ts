/**
 * Saves text (or its parts, in order) as a file through a Blob URL and a temporary `<a download>`: no `downloads`
 * permission needed. The URL is revoked a moment later, after the browser has started the download.
 */
export function downloadText(fileName: string, mime: string, text: string | string[]): void {
	const url = URL.createObjectURL(new Blob(Array.isArray(text) ? text : [text], {type: `${mime};charset=utf-8`}));
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.download = fileName;
	anchor.hidden = true;
	document.body.append(anchor);
	anchor.click();
	anchor.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
