import type { ReactNode } from 'react';
import { Dialog } from '../../../ui/Dialog';

/** A yes/no confirmation for destructive or far-reaching actions. */
export function ConfirmDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  onConfirm(): void | Promise<void>;
  danger?: boolean;
}) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange} title={props.title} description={props.description}>
      <div className="dialog__actions">
        {/* A destructive confirmation starts on the safe choice: Enter cancels. */}
        <button type="button" className="button" autoFocus={props.danger} onClick={() => props.onOpenChange(false)}>
          Cancel
        </button>
        <button
          type="button"
          className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
          onClick={async () => {
            await props.onConfirm();
            props.onOpenChange(false);
          }}
        >
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
