import { useId, type ReactNode } from 'react';

export interface ScrollTableProps {
  caption: string;
  children: ReactNode;
}

/** A table that scrolls sideways on a small screen; the scroll area is focusable so keyboard users can scroll it. */
export function ScrollTable({ caption, children }: ScrollTableProps) {
  const captionId = useId();
  return (
    <div className="dialoog-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table dialoog-table">
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
