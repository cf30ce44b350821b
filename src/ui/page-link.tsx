import type { ReactNode } from 'react';
import { withBase } from '../routing/base-path.ts';

interface Props {
  /** An app path built by `paths` (`/errors/102`); the base path is added here. */
  readonly to: string;
  readonly className?: string;
  readonly children: ReactNode;
  readonly 'aria-describedby'?: string;
  /** Marks a link that starts an error's guide (the slug), for the count of guides started. */
  readonly 'data-starts-guide'?: string;
}

/**
 * A link to another page of this site. Pages are static documents, so this is a plain link: a
 * full page load that works before any script runs (and without JavaScript).
 */
export function PageLink({ to, className, children, ...rest }: Props) {
  return (
    <a href={withBase(to)} className={className} {...rest}>
      {children}
    </a>
  );
}
