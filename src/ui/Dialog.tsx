import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

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
}) {
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog ${props.wide ? 'dialog--wide' : ''}`}
          onCloseAutoFocus={(event) => {
            if (!props.returnFocus) return;
            event.preventDefault();
            props.returnFocus();
          }}
        >
          <div className="dialog__header">
            <RadixDialog.Title className="dialog__title">{props.title}</RadixDialog.Title>
            <RadixDialog.Close className="icon-button" aria-label="Close">
              <X size={18} aria-hidden />
            </RadixDialog.Close>
          </div>
          {props.description ? (
            <RadixDialog.Description className="dialog__description">{props.description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{props.title}</RadixDialog.Description>
          )}
          {props.children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
