import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';

/** The front door (first cut): a way into each covered error. */
export function HomePage() {
  return (
    <section className="stack" aria-labelledby="home-title">
      <h1 id="home-title">Fix a QuickBooks Desktop error</h1>
      <p>Pick the error you see. We will walk you through the fix, one step at a time.</p>
      <ul>
        <li>
          <Link to={paths.error('202')}>
            Error 202: QuickBooks cannot sign in to an Intuit service
          </Link>
        </li>
        <li>
          <Link to={paths.error('102')}>Error 102: the bank feed cannot reach your bank</Link>
        </li>
      </ul>
    </section>
  );
}
