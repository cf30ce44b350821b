import { Fragment } from 'react';

/** A QuickBooks menu path, shown as QuickBooks shows it: Banking > Bank Feeds > Bank Feeds Center. */
export function MenuPath({ items }: { readonly items: readonly string[] }) {
  return (
    <span className="menu-path">
      <span className="visually-hidden">Go to: </span>
      {items.map((item, index) => (
        <Fragment key={`${index}-${item}`}>
          {index > 0 && (
            <>
              <span className="menu-path__sep" aria-hidden="true">
                {' > '}
              </span>
              <span className="visually-hidden"> then </span>
            </>
          )}
          <kbd className="menu-path__item">{item}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
