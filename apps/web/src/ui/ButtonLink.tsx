import { Link, type LinkProps } from 'react-router';

export interface ButtonLinkProps extends LinkProps {
  appearance?: 'primary' | 'secondary';
}

/** A link that looks like a button, for navigation that is the main action of a page. */
export function ButtonLink({ appearance = 'primary', className, ...rest }: ButtonLinkProps) {
  const classes = [
    'utrecht-button-link',
    'utrecht-button-link--html-a',
    appearance === 'primary' ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return <Link {...rest} className={classes} />;
}
