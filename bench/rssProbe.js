// Preloaded into the plugin by the bench's wrapper: writes the process's peak RSS (KB) to
// $ALICLOUDVPN_BENCH_RSS_DIR/<pid> now and then and at exit, so a plugin the engine kills still reports it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.ALICLOUDVPN_BENCH_RSS_DIR;
if (dir) {
  const write = () => {
    try {
      fs.writeFileSync(path.join(dir, String(process.pid)), String(process.resourceUsage().maxRSS));
    } catch {
      // The bench may have removed the directory already.
    }
  };
  setInterval(write, 250).unref();
  process.on('exit', write);
}
