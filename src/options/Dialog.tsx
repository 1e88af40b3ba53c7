import type {ComponentChildren, TargetedKeyboardEvent} from 'preact';
import {useEffect, useId, useRef} from 'preact/hooks';

export type DialogProps = {
	/** The dialog's heading, which also names it. */
	title: string;
	onClose(): void;
	children: ComponentChildren;
	/** An extra class for the dialog box. */
	class?: string;
};

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex="0"]';

/**
 * A modal dialog over the page: focus moves into it and stays there (Tab wraps), Escape or a click on the backdrop
 * closes it, and focus returns to where it was. A plain element rather than `<dialog>`, which jsdom cannot open.
 */
export function Dialog({title, onClose, children, class: extra}: DialogProps) {
	const id = useId();
	const box = useRef<HTMLDivElement>(null);
	useEffect(() => {
		const opener = document.activeElement as HTMLElement | null;
		const target = box.current!.querySelector<HTMLElement>('[data-autofocus]')
			?? box.current!.querySelector<HTMLElement>(FOCUSABLE) ?? box.current!;
		target.focus();
		return () => { if (opener?.isConnected) opener.focus(); };
	}, []);
	const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			event.stopPropagation();
			onClose();
		} else if (event.key === 'Tab') {
			const focusable = [...box.current!.querySelectorAll<HTMLElement>(FOCUSABLE)];
			const first = focusable[0];
			const last = focusable.at(-1);
			if (!first || !last) return;
			if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
			else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
		}
	};
	return (
		<div class="dialog-backdrop" onMouseDown={event => { if (event.target === event.currentTarget) onClose(); }}>
			<div ref={box} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} tabIndex={-1}
				class={`dialog ${extra ?? ''}`} onKeyDown={onKeyDown}>
				<h2 id={`${id}-title`}>{title}</h2>
				{children}
			</div>
		</div>
	);
}
