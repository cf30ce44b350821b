import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import {
  EMBED_PARAM,
  MODE_PARAM,
  paths,
  SEARCH_PARAM,
  type LinkOptions,
} from '../../routing/paths.ts';
import type { Searcher } from '../../search/searcher.ts';
import { MAX_QUERY_LENGTH } from '../../search/normalize-query.ts';
import { withBase } from '../../routing/base-path.ts';
import { submitSearch } from './use-submit-search.ts';

interface SearchFormProps {
  /** The query in the URL: the box shows it, and follows it on Back and Forward. */
  readonly query: string;
  /** Undefined while the index loads: the search then shows its results on the home page. */
  readonly searcher: Searcher | undefined;
  readonly options: LinkOptions;
  /** On the front door the results show in place; elsewhere a search opens the front door. */
  readonly onHome: boolean;
  /** The form was sent before the island was ready: send it as soon as the index is here. */
  readonly sentEarly?: boolean;
}

/**
 * The front door's search box, an island: prerendered, then taken over when a person uses it.
 * Without JavaScript it is hidden (`needs-js`): the list of codes below it does the job.
 */
export function SearchForm({
  query,
  searcher,
  options,
  onHome,
  sentEarly = false,
}: SearchFormProps) {
  const id = useId();
  const [value, setValue] = useState(query);
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    setValue(query);
  }
  // Text typed before the app took over the prerendered page is in the box but not in state:
  // adopt it straight after hydration, before any re-render could overwrite it.
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const typed = input.current?.value;
    if (typed) setValue(typed);
  }, []);
  // A search sent before the index arrived goes out once it is here, so that one exact code
  // still opens its page directly.
  const waiting = useRef(sentEarly);
  useEffect(() => {
    if (!waiting.current || !searcher) return;
    waiting.current = false;
    // Read the box itself: text typed before the island took over is in the DOM only.
    submitSearch(input.current?.value ?? '', searcher, options, onHome);
  }, [searcher, options, onHome]);
  const action = withBase(paths.home());
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (searcher) submitSearch(input.current?.value ?? value, searcher, options, onHome);
    else waiting.current = true;
  };
  return (
    <form className="search-form needs-js" role="search" action={action} onSubmit={onSubmit}>
      <label className="search-form__label" htmlFor={`${id}-q`}>
        Error code or words from the message
      </label>
      <p className="muted search-form__hint" id={`${id}-hint`}>
        For example: 202, OL-202, H202, payroll, bank feed, sign in
      </p>
      {options.mode === 'agent' && <input type="hidden" name={MODE_PARAM} value="agent" />}
      {options.embed && <input type="hidden" name={EMBED_PARAM} value="1" />}
      <div className="search-form__row">
        <input
          ref={input}
          id={`${id}-q`}
          className="search-form__input"
          type="search"
          name={SEARCH_PARAM}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" className="button">
          Find my error
        </button>
      </div>
    </form>
  );
}
