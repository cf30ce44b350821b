import { createContext, useContext, type ReactNode } from 'react';

/**
 * Whether links that leave Fixpath open in a new tab: on the embed layout they do, so the
 * firm's page keeps its frame (see decision 012); everywhere else they open in the same tab.
 */
const NewTab = createContext(false);

export function ExternalLinksInNewTab({ children }: { readonly children: ReactNode }) {
  return <NewTab.Provider value={true}>{children}</NewTab.Provider>;
}

/** A link to another site (Intuit, a source, the expert finder): it tells that site nothing. */
export function ExternalLink({
  href,
  className,
  children,
}: {
  readonly href: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const newTab = useContext(NewTab);
  return (
    <a
      href={href}
      className={className}
      rel="noopener noreferrer"
      {...(newTab ? { target: '_blank' } : {})}
    >
      {children}
      {newTab && <span className="visually-hidden"> (opens in a new tab)</span>}
    </a>
  );
}
