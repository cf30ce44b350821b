import { Route, Routes, useLocation } from 'react-router';
import { otherModePath } from '../../routing/mode-switch.ts';
import { embedOf, modeOf, routePatterns } from '../../routing/paths.ts';
import { RouteErrorBoundary } from '../error-boundary.tsx';
import { Layout } from '../layout.tsx';
import { AppReady } from './app-ready.tsx';
import { StepRoute } from './step-route.tsx';

/**
 * The wizard: the one part of Fixpath that runs as an app (answering moves from step to step
 * without a page load). Used inside BrowserRouter (client) and StaticRouter (prerendered steps).
 */
export function WizardApp() {
  const location = useLocation();
  const mode = modeOf(location.search);
  return (
    <Layout
      mode={mode}
      embed={embedOf(location.search)}
      otherMode={otherModePath(location.pathname, location.search, location.hash, mode)}
    >
      <AppReady />
      <RouteErrorBoundary resetKey={location.pathname}>
        <Routes>
          <Route path={routePatterns.step} element={<StepRoute />} />
        </Routes>
      </RouteErrorBoundary>
    </Layout>
  );
}
