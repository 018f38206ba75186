import { useSyncExternalStore } from 'react';
import type { NavigationState } from './navigation';
import { useServices } from './services';

export function useNavigationState(): NavigationState {
  const { navigation } = useServices();
  return useSyncExternalStore(navigation.subscribe, navigation.getState);
}
