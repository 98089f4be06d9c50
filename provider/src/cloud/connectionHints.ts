// Turns the socket errors a newcomer meets first into what is wrong and which setting fixes it: the
// socket's own words ("connect ECONNREFUSED 127.0.0.1:8080", "wrong version number") name neither the
// emulator nor the provider's settings. Code, class and action stay, so retry decisions do not change.

import { CloudError, reworded } from './errors';
import type { SettingHint } from './settingHints';

export interface ConnectionTarget {
  /** `host:port` from the settings; undefined = the region's public endpoint. */
  endpoint?: string;
  protocol: 'http' | 'https';
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1', '[::1]'];

function host(endpoint: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(endpoint);
  if (bracketed) return bracketed[1];
  return endpoint.replace(/:\d+$/, '');
}

function isLoopback(endpoint: string | undefined): boolean {
  if (endpoint === undefined) return false;
  const h = host(endpoint);
  return LOOPBACK_HOSTS.includes(h) || h.startsWith('127.');
}

function port(endpoint: string | undefined): string {
  return /:(\d+)$/.exec(endpoint ?? '')?.[1] ?? '8080';
}

/**
 * The state file the README's walkthrough starts the emulator with. An emulator started without one serves
 * nothing the stack deployed, so the next refresh finds every connection gone and the next update creates them.
 */
export const EMULATOR_STATE_FILE = './emulator-state.json';

/** The command that starts the emulator on `endpoint`'s port with the walkthrough's state file. */
export function emulatorStartCommand(endpoint: string | undefined): string {
  return `npx alicloudvpn-emulator --port ${port(endpoint)} --state ${EMULATOR_STATE_FILE}`;
}

/** `target`'s endpoint when it is a local one, where the emulator is what usually listens. */
export function emulatorTargetOf(target: ConnectionTarget): string | undefined {
  return isLoopback(target.endpoint) ? target.endpoint : undefined;
}

function where(target: ConnectionTarget): string {
  return target.endpoint !== undefined ? `${target.endpoint} (${target.protocol})` : "the region's public endpoint";
}

/** The user's-terms explanation of a connection failure, or undefined when the socket's words are all there is. */
export function connectionHint(error: CloudError, target: ConnectionTarget, hint: SettingHint): string | undefined {
  switch (error.code) {
    case 'ECONNREFUSED':
      return isLoopback(target.endpoint)
        ? `cannot reach the VPC API at ${where(target)}: connection refused (ECONNREFUSED), nothing is listening there. ` +
            `Is the emulator running? Start it in the project directory with the state file that holds this stack's gateways and connections, ` +
            `\`${emulatorStartCommand(target.endpoint)}\` (without --state it starts empty and the next refresh finds the connections gone; ` +
            `in this repository's clone, \`make demo-emulator\` for the demo's stack), or point the provider at the endpoint it prints: ${hint('endpoint')}`
        : `cannot reach the VPC API at ${where(target)}: connection refused (ECONNREFUSED). Check the endpoint: ${hint('endpoint')}`;
    case 'EPROTO':
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
      return target.protocol === 'https'
        ? `the endpoint ${target.endpoint ?? ''} answered without TLS (${error.code}): it speaks plain HTTP, as the local emulator does, ` +
            `but protocol is https. Switch to http: ${hint('protocol', 'http')}`
        : undefined;
    case 'ENOTFOUND':
      return target.endpoint !== undefined
        ? `cannot find the host of the VPC API endpoint ${target.endpoint} (ENOTFOUND). Check the endpoint: ${hint('endpoint')}`
        : `cannot find the region's public VPC API endpoint (ENOTFOUND). Check the region, or set an endpoint: ${hint('endpoint')}`;
    default:
      return undefined;
  }
}

export function explainConnectionError(error: unknown, target: ConnectionTarget, hint: SettingHint): unknown {
  if (!(error instanceof CloudError) || error.statusCode !== undefined) return error;
  const text = connectionHint(error, target, hint);
  if (text === undefined) return error;
  const lead = error.action !== undefined ? `${error.action}: ` : '';
  return reworded(error, `${lead}${text}`);
}
