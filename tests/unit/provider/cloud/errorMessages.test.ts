// CloudError messages are built from named parts: never the SDK's message (it appends the request
// URL with every query parameter), never its `data` (the whole response body), never a parser's
// quote of the body. Regression tests for PSKs leaking through those routes.
import { strict as assert } from 'assert';
import { CloudError, redactSecrets, stripRequestDetails, toCloudError } from 'pulumi-resource-alicloudvpn/dist/cloud';

const PSK = 'Zx#9&y=Q+(w)';
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** The PSK as it travels: raw, percent-encoded (both flavours, either hex case), JSON-escaped (nested, HTML-safe). */
const FORMS = [
  PSK,
  encodeURIComponent(PSK),
  rfc3986(PSK),
  rfc3986(PSK).toLowerCase(),
  JSON.stringify(JSON.stringify(PSK)).slice(1, -1),
  PSK.replace('&', '\\u0026'),
  encodeURIComponent(JSON.stringify({ Psk: PSK })),
];
const IKE_QUERY = `IkeConfig=${rfc3986(JSON.stringify({ Psk: PSK, IkeEncAlg: 'aes' }))}`;
const URL = `http://127.0.0.1:8080/?${IKE_QUERY}&RegionId=cn-hangzhou`;

function assertNoPsk(message: string): void {
  for (const f of FORMS) assert.ok(!message.toLowerCase().includes(f.toLowerCase()), `"${message}" contains ${f}`);
  assert.ok(!message.includes('Q+(w)') && !/Q%2B/i.test(message), message);
  assert.ok(!/https?:\/\//.test(message) && !message.includes('/?'), `"${message}" carries a URL`);
}

/** A ClientError as openapi-core throws it, with the PSK everywhere the SDK could put it. */
function sdkClientError(): Error {
  return Object.assign(new Error(`IllegalParam.LocalSubnet: code: 400, The specified "LocalSubnet" (x) is invalid. request id: REQ-7 POST ${URL}`), {
    name: 'ClientError',
    code: 'IllegalParam.LocalSubnet',
    statusCode: 400,
    requestId: 'REQ-7',
    description: `psk ${PSK}`,
    detail: `${encodeURIComponent(PSK)}`,
    data: {
      Code: 'IllegalParam.LocalSubnet',
      Message: 'The specified "LocalSubnet" (x) is invalid.',
      RequestId: 'REQ-7',
      HostId: 'vpc.aliyuncs.com',
      Recommend: `https://api.aliyun.com/troubleshoot?q=IllegalParam.LocalSubnet&${IKE_QUERY}`,
      Params: { IkeConfig: JSON.stringify({ Psk: PSK }), TunnelIkeConfig: `{\\"Psk\\":\\"${PSK.replace('&', '\\u0026')}\\"}` },
    },
  });
}

describe('cloud error messages', () => {
  it('builds an API error message from action, code, service message, HTTP status and request id only', () => {
    const e = toCloudError(sdkClientError(), { action: 'CreateVpnConnection' });
    assert.ok(e instanceof CloudError);
    assert.equal(e.message, 'CreateVpnConnection: IllegalParam.LocalSubnet: The specified "LocalSubnet" (x) is invalid. (HTTP 400, RequestId REQ-7)');
    assertNoPsk(e.message);
  });

  it('masks the request PSKs, in every encoding, where the service message itself echoes them', () => {
    const err = sdkClientError() as Error & { data: Record<string, unknown> };
    err.data.Message = `echo raw ${PSK} | url ${encodeURIComponent(PSK)} | rfc ${rfc3986(PSK)} | json ${JSON.stringify({ IkeConfig: JSON.stringify({ Psk: PSK }) })} | go ${PSK.replace('&', '\\u0026')}`;
    const e = toCloudError(err, { action: 'CreateVpnConnection', secrets: [PSK] });
    assertNoPsk(e.message);
    assert.equal((e.message.match(/\[secret\]/g) ?? []).length, 5, e.message);
  });

  it('cuts the request line and URL httpx appends to a socket error', () => {
    const refused = Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:8080POST ${URL} failed.`), { code: 'ECONNREFUSED' });
    const e = toCloudError(refused, { action: 'CreateVpnConnection' });
    assert.equal(e.message, 'CreateVpnConnection: network error: connect ECONNREFUSED 127.0.0.1:8080');
    assert.equal(e.errorClass, 'transient');
    assertNoPsk(e.message);
  });

  it('cuts the path-and-query of a read timeout and the URL of a connect timeout', () => {
    const read = Object.assign(new Error(`ReadTimeout(3000). POST /?${IKE_QUERY} failed.`), { name: 'RequestTimeoutError' });
    assert.equal(toCloudError(read).message, 'network error: ReadTimeout(3000)');
    const connect = Object.assign(new Error(`ConnectTimeout: Connect ${URL} failed.`), { name: 'RequestTimeoutError' });
    assert.equal(toCloudError(connect).message, 'network error: ConnectTimeout: Connect');
    const reset = Object.assign(new Error(`socket hang upPOST ${URL} failed.`), { code: 'ECONNRESET' });
    assert.equal(toCloudError(reset, { action: 'ModifyVpnConnectionAttribute' }).message, 'ModifyVpnConnectionAttribute: network error: socket hang up');
  });

  it('never quotes a JSON parser message (it quotes the body, and a Describe body holds PSKs)', () => {
    let parseError: unknown;
    try {
      JSON.parse(`{"VpnConnectionId":"vco-1","IkeConfig":{"Psk":"${PSK}"}x`);
    } catch (e) {
      parseError = e;
    }
    assert.ok(parseError instanceof SyntaxError);
    const e = toCloudError(parseError, { action: 'DescribeVpnConnection' });
    assert.equal(e.message, 'DescribeVpnConnection: invalid response from the service: the body is not valid JSON');
    assert.equal(e.code, 'InvalidResponse');
    assertNoPsk(e.message);
  });

  it('cuts URLs from errors thrown before sending, keeping the code', () => {
    const creds = Object.assign(new Error('InvalidCredentials: Please set up the credentials correctly. See https://help.aliyun.com/zh/sdk/x?a=b for more details.'), { code: 'InvalidCredentials' });
    const e = toCloudError(creds, { action: 'DescribeVpnGateway' });
    assert.equal(e.message, 'DescribeVpnGateway: InvalidCredentials: Please set up the credentials correctly. See');
    assert.equal(e.retryable, false);
  });

  it('falls back to ServerError / ClientError codes for error bodies without a Code', () => {
    const e5 = toCloudError(Object.assign(new Error('x'), { statusCode: 502, data: {} }));
    assert.deepEqual([e5.code, e5.errorClass, e5.message], ['ServerError', 'transient', 'ServerError (HTTP 502)']);
    const e4 = toCloudError(Object.assign(new Error('x'), { statusCode: 400, data: { Message: 'nope' } }));
    assert.deepEqual([e4.code, e4.errorClass, e4.message], ['ClientError', 'fatal', 'ClientError: nope (HTTP 400)']);
  });

  it('stripRequestDetails leaves messages without a URL alone', () => {
    assert.equal(stripRequestDetails('connect ECONNREFUSED 127.0.0.1:443'), 'connect ECONNREFUSED 127.0.0.1:443');
    assert.equal(stripRequestDetails('getaddrinfo EAI_AGAIN vpc.aliyuncs.com'), 'getaddrinfo EAI_AGAIN vpc.aliyuncs.com');
  });

  it('redactSecrets ignores secrets too short to mask safely', () => {
    assert.equal(redactSecrets('a b c', ['a']), 'a b c');
    assert.equal(redactSecrets(`x ${PSK} y`, [PSK, 'abc']), 'x [secret] y');
  });
});
