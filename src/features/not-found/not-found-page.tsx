import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';

/** Any address Fixpath does not know. `query` is the code that was asked for, if any. */
export function NotFoundPage({ query }: { readonly query?: string }) {
  return (
    <section className="stack" aria-labelledby="not-found-title">
      <h1 id="not-found-title">We could not find that page</h1>
      {query ? <p>Fixpath has no page for “{query}”.</p> : <p>The address may be mistyped.</p>}
      <p>
        <Link to={paths.home()}>Find your error from the home page</Link>
      </p>
    </section>
  );
}
