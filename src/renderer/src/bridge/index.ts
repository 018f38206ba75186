import type { ParallaxBridge } from '@shared/bridge';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    parallax?: ParallaxBridge;
  }
}

export const APP_VERSION = '0.1.0';

let bridge: ParallaxBridge | null = null;

/** Electron's preload bridge when there is one, else the web implementation of the same contract. */
export function getBridge(): ParallaxBridge {
  bridge ??= window.parallax ?? createWebBridge(APP_VERSION);
  return bridge;
}

export function isWebMode(): boolean {
  return window.parallax === undefined;
}
