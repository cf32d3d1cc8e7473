/** NEO4J_READ_TIMEOUT_MS: read and checked once at start. */
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_READ_TIMEOUT_MS, readTimeoutMsFromEnv } from '../../src/config.ts';

describe('readTimeoutMsFromEnv', () => {
  it('defaults to a few seconds and takes whole milliseconds', () => {
    expect(readTimeoutMsFromEnv({})).toBe(DEFAULT_READ_TIMEOUT_MS);
    expect(DEFAULT_READ_TIMEOUT_MS).toBe(5000);
    expect(readTimeoutMsFromEnv({ NEO4J_READ_TIMEOUT_MS: ' 1500 ' })).toBe(1500);
  });

  it.each(['0', '-5', '2.5', '5s', '600001'])('refuses %j with a message that says what to set', (value) => {
    expect(() => readTimeoutMsFromEnv({ NEO4J_READ_TIMEOUT_MS: value })).toThrow(ConfigError);
    expect(() => readTimeoutMsFromEnv({ NEO4J_READ_TIMEOUT_MS: value })).toThrow(
      `NEO4J_READ_TIMEOUT_MS="${value}" is not a timeout in whole ` +
        `milliseconds from 1 to 600000; unset it for the default of 5000.`,
    );
  });
});
