import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveStatus } from '../../../../src/renderer/src/features/notes/use-autosave';

describe('autosaving a note', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  function saver(save: (content: string) => Promise<unknown> = () => Promise.resolve()) {
    const statuses: SaveStatus[] = [];
    const saves = vi.fn(save);
    return { autosaver: new Autosaver(saves, 'initial', 400, (status) => statuses.push(status)), saves, statuses };
  }

  it('saves the latest content once, 400 ms after the last change', async () => {
    const { autosaver, saves, statuses } = saver();
    autosaver.change(() => 'a');
    await vi.advanceTimersByTimeAsync(300);
    autosaver.change(() => 'ab');
    await vi.advanceTimersByTimeAsync(399);
    expect(saves).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(saves.mock.calls).toEqual([['ab']]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('saves at once when flushed (blur, closing the note), and not again after', async () => {
    const { autosaver, saves } = saver();
    autosaver.change(() => 'typed just now');
    await autosaver.flush();
    expect(saves.mock.calls).toEqual([['typed just now']]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toHaveBeenCalledTimes(1);
  });

  it('does not save content that is what was loaded', async () => {
    const { autosaver, saves, statuses } = saver();
    autosaver.change(() => 'initial');
    await autosaver.flush();
    expect(saves).not.toHaveBeenCalled();
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('saves in order, one at a time, so an older content never lands last', async () => {
    const order: string[] = [];
    const { autosaver } = saver(async (content) => {
      await new Promise((resolve) => setTimeout(resolve, content === 'first' ? 50 : 1));
      order.push(content);
    });
    autosaver.change(() => 'first');
    const first = autosaver.flush();
    autosaver.change(() => 'second');
    const second = autosaver.flush();
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it('keeps content whose save failed and retries it', async () => {
    let fail = true;
    const { autosaver, saves, statuses } = saver(() => (fail ? Promise.reject(new Error('disk full')) : Promise.resolve()));
    autosaver.change(() => 'precious');
    await autosaver.flush();
    expect(statuses.at(-1)).toBe('failed');
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves.mock.calls).toEqual([['precious'], ['precious']]);
    expect(statuses.at(-1)).toBe('saved');
  });
});
