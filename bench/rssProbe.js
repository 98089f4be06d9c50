// Preloaded into the plugin by the bench's wrapper: writes the process's peak RSS (KB) to
// $ALICLOUDVPN_BENCH_RSS_DIR/<pid> now and then and at exit, so a plugin the engine kills still reports it.
//
// The peak is VmHWM, the high-water mark of this process's own memory map. getrusage's maxRSS is not: Linux
// carries it across exec, and the CLI starts plugins from a vfork-style child that shares the CLI's memory map
// until its exec, so maxRSS reports the CLI's peak (120–135 MB measured) whenever that is the larger.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function peakKb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // Not Linux: fall through.
  }
  return process.resourceUsage().maxRSS;
}

const dir = process.env.ALICLOUDVPN_BENCH_RSS_DIR;
if (dir) {
  const write = () => {
    try {
      fs.writeFileSync(path.join(dir, String(process.pid)), String(peakKb()));
    } catch {
      // The bench may have removed the directory already.
    }
  };
  setInterval(write, 250).unref();
  process.on('exit', write);
}
