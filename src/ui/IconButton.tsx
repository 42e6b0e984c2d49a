import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes } from 'react';

type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'children' | 'aria-label'> & {
  /** The button's accessible name (it shows no text). */
  label: string;
  icon: LucideIcon;
  /** The icon's size in px. */
  size?: number;
};

/** A button that shows only an icon (delete, move, open…); its name is `label`. */
export function IconButton({ label, icon: Icon, size = 16, className, ...button }: IconButtonProps) {
  return (
    <button
      type="button"
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      {...button}
    >
      <Icon size={size} aria-hidden />
    </button>
  );
}
