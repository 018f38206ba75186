import { readdir, readFile, writeFile } from 'node:fs/promises';

/**
 * The memory of the browser's renderer processes (the tab, its Web Workers run in the same
 * process), read from /proc. A page cannot measure its workers' heaps
 * (performance.measureUserAgentSpecificMemory needs cross-origin isolation, CDP's
 * Runtime.getHeapUsage sees one isolate), and what exhausts a tab is the process's resident
 * memory anyway: VmRSS now, VmHWM its peak since the process started. Summed over every
 * renderer of this browser, so an upper bound on the tab's own.
 */
export interface TabMemory {
  /** Bytes resident now. */
  sample(): Promise<number>;
  /** Bytes at the highest point so far (the kernel's high-water mark per process). */
  peak(): Promise<number>;
  /** Starts the high-water marks again from what is resident now (Linux: `5` to /proc/PID/clear_refs). */
  resetPeak(): Promise<void>;
}

/** `profileDir` is the browser's --user-data-dir, which names its process among all others on the machine. */
export async function tabMemory(profileDir: string): Promise<TabMemory> {
  const renderers = async () => {
    const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
    const info = await Promise.all(
      pids.map(async (pid) => {
        try {
          const [stat, cmdline] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/cmdline`, 'utf8')]);
          // The parent pid is the second field after the command name, which is in parentheses and may hold spaces.
          const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          // Chromium rewrites its argv into one space-separated title, so the command line is read as one string.
          return { pid: Number(pid), parent, command: cmdline.replace(/\0/g, ' ') };
        } catch {
          return null; // the process ended while we looked
        }
      }),
    );
    const live = info.filter((p) => p !== null);
    const browser = live.find((p) => p.command.includes(`--user-data-dir=${profileDir} `) && !p.command.includes('--type='));
    if (!browser) throw new Error(`no Chromium process runs with the profile ${profileDir}`);
    const family = new Set([browser.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of live) {
        if (family.has(p.parent) && !family.has(p.pid)) {
          family.add(p.pid);
          grew = true;
        }
      }
    }
    return live.filter((p) => family.has(p.pid) && p.command.includes('--type=renderer')).map((p) => p.pid);
  };
  const field = async (name: 'VmRSS' | 'VmHWM') => {
    let total = 0;
    for (const pid of await renderers()) {
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
      total += Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    }
    return total;
  };
  const resetPeak = async () => {
    for (const pid of await renderers()) await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => undefined);
  };
  return { sample: () => field('VmRSS'), peak: () => field('VmHWM'), resetPeak };
}
