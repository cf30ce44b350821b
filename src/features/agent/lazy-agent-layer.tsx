import { lazy, Suspense } from 'react';
import type { AgentLayerProps } from './agent-layer.tsx';

/** Agent mode's code is its own chunk: owner-mode visitors never download it. */
const AgentLayer = lazy(() => import('./agent-layer.tsx'));

export function LazyAgentLayer(props: AgentLayerProps) {
  return (
    <Suspense
      fallback={
        <p className="muted" role="status">
          Loading the agent tools…
        </p>
      }
    >
      <AgentLayer {...props} />
    </Suspense>
  );
}
