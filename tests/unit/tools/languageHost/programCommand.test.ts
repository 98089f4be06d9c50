import { strict as assert } from 'assert';
import { describeExit, legacyConfigKeys, ProgramRun, programArguments, programEnvironment } from 'alicloudvpn-language-host/dist/programCommand';

const RUN: ProgramRun = {
  monitorAddress: '127.0.0.1:5000',
  engineAddress: '127.0.0.1:4000',
  organization: 'organization',
  project: 'proj',
  stack: 'dev',
  rootDirectory: '/work/proj',
  programDirectory: '/work/proj/src',
  entryPoint: '.',
  dryRun: true,
  parallel: 8,
  args: ['extra'],
  config: { 'proj:name': 'x', 'alicloudvpn:region': 'cn-hangzhou' },
  configSecretKeys: ['proj:name'],
};

describe('program command line for @pulumi/pulumi cmd/run', function () {
  it('passes the flags cmd/run parses, then the entry point and program arguments', function () {
    const args = programArguments(RUN, '/nm/@pulumi/pulumi/cmd/run/index.js', { typescript: true, nodeargs: ['--inspect'], packagemanager: 'auto' });
    assert.deepEqual(args, [
      '--inspect', '/nm/@pulumi/pulumi/cmd/run/index.js',
      '--monitor', '127.0.0.1:5000', '--engine', '127.0.0.1:4000', '--organization', 'organization',
      '--project', 'proj', '--root-directory', '/work/proj', '--stack', 'dev', '--pwd', '/work/proj/src',
      '--dry-run', '--parallel', '8', '.', 'extra',
    ]);
  });

  it('leaves out --dry-run for an update', function () {
    const args = programArguments({ ...RUN, dryRun: false }, 'run.js', { typescript: true, nodeargs: [], packagemanager: 'auto' });
    assert.ok(!args.includes('--dry-run'));
  });

  it('hands config to the program in the <namespace>:config:<name> form and names the secret keys', function () {
    const env = programEnvironment(RUN, { typescript: true, tsconfig: 'tsconfig.pulumi.json', nodeargs: [], packagemanager: 'auto' });
    assert.deepEqual(JSON.parse(env.PULUMI_CONFIG), { 'proj:config:name': 'x', 'alicloudvpn:config:region': 'cn-hangzhou' });
    assert.deepEqual(JSON.parse(env.PULUMI_CONFIG_SECRET_KEYS), ['proj:name']);
    assert.equal(env.PULUMI_NODEJS_TYPESCRIPT, 'true');
    assert.equal(env.PULUMI_NODEJS_TSCONFIG_PATH, 'tsconfig.pulumi.json');
  });

  it('keeps keys already in the legacy form and rejects keys without a namespace', function () {
    assert.deepEqual(legacyConfigKeys({ 'aws:config:region': 'us-east-1' }), { 'aws:config:region': 'us-east-1' });
    assert.throws(() => legacyConfigKeys({ region: 'x' }), /not namespaced/);
  });

  it('bails quietly on exit code 32, reports other failures with their code or signal', function () {
    assert.deepEqual(describeExit(0, null), { error: '', bail: false });
    assert.deepEqual(describeExit(32, null), { error: '', bail: true });
    assert.deepEqual(describeExit(1, null), { error: 'Program exited with non-zero exit code: 1', bail: false });
    assert.match(describeExit(null, 'SIGKILL').error, /SIGKILL/);
  });
});
