import { strict as assert } from 'assert';
import { parseHostArgs } from 'alicloudvpn-language-host/dist/args';

describe('language host command line', function () {
  it('takes the last positional argument as the engine address', function () {
    assert.equal(parseHostArgs(['127.0.0.1:4000']).engineAddress, '127.0.0.1:4000');
  });

  it('accepts the Go-style flags the engine prepends on verbose runs', function () {
    const args = parseHostArgs(['--logtostderr', '-v=9', '--tracing', 'http://zipkin:9411', '127.0.0.1:4000']);
    assert.equal(args.engineAddress, '127.0.0.1:4000');
    assert.equal(args.tracing, 'http://zipkin:9411');
  });

  it('reports -version without needing an engine address', function () {
    assert.equal(parseHostArgs(['-version']).showVersion, true);
  });

  it('rejects a runtime other than nodejs', function () {
    assert.throws(() => parseHostArgs(['-runtime=bun', '127.0.0.1:1']), /unsupported runtime: bun/);
  });
});
