// Preloaded into a plugin process (`node --require`): on exit, writes the paths of every module the process
// loaded to $ALICLOUDVPN_LOADED_MODULES_FILE, so a test can say which packages an RPC needed.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.ALICLOUDVPN_LOADED_MODULES_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify(Object.keys(require.cache)));
});
