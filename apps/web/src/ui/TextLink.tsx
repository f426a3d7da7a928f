import type { Ref } from 'react';
import { Link, type LinkProps } from 'react-router';

export interface TextLinkProps extends LinkProps {
  ref?: Ref<HTMLAnchorElement>;
}

/** An in-app link with the NL Design System link style. */
export function TextLink({ className, ...rest }: TextLinkProps) {
  return <Link {...rest} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} />;
}
