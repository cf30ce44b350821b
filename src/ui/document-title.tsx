import { useEffect } from 'react';

/**
 * Sets the tab's title after client-side navigation (prerendered pages already carry theirs),
 * so tabs, history and bookmarks say which error and which step they are.
 */
export function DocumentTitle({ title }: { readonly title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
