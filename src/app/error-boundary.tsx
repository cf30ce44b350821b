import { Component, type ErrorInfo, type ReactNode } from 'react';
import { paths } from './paths.ts';

interface Props {
  readonly children: ReactNode;
}
interface State {
  readonly failed: boolean;
}

/** Catches anything a screen throws: a plain message and a way home, never a blank page. */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Fixpath screen error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <section aria-labelledby="boundary-title" className="stack">
        <h1 id="boundary-title" tabIndex={-1}>
          Something went wrong on this page
        </h1>
        <p>
          This is our fault, not yours. Anything you saved in this browser is still here. Try
          loading the page again, or start from the home page.
        </p>
        <p>
          <a className="button" href={`${import.meta.env.BASE_URL}${paths.home().slice(1)}`}>
            Go to the home page
          </a>
        </p>
      </section>
    );
  }
}
