import type { ReactNode, Ref } from 'react';

export interface AlertProps {
  type: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
  /** `alert` for errors that must be announced at once, `status` for polite updates. */
  role?: 'alert' | 'status';
  tabIndex?: number;
  ref?: Ref<HTMLDivElement>;
}

/** NL Design System alert (utrecht-alert CSS). */
export function Alert({ type, children, role, tabIndex, ref }: AlertProps) {
  return (
    <div ref={ref} className={`utrecht-alert utrecht-alert--${type}`} role={role} tabIndex={tabIndex}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
