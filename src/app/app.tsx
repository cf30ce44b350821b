import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { ErrorPage } from '../features/guide/error-page.tsx';
import { NotFoundPage } from '../features/not-found/not-found-page.tsx';
import { HomePage } from '../features/search/home-page.tsx';
import { AppReady } from './app-ready.tsx';
import { RouteErrorBoundary } from './error-boundary.tsx';
import { Layout } from './layout.tsx';
import { routePatterns } from './paths.ts';
import { Loading } from '../ui/loading.tsx';

/** Step pages are never prerendered: their code loads only when a step is opened. */
const StepPage = lazy(() =>
  import('../features/wizard/step-page.tsx').then((m) => ({ default: m.StepPage })),
);

/** The route table. Used inside BrowserRouter (client) and StaticRouter (prerender). */
export function App() {
  const location = useLocation();
  return (
    <Layout>
      <AppReady />
      <RouteErrorBoundary resetKey={location.pathname}>
        <Routes>
          <Route path={routePatterns.home} element={<HomePage />} />
          <Route path={routePatterns.error} element={<ErrorPage />} />
          <Route
            path={routePatterns.step}
            element={
              <Suspense fallback={<Loading />}>
                <StepPage />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </RouteErrorBoundary>
    </Layout>
  );
}
