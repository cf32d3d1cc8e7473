import { describe, expect, it } from 'vitest';
import { apiConfigFromEnv } from '../../src/config.ts';

describe('apiConfigFromEnv', () => {
  it('listens on this machine only, port 4000, by default', () => {
    expect(apiConfigFromEnv({})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      drainTimeoutMs: 10_000,
      logLevel: 'info',
      readTimeoutMs: 5000,
    });
  });

  it('takes HOST and PORT', () => {
    expect(apiConfigFromEnv({ HOST: '0.0.0.0', PORT: '8080' })).toMatchObject({ host: '0.0.0.0', port: 8080 });
    expect(apiConfigFromEnv({ HOST: '::1', PORT: '4001' })).toMatchObject({ host: '::1', port: 4001 });
  });

  it('names the variable that is wrong', () => {
    expect(() => apiConfigFromEnv({ PORT: '4000x' })).toThrow(/PORT="4000x" is not a TCP port/);
    expect(() => apiConfigFromEnv({ PORT: '70000' })).toThrow(/PORT="70000"/);
    expect(() => apiConfigFromEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL="loud" is not one of debug, info/);
    expect(() => apiConfigFromEnv({ API_DRAIN_TIMEOUT_MS: '10s' })).toThrow(/API_DRAIN_TIMEOUT_MS="10s"/);
    expect(() => apiConfigFromEnv({ HOST: 'http://example.org' })).toThrow(/HOST="http:\/\/example.org" is not a host/);
  });
});
