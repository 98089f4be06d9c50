// GeneratePackage, GenerateProgram and GenerateProject are Pulumi's own code generators: this host hands
// each request to alicloudvpn-codegen (tools/codegen, pkg/v3 at the CLI's version), which talks to the
// engine's schema loader itself. `pulumi package gen-sdk`, `pulumi import --out` and `pulumi convert` so
// print what Pulumi's Go host would.

import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as hcl from '@pulumi/pulumi/proto/codegen/hcl_pb';

export interface CodegenDiagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  filename?: string;
  line?: number;
  column?: number;
}

/**
 * Where scripts/install-codegen.sh puts the binary: beside the CLI in the cache, named after the
 * @pulumi/pulumi version the CLI is built at. ALICLOUDVPN_CODEGEN overrides it.
 */
export function codegenBinary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ALICLOUDVPN_CODEGEN) return env.ALICLOUDVPN_CODEGEN;
  const version = (require('@pulumi/pulumi/package.json') as { version: string }).version;
  const cacheRoot = env.ALICLOUDVPN_CACHE ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'alicloudvpn');
  return path.join(cacheRoot, `pulumi-v${version}`, 'bin', 'alicloudvpn-codegen');
}

/** Runs one request through the generator and returns its JSON answer; its stderr becomes the error. */
export function runCodegen<T>(command: string, request: object, binary = codegenBinary()): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [command], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          e.code === 'ENOENT'
            ? `the code generator ${binary} is not installed; run scripts/install-codegen.sh (make pulumi does)`
            : `running ${binary}: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(Buffer.concat(err).toString('utf8').trim() || `${binary} ${command} exited with ${code}`));
        return;
      }
      try {
        resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as T);
      } catch (e) {
        reject(new Error(`${binary} ${command} answered with something other than JSON: ${(e as Error).message}`));
      }
    });
    child.stdin.end(JSON.stringify(request));
  });
}

export function toProtoDiagnostics(diagnostics: readonly CodegenDiagnostic[] | undefined): hcl.Diagnostic[] {
  return (diagnostics ?? []).map((d) => {
    const out = new hcl.Diagnostic()
      .setSeverity(d.severity === 'error' ? hcl.DiagnosticSeverity.DIAG_ERROR : hcl.DiagnosticSeverity.DIAG_WARNING)
      .setSummary(d.summary)
      .setDetail(d.detail ?? '');
    if (d.filename) {
      const start = new hcl.Pos().setLine(d.line ?? 0).setColumn(d.column ?? 0);
      out.setSubject(new hcl.Range().setFilename(d.filename).setStart(start).setEnd(start));
    }
    return out;
  });
}
