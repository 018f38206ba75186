import type { App, Session } from 'electron';

/**
 * Session-wide guards: the CSP on every response, every permission (camera, notifications,
 * geolocation...) refused, and no navigation, new window or <webview> ever.
 */
export function hardenSession(session: Session, contentSecurityPolicy: string | (() => string)): void {
  const policy = typeof contentSecurityPolicy === 'string' ? () => contentSecurityPolicy : contentSecurityPolicy;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [policy()],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * No window ever navigates away from the app or opens another one. A web link the user
 * clicks (an article's URL) goes to the system browser instead.
 */
export function denyNavigationAndPopups(
  app: App,
  isAppUrl: (url: string) => boolean,
  openExternal: (url: string) => void,
): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (/^https?:\/\//i.test(url)) openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
