'use strict';
// Preloaded (node --require, or NODE_OPTIONS for every Node process of a CLI run) where a test must prove
// that nothing leaves the machine: every socket connect and name lookup to a destination other than
// loopback is appended to $ALICLOUDVPN_NETWORK_LOG and refused before any packet is sent (the socket
// fails with EBLOCKED, the lookup with ENOTFOUND). Hooks are at the net and dns modules, which every
// Node HTTP, TLS and gRPC client goes through, so a probe of the ECS metadata address (100.100.100.200)
// or a lookup of "undefined" shows up here whichever library makes it.
const fs = require('fs');
const net = require('net');
const dns = require('dns');

const LOG = process.env.ALICLOUDVPN_NETWORK_LOG;

function record(line) {
  if (LOG) fs.appendFileSync(LOG, `${process.pid} ${line}\n`);
}

function isLoopback(host) {
  if (host === undefined || host === null || host === '' || host === 'localhost') return true;
  const h = String(host).replace(/^\[|\]$/g, '').toLowerCase();
  return h === '::1' || h === '::ffff:127.0.0.1' || /^127\.\d+\.\d+\.\d+$/.test(h) || /^::ffff:127\./.test(h);
}

/** The destination of Socket#connect's many call forms: (options), (port, host), (path), or the internal array. */
function destination(args) {
  let first = args[0];
  if (Array.isArray(first)) first = first[0];
  if (first !== null && typeof first === 'object') {
    if (first.path) return { local: true, text: `unix ${first.path}` };
    return { host: first.host ?? 'localhost', text: `${first.host ?? 'localhost'}:${first.port}` };
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { local: true, text: `unix ${first}` };
  const host = typeof args[1] === 'string' ? args[1] : 'localhost';
  return { host, text: `${host}:${first}` };
}

record('guard loaded');

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const dest = destination(args);
  if (dest.local || isLoopback(dest.host)) {
    record(`connect loopback ${dest.text}`);
    return connect.apply(this, args);
  }
  record(`connect OFF-MACHINE ${dest.text}`);
  const err = Object.assign(new Error(`networkGuard: blocked a connection to ${dest.text}`), { code: 'EBLOCKED' });
  process.nextTick(() => this.destroy(err));
  return this;
};

function guardLookup(original) {
  return function guardedLookup(hostname, ...rest) {
    if (isLoopback(hostname) || net.isIP(String(hostname)) !== 0) return original.call(this, hostname, ...rest);
    record(`lookup OFF-MACHINE ${hostname}`);
    const callback = rest[rest.length - 1];
    const err = Object.assign(new Error(`networkGuard: blocked a lookup of ${hostname}`), { code: 'ENOTFOUND', hostname });
    if (typeof callback === 'function') process.nextTick(() => callback(err));
    else return Promise.reject(err);
    return undefined;
  };
}

dns.lookup = guardLookup(dns.lookup);
dns.promises.lookup = guardLookup(dns.promises.lookup);
