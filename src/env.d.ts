/** True in `vite build --mode e2e` builds only. */
declare const __E2E__: boolean;

/** crxjs: importing a script with `?script` gives its built file name, for `scripting.executeScript`. */
declare module '*?script' {
	const fileName: string;
	export default fileName;
}
