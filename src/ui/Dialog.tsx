import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useT } from '../state/interfaceLanguage';

/** Whether a dialog is open, and how it asks its opener to open or close it (the props of a screen's dialog). */
export type DialogOpenProps = { open: boolean; onOpenChange(open: boolean): void };

/** An accessible modal dialog (focus trap, Escape, screen-reader title) on Radix primitives. */
export function Dialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
  /** Where focus goes when the dialog closes (by default back to what had it before). */
  returnFocus?: () => void;
  /** The control that gets focus when the dialog opens (by default the first field of a form, else the first control). */
  initialFocus?: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  // The control that had focus when the dialog opened (read before the dialog moves focus inside itself),
  // so closing, with Esc too, returns there: also for dialogs opened by a shortcut or from a menu.
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (props.open)
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [props.open]);
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog ${props.wide ? 'dialog--wide' : ''}`}
          onOpenAutoFocus={(event) => {
            const content = event.currentTarget as HTMLElement;
            // A control that focused itself on mount (autoFocus) keeps the focus.
            if (!props.initialFocus?.current && content.contains(document.activeElement)) return;
            const target =
              props.initialFocus?.current ?? content.querySelector<HTMLElement>('[data-form-field]');
            if (!target) return;
            event.preventDefault();
            target.focus();
          }}
          onCloseAutoFocus={(event) => {
            if (props.returnFocus) {
              event.preventDefault();
              props.returnFocus();
            } else if (opener.current?.isConnected) {
              event.preventDefault();
              opener.current.focus();
            }
          }}
        >
          <div className="dialog__header">
            <RadixDialog.Title className="dialog__title">{props.title}</RadixDialog.Title>
            <RadixDialog.Close className="icon-button" aria-label={t('Close')}>
              <X size={18} aria-hidden />
            </RadixDialog.Close>
          </div>
          {props.description ? (
            <RadixDialog.Description className="dialog__description">
              {props.description}
            </RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{props.title}</RadixDialog.Description>
          )}
          {props.children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
