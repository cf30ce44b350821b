import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';

/** Any address Fixpath does not know. */
export function NotFoundPage() {
  return (
    <section className="stack" aria-labelledby="not-found-title">
      <h1 id="not-found-title">We could not find that page</h1>
      <p>The address may be mistyped, or the page may have moved.</p>
      <p>
        <Link to={paths.home()}>Find your error from the home page</Link>
      </p>
    </section>
  );
}
