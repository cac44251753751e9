import fs from 'node:fs';

/**
 * CPU time (user + system, ms) used so far by every process in a process group: the benchmark's
 * server is `npx` → `next start` → its worker, all in the group it was started as. A figure that
 * holds on a busy machine, where requests per second do not. Null where /proc is not there.
 */
export function groupCpuMs(pgid: number): number | null {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of entries) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command name (which may hold spaces) start at state: pgrp is the 3rd, utime the 12th, stime the 13th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}
