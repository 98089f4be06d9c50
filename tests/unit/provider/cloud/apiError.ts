/** An error shaped like the SDK's ClientError/ServerError/ThrottlingError. */
export function apiError(code: string, statusCode: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`code: ${statusCode}, ${code} request id: RID-1`), {
    code,
    statusCode,
    requestId: 'RID-1',
    data: { Code: code, RequestId: 'RID-1' },
    ...extra,
  });
}
