import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import * as languageGrpc from '@pulumi/pulumi/proto/language_grpc_pb';
import * as language from '@pulumi/pulumi/proto/language_pb';
import * as plugin from '@pulumi/pulumi/proto/plugin_pb';
import { interruptAll, runStreaming } from './childProcesses';
import { choosePackageManager, findWorkspaceRoot, installCommand, packageManagerVersion } from './packageManager';
import { listProgramDependencies } from './programDependencies';
import type { ProgramRun } from './programCommand';
import { findRequiredPackages } from './requiredPackages';
import { locateModule, runProgram } from './runProgram';
import { parseRuntimeOptions, RuntimeOptions } from './runtimeOptions';
import { runCodegen, toProtoDiagnostics, type CodegenDiagnostic } from './codegen';
import { linkPackages } from './link';

export interface HostState {
  engineAddress?: string;
  tracing?: string;
  /** Called when Handshake supplies the engine address, so main can watch the engine's health. */
  onEngineAddress?: (address: string) => void;
}

function optionsOf(info: language.ProgramInfo | undefined): RuntimeOptions {
  return parseRuntimeOptions(info?.getOptions()?.toJavaScript() as Record<string, unknown> | undefined);
}

/** Wraps an async handler so a thrown error becomes a gRPC error with its message (never a hung call). */
function unary<Req, Res>(
  handler: (req: Req) => Promise<Res>,
  code: grpc.status = grpc.status.UNKNOWN,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    handler(call.request).then(
      (res) => callback(null, res),
      (err: Error) => callback({ code, details: err.message, name: err.name, message: err.message }),
    );
  };
}

function unimplemented(method: string): grpc.handleUnaryCall<unknown, unknown> {
  return (_call, callback) =>
    callback({ code: grpc.status.UNIMPLEMENTED, details: `method ${method} not implemented`, name: 'Error', message: method });
}

function sdkVersion(): string {
  return (require('@pulumi/pulumi/package.json') as { version: string }).version;
}

