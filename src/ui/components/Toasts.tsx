import {useCallback, useEffect, useRef, useState} from 'preact/hooks';
import {t} from '../i18n.ts';

/** A short message with an optional action (Undo). */
export type Toast = {id: number; message: string; action?: {label: string; run(): void}; error?: boolean};

const TIMEOUT_MS = 8000;

/** A queue of toasts: `show` returns nothing; toasts leave after 8 s, or at once when acted on or dismissed. */
export function useToasts() {
	const [toasts, setToasts] = useState<Toast[]>([]);
	const serial = useRef(0);
	const dismiss = useCallback((id: number) => setToasts(list => list.filter(toast => toast.id !== id)), []);
	const show = useCallback((toast: Omit<Toast, 'id'>) => {
		const id = ++serial.current;
		setToasts(list => [...list.slice(-2), {...toast, id}]);
	}, []);
	return {toasts, show, dismiss};
}

function ToastView({toast, dismiss}: {toast: Toast; dismiss(id: number): void}) {
	const [paused, setPaused] = useState(false);
	useEffect(() => {
		if (paused) return undefined; // Someone reading or about to press Undo keeps the toast
		const timer = setTimeout(() => dismiss(toast.id), TIMEOUT_MS);
		return () => clearTimeout(timer);
	}, [paused, toast.id, dismiss]);
	return (
		<div class={`toast ${toast.error ? 'toast-error' : ''}`} role={toast.error ? 'alert' : undefined}
			onMouseEnter={() => setPaused(true)} onMouseLeave={() => setPaused(false)}
			onFocusIn={() => setPaused(true)} onFocusOut={() => setPaused(false)}>
			<span class="toast-message">{toast.message}</span>
			{toast.action && (
				<button type="button" class="toast-action" onClick={() => { toast.action!.run(); dismiss(toast.id); }}>
					{toast.action.label}
				</button>
			)}
			<button type="button" class="toast-close" aria-label={t('optDismiss')} title={t('optDismiss')}
				onClick={() => dismiss(toast.id)}>×</button>
		</div>
	);
}

/**
 * The live region toasts appear in. It is always in the DOM so screen readers announce what is added
 * (errors assertively: `role="alert"` on the toast itself).
 */
export function Toasts({toasts, dismiss}: {toasts: Toast[]; dismiss(id: number): void}) {
	return (
		<section class="toasts" role="status" aria-live="polite" aria-label={t('optNotifications')}>
			{toasts.map(toast => <ToastView key={toast.id} toast={toast} dismiss={dismiss}/>)}
		</section>
	);
}
