import { strict as assert } from 'assert';
import { parsePcl } from 'alicloudvpn-language-host/dist/pcl/parse';
import { identifier, toTypeScript } from 'alicloudvpn-language-host/dist/pcl/typescript';

// The shape `pulumi import` emits (v3.248): a package block, then one resource with nested objects and secrets.
const IMPORTED = `package alicloudvpn {
    baseProviderName = "alicloudvpn"
    baseProviderVersion = "0.1.0"

}

resource office "alicloudvpn:index:VpnConnection" {
    __logicalName = "office-vpn"
    bgpConfig ={

        enableBgp = false,

        localAsn = 45104
    }
    ikeConfig ={
        psk = secret("p\\"s\\\\k"),
        ikeLifetime = 86400
    }
    localSubnets =[
        "10.50.0.0/16"]
    name = "cost $\${x}"
    remoteCaCertificate = <<EOT
-----BEGIN CERTIFICATE-----
MIIB
-----END CERTIFICATE-----
EOT
    options {
        protect = true
    }
}
`;

describe('PCL to TypeScript (GenerateProgram)', function () {
  const modules = new Map([['alicloudvpn', 'pulumi-alicloudvpn']]);

  it('turns an imported resource into a constructor call a program can use as is', function () {
    const code = toTypeScript(parsePcl(IMPORTED), modules);
    assert.equal(
      code,
      [
        'import * as pulumi from "@pulumi/pulumi";',
        'import * as alicloudvpn from "pulumi-alicloudvpn";',
        '',
        'const office = new alicloudvpn.VpnConnection("office-vpn", {',
        '    bgpConfig: {',
        '        enableBgp: false,',
        '        localAsn: 45104,',
        '    },',
        '    ikeConfig: {',
        '        psk: pulumi.secret("p\\"s\\\\k"),',
        '        ikeLifetime: 86400,',
        '    },',
        '    localSubnets: [',
        '        "10.50.0.0/16",',
        '    ],',
        '    name: "cost ${x}",',
        '    remoteCaCertificate: "-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n",',
        '}, {',
        '    protect: true,',
        '});',
        '',
      ].join('\n'),
    );
  });

  it('falls back to @pulumi/<package> when the schema names no npm module', function () {
    const code = toTypeScript(parsePcl('resource b "random:index/randomId:RandomId" {\n byteLength = 8\n}\n'), new Map());
    assert.match(code, /import \* as random from "@pulumi\/random";/);
    assert.match(code, /const b = new random\.RandomId\("b", \{\n {4}byteLength: 8,\n\}\);/);
  });

  it('renders references to other resources and interpolations', function () {
    const code = toTypeScript(
      parsePcl('resource a "p:index:A" {\n}\nresource b "p:net:B" {\n  parent = a.id\n  label = "x-${a.name}"\n  options {\n    dependsOn = [a]\n  }\n}\n'),
      new Map([['p', 'p-sdk']]),
    );
    assert.match(code, /new p\.net\.B\("b", \{\n {4}parent: a\.id,\n {4}label: pulumi\.interpolate`x-\$\{a\.name\}`,\n\}, \{\n {4}dependsOn: \[\n {8}a,\n {4}\],\n\}\);/);
  });

  it('fails with the line number on syntax outside the supported subset', function () {
    assert.throws(() => parsePcl('resource a "p:index:A" {\n  x = @\n}\n'), /PCL line 2: unexpected character "@"/);
    assert.throws(() => toTypeScript(parsePcl('resource a "p:index:A" {\n  x = unknownFn(1)\n}\n'), new Map()), /function unknownFn is not supported/);
  });

  it('makes valid identifiers from resource names', function () {
    assert.equal(identifier('my-conn'), 'myConn');
    assert.equal(identifier('2nd'), '_2nd');
    assert.equal(identifier('new'), 'new_');
  });
});
