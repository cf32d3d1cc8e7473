import { describe, expect, it } from 'vitest';
import { apiAddressFromEnv } from '../../src/config.ts';

describe('apiAddressFromEnv', () => {
  it('listens on this machine only, port 4000, by default', () => {
    expect(apiAddressFromEnv({})).toEqual({ host: '127.0.0.1', port: 4000 });
  });

  it('takes HOST and PORT', () => {
    expect(apiAddressFromEnv({ HOST: '0.0.0.0', PORT: '8080' })).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(apiAddressFromEnv({ HOST: '::1', PORT: '4001' })).toEqual({ host: '::1', port: 4001 });
  });

  it('names the variable that is wrong', () => {
    expect(() => apiAddressFromEnv({ PORT: '4000x' })).toThrow(/PORT="4000x" is not a TCP port/);
    expect(() => apiAddressFromEnv({ PORT: '70000' })).toThrow(/PORT="70000"/);
    expect(() => apiAddressFromEnv({ HOST: 'http://example.org' })).toThrow(/HOST="http:\/\/example.org" is not a host/);
  });
});
