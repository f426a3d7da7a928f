import type { ButtonHTMLAttributes, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'primary' | 'secondary' | 'subtle';
  /** Shows the busy style and disables the button while an action runs. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** NL Design System button (utrecht-button CSS). */
export function Button({ appearance = 'primary', busy = false, className, type = 'button', disabled, ...rest }: ButtonProps) {
  const classes = [
    'utrecht-button',
    `utrecht-button--${appearance === 'primary' ? 'primary-action' : appearance === 'secondary' ? 'secondary-action' : 'subtle'}`,
    type === 'submit' ? 'utrecht-button--submit' : null,
    busy ? 'utrecht-button--busy' : null,
    disabled || busy ? 'utrecht-button--disabled' : null,
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return <button {...rest} type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} />;
}
