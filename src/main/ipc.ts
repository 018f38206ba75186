import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { BRIDGE_CHANNELS, ipcChannel, type BridgeHandlers } from '@shared/bridge';
import { describeThrown, err } from '@shared/result';

/**
 * Wires every bridge channel to its handler. A call from any frame but the app's own page is
 * refused, and a handler that throws answers an error value instead of a rejected promise.
 */
export function registerBridge(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: BridgeHandlers,
  isTrustedSender: (frameUrl: string | undefined) => boolean,
): void {
  for (const channel of BRIDGE_CHANNELS) {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    ipcMain.handle(ipcChannel(channel), async (event: IpcMainInvokeEvent, request: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return err({ code: 'untrusted-sender', message: 'This request did not come from the Parallax window.' });
      }
      try {
        return await handler(request);
      } catch (thrown) {
        return err({ code: 'internal', message: `Something went wrong in Parallax: ${describeThrown(thrown)}` });
      }
    });
  }
}
