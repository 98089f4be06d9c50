// The plugin as the engine starts it, through a wrapper that preloads rssProbe.js: the bench reads the plugin's
// peak RSS from the files the probe writes, without a process monitor polling from outside.
import * as fs from 'fs';
import * as path from 'path';

export const PLUGIN_BIN = path.join(path.dirname(require.resolve('pulumi-resource-alicloudvpn/package.json')), 'bin', 'pulumi-resource-alicloudvpn');
const PROBE = path.join(__dirname, '..', 'rssProbe.js');

/** Writes `<dir>/pulumi-resource-alicloudvpn` and returns dir (the program's plugins.providers path). */
export function writePluginWrapper(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'pulumi-resource-alicloudvpn');
  // NODE_OPTIONS rather than `node --require`: the plugin file is run as the engine runs it, through its
  // `#!` line (provider/bin/pulumi-resource-alicloudvpn).
  const options = JSON.stringify(`--require ${JSON.stringify(PROBE)}`);
  fs.writeFileSync(file, `#!/bin/sh\nexport NODE_OPTIONS=${options}\nexec ${JSON.stringify(PLUGIN_BIN)} "$@"\n`);
  fs.chmodSync(file, 0o755);
  return dir;
}

/** The largest peak RSS (MB) any plugin process reported into rssDir, then empties it. */
export function takePeakRssMb(rssDir: string): number | undefined {
  let peakKb: number | undefined;
  for (const name of fs.existsSync(rssDir) ? fs.readdirSync(rssDir) : []) {
    const file = path.join(rssDir, name);
    const kb = Number(fs.readFileSync(file, 'utf8'));
    if (Number.isFinite(kb)) peakKb = Math.max(peakKb ?? 0, kb);
    fs.rmSync(file, { force: true });
  }
  return peakKb === undefined ? undefined : Math.round(peakKb / 1024);
}
