import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ServicesProvider, type AppServices } from '../../src/renderer/src/app/services';

/**
 * Renders components inside the app's services (only the ones a test needs, the rest left out)
 * in a detached element, as a jsdom test of a hook or a component does; unmount the root after.
 */
export async function renderWithServices(services: Partial<AppServices>, children: ReactNode): Promise<Root> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const root = createRoot(document.createElement('div'));
  await act(async () => {
    root.render(<ServicesProvider services={services as AppServices}>{children}</ServicesProvider>);
  });
  return root;
}