export function languageRuntimeService(state: HostState): languageGrpc.ILanguageRuntimeServer {
  return {
    handshake: unary(async (req: language.LanguageHandshakeRequest) => {
      state.engineAddress = req.getEngineAddress();
      state.onEngineAddress?.(state.engineAddress);
      return new language.LanguageHandshakeResponse();
    }),

    getPluginInfo: unary(async () => new plugin.PluginInfo().setVersion(sdkVersion())),

    getRequiredPlugins: unimplemented('GetRequiredPlugins') as languageGrpc.ILanguageRuntimeServer['getRequiredPlugins'],

    getRequiredPackages: unary(async (req: language.GetRequiredPackagesRequest) => {
      const { packages, errors } = findRequiredPackages(req.getInfo()?.getProgramDirectory() ?? process.cwd());
      // Like the Go host, unreadable manifests are not fatal: the engine can still resolve plugins from Pulumi.yaml.
      for (const error of errors) process.stderr.write(`warning: ${error}\n`);
      const res = new language.GetRequiredPackagesResponse();
      res.setPackagesList(
        packages.map((p) => {
          const dep = new plugin.PackageDependency().setName(p.name).setKind(p.kind).setVersion(p.version).setServer(p.server);
          if (p.parameterization) {
            dep.setParameterization(
              new plugin.PackageParameterization()
                .setName(p.parameterization.name)
                .setVersion(p.parameterization.version)
                .setValue(p.parameterization.value),
            );
          }
          return dep;
        }),
      );
      return res;
    }),

    run: unary(async (req: language.RunRequest) => {
      const engineAddress = state.engineAddress;
      if (!engineAddress) throw new Error('when debugging or running explicitly, must call Handshake before Run');
      const info = req.getInfo();
      let options: RuntimeOptions;
      try {
        options = optionsOf(info);
      } catch (err) {
        return new language.RunResponse().setError((err as Error).message);
      }
      const config: Record<string, string> = {};
      req.getConfigMap().forEach((value, key) => {
        config[key] = value;
      });
      const run: ProgramRun = {
        monitorAddress: req.getMonitorAddress(),
        engineAddress,
        organization: req.getOrganization(),
        project: req.getProject(),
        stack: req.getStack(),
        rootDirectory: info?.getRootDirectory() ?? '',
        programDirectory: info?.getProgramDirectory() || req.getPwd(),
        entryPoint: info?.getEntryPoint() || req.getProgram() || '.',
        dryRun: req.getDryrun(),
        parallel: req.getParallel(),
        tracing: state.tracing,
        args: req.getArgsList(),
        config,
        configSecretKeys: req.getConfigsecretkeysList(),
      };
      const outcome = await runProgram(run, options);
      return new language.RunResponse().setError(outcome.error).setBail(outcome.bail);
    }),

    installDependencies: (call) => {
      const req = call.request;
      const send = (stream: 'stdout' | 'stderr', chunk: Buffer | string): void => {
        const res = new language.InstallDependenciesResponse();
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (stream === 'stdout') res.setStdout(bytes);
        else res.setStderr(bytes);
        call.write(res);
      };
      const fail = (err: Error): void => {
        call.destroy(Object.assign(err, { code: grpc.status.UNKNOWN, details: err.message }));
      };
      (async () => {
        const programDirectory = req.getInfo()?.getProgramDirectory() || req.getDirectory();
        const options = optionsOf(req.getInfo());
        send('stdout', 'Installing dependencies...\n\n');
        let root = programDirectory;
        const workspaceRoot = findWorkspaceRoot(programDirectory);
        if (workspaceRoot) {
          send('stdout', `Detected workspace root at ${workspaceRoot}\n`);
          root = workspaceRoot;
        }
        const pm = choosePackageManager(options.packagemanager, root);
        const [command, args] = installCommand(pm, req.getIsPlugin());
        const exit = await runStreaming(command, args, { cwd: root, env: process.env }, send);
        if (exit.code !== 0) {
          throw new Error(`${command} install failed (exit ${exit.code ?? exit.signal}); see the output above`);
        }
        send('stdout', 'Finished installing dependencies\n\n');
      })().then(() => call.end(), fail);
    },

    runtimeOptionsPrompts: unary(async () => new language.RuntimeOptionsResponse()),

    template: unary(async () => new language.TemplateResponse()),

    about: unary(async (req: language.AboutRequest) => {
      const options = optionsOf(req.getInfo());
      const pm = choosePackageManager(options.packagemanager, req.getInfo()?.getProgramDirectory() || process.cwd());
      const res = new language.AboutResponse().setExecutable(process.execPath).setVersion(process.version);
      res.getMetadataMap().set('packagemanager', pm);
      const version = packageManagerVersion(pm);
      if (version !== undefined) res.getMetadataMap().set('packagemanagerVersion', version);
      return res;
    }),

    getProgramDependencies: unary(async (req: language.GetProgramDependenciesRequest) => {
      const dir = req.getInfo()?.getProgramDirectory() || req.getPwd();
      const deps = await listProgramDependencies(dir, req.getTransitivedependencies());
      return new language.GetProgramDependenciesResponse().setDependenciesList(
        deps.map((d) => new language.DependencyInfo().setName(d.name).setVersion(d.version)),
      );
    }),

    runPlugin: (call) => {
      const req = call.request;
      const send = (stream: 'stdout' | 'stderr', chunk: Buffer): void => {
        const res = new language.RunPluginResponse();
        if (stream === 'stdout') res.setStdout(chunk);
        else res.setStderr(chunk);
        call.write(res);
      };
      (async () => {
        const info = req.getInfo();
        const programDirectory = info?.getProgramDirectory() || req.getPwd();
        const options = optionsOf(info);
        const env: Record<string, string> = {};
        for (const entry of req.getEnvList()) {
          const eq = entry.indexOf('=');
          if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
        }
        if (options.typescript) env.PULUMI_NODEJS_TYPESCRIPT = 'true';
        if (options.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = options.tsconfig;
        const runPath = locateModule('@pulumi/pulumi/cmd/run-plugin', programDirectory, `npm install in ${programDirectory}`);
        const args = [runPath, ...options.nodeargs, programDirectory, ...req.getArgsList()];
        const exit = await runStreaming(process.execPath, args, { cwd: req.getPwd() || programDirectory, env }, send);
        call.write(new language.RunPluginResponse().setExitcode(exit.code ?? 1));
      })().then(
        () => call.end(),
        (err: Error) => {
          call.destroy(Object.assign(err, { code: grpc.status.UNKNOWN, details: err.message }));
        },
      );
    },

    generateProgram: unary(async (req: language.GenerateProgramRequest) => {
      const source: Record<string, string> = {};
      req.getSourceMap().forEach((value, key) => {
        source[key] = value;
      });
      const answer = await runCodegen<{ files: Record<string, string>; diagnostics: CodegenDiagnostic[] }>('generate-program', {
        language: 'nodejs',
        source,
        loaderTarget: req.getLoaderTarget(),
        strict: req.getStrict(),
      });
      const res = new language.GenerateProgramResponse().setDiagnosticsList(toProtoDiagnostics(answer.diagnostics));
      for (const [name, text] of Object.entries(answer.files)) res.getSourceMap().set(name, Buffer.from(text));
      return res;
    }, grpc.status.INVALID_ARGUMENT),

    generateProject: unary(async (req: language.GenerateProjectRequest) => {
      const answer = await runCodegen<{ diagnostics: CodegenDiagnostic[] }>('generate-project', {
        language: 'nodejs',
        sourceDirectory: req.getSourceDirectory(),
        targetDirectory: req.getTargetDirectory(),
        project: req.getProject(),
        strict: req.getStrict(),
        loaderTarget: req.getLoaderTarget(),
        localDependencies: Object.fromEntries(req.getLocalDependenciesMap().entries()),
      });
      return new language.GenerateProjectResponse().setDiagnosticsList(toProtoDiagnostics(answer.diagnostics));
    }, grpc.status.INVALID_ARGUMENT),

    generatePackage: unary(async (req: language.GeneratePackageRequest) => {
      const extraFiles: Record<string, string> = {};
      req.getExtraFilesMap().forEach((value, key) => {
        // jspb hands bytes over as a Uint8Array or, already, as base64 text; Go's JSON wants base64.
        extraFiles[key] = typeof value === 'string' ? value : Buffer.from(value).toString('base64');
      });
      const answer = await runCodegen<{ diagnostics: CodegenDiagnostic[] }>('generate-package', {
        language: 'nodejs',
        directory: req.getDirectory(),
        schema: req.getSchema(),
        extraFiles,
        loaderTarget: req.getLoaderTarget(),
        localDependencies: Object.fromEntries(req.getLocalDependenciesMap().entries()),
        local: req.getLocal(),
      });
      return new language.GeneratePackageResponse().setDiagnosticsList(toProtoDiagnostics(answer.diagnostics));
    }, grpc.status.INVALID_ARGUMENT),

    pack: unimplemented('Pack') as languageGrpc.ILanguageRuntimeServer['pack'],
    link: unary(async (req: language.LinkRequest) => {
      const programDirectory = req.getInfo()?.getProgramDirectory() || process.cwd();
      const targets = req.getPackagesList().flatMap((dep) => {
        const pkg = dep.getPackage();
        return pkg ? [{ pkg, path: dep.getPath() }] : [];
      });
      const instructions = await linkPackages(programDirectory, req.getLoaderTarget(), targets);
      return new language.LinkResponse().setImportInstructions(instructions);
    }),

    cancel: unary(async () => {
      interruptAll();
      return new Empty();
    }),
  };
}
