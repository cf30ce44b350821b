import { Component, type ErrorInfo, type ReactNode } from 'react';
import { withBase } from '../routing/base-path.ts';
import { paths } from '../routing/paths.ts';

interface Props {
  readonly children: ReactNode;
  /** The boundary clears itself when this changes (the path): a new page gets a new chance. */
  readonly resetKey: string;
}
interface State {
  readonly failed: boolean;
  readonly resetKey: string;
}

/** Catches anything a screen throws: a plain message and a way home, never a blank page. */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  // Reset by prop rather than by remounting (a `key`): moving from step to step then keeps the
  // page's DOM and only updates what changed.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
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
          <a className="button" href={withBase(paths.home())}>
            Go to the home page
          </a>
        </p>
      </section>
    );
  }
}
