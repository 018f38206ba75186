import { createContext, useContext, type ReactNode } from 'react';
import type { ParallaxBridge } from '@shared/bridge';
import type { ParallaxDB } from '../db/schema';
import type { ImportQueue } from '../features/import/import-queue';

export interface AppServices {
  db: ParallaxDB;
  bridge: ParallaxBridge;
  importQueue: ImportQueue;
  mode: 'electron' | 'web';
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}
