import type {DriverPage} from './driver.ts';

/** Sets the import view's file input to a file made in the page from `text` (a DataTransfer, as a drop would give). */
export function chooseFile(page: DriverPage, name: string, text: string): Promise<void> {
	return page.evaluate(({name, text}) => {
		const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], name, {type: 'text/plain'}));
		input.files = transfer.files;
		input.dispatchEvent(new Event('change', {bubbles: true}));
	}, {name, text});
}
