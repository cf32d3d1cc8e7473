/**
 * The API when the database goes away and comes back, and when it is stopped: "database unavailable" at once while
 * Neo4j cannot be reached, ready again as soon as it can, errors masked whatever NODE_ENV says, and a stop that
 * drains. Neo4j "going away" is a TCP relay to the test server that the test closes and reopens on the same port.
 */
import http from 'node:http';
import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listenApi } from '../../../src/api/listen.ts';
import { createServer, type ApiServer } from '../../../src/api/yoga.ts';
import { createDriver } from '../../../src/graph/driver.ts';
import { getTestDriver, testNeo4jConfig } from '../neo4j.ts';

/** A relay from a local port to the test server's Bolt port, which can be closed (Neo4j down) and reopened. */
class BoltRelay {
  readonly #target: { host: string; port: number };
  readonly #sockets = new Set<net.Socket>();
  #server: net.Server | null = null;
  port = 0;

  constructor(boltUri: string) {
    const url = new URL(boltUri.replace(/^[a-z+]+:/, 'http:'));
    this.#target = { host: url.hostname, port: Number(url.port || 7687) };
  }

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.#target);
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket);
        socket.on('close', () => this.#sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.#server = server;
  }

  /** Refuses new connections and cuts the open ones, as a stopped server does. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server = null;
  }
}

const QUERY = '{ place(id: "place:gb:zz-resilience") { id } }';

async function post(yoga: ApiServer, query: string) {
  const response = await yoga.fetch('http://api.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cypher?: { count: number } };
  };
  return { status: response.status, body };
}

describe('while Neo4j cannot be reached', () => {
  const relay = new BoltRelay(testNeo4jConfig().uri);
  let driver: Driver;
  let yoga: ApiServer;

  beforeAll(async () => {
    await relay.open();
    const config = testNeo4jConfig();
    driver = createDriver({ ...config, uri: `bolt://127.0.0.1:${relay.port}` });
    yoga = createServer({ driver, database: config.database, exposeCypherCount: true });
  });
  afterAll(async () => {
    await relay.close();
    await driver.close();
  });

  it('is ready while Neo4j answers', async () => {
    expect((await yoga.fetch('http://api.test/ready')).status).toBe(200);
    expect((await post(yoga, QUERY)).body.errors).toBeUndefined();
  });

  it('is alive but not ready when Neo4j is gone, and says "database unavailable" without trying again', async () => {
    await relay.close();
    expect((await yoga.fetch('http://api.test/health')).status).toBe(200);
    expect((await yoga.fetch('http://api.test/ready')).status).toBe(503);
    const first = await post(yoga, QUERY);
    expect(first.body.errors?.[0]?.message).toMatch(/^Database unavailable/);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(first.status).toBe(503);
    // Known to be down: the next request is refused before any Cypher query is run.
    const second = await post(yoga, QUERY);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(second.body.extensions?.cypher?.count ?? 0).toBe(0);
    expect(JSON.stringify(second.body)).not.toContain(String(relay.port));
  });

  it('answers again without a restart once Neo4j is back', async () => {
    await relay.open();
    const back = Date.now();
    let answer = await post(yoga, QUERY);
    while (answer.body.errors && Date.now() - back < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await post(yoga, QUERY);
    }
    expect(answer.body.errors).toBeUndefined();
    expect((await yoga.fetch('http://api.test/ready')).status).toBe(200);
  });
});

describe('error masking', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('shows no stack, host or database detail even with NODE_ENV=development', async () => {
    process.env.NODE_ENV = 'development';
    // A database that does not exist: a real server error the API does not expect.
    const yoga = createServer({ driver: await getTestDriver(), database: 'no-such-database-zq' });
    const { body } = await post(yoga, QUERY);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
    const text = JSON.stringify(body);
    for (const secret of ['no-such-database-zq', 'stack', 'originalError', '127.0.0.1', 'Neo4jError']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('stopping the HTTP server', () => {
  let yoga: ApiServer;
  beforeAll(async () => {
    yoga = createServer({ driver: await getTestDriver(), database: testNeo4jConfig().database });
  });

  function get(agent: http.Agent, port: number, path: string): Promise<number> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        })
        .on('error', reject);
    });
  }

  it('closes idle keep-alive connections at once instead of waiting for the client', async () => {
    const api = await listenApi(yoga, { host: '127.0.0.1', port: 0 });
    const port = Number(new URL(api.url).port);
    const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    expect(await get(agent, port, '/health')).toBe(200);
    const started = Date.now();
    expect(await api.close(10_000)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    agent.destroy();
  });

  it('lets a request in flight finish, and cuts one that outlives the deadline', async () => {
    const api = await listenApi(yoga, { host: '127.0.0.1', port: 0 });
    const port = Number(new URL(api.url).port);
    const body = JSON.stringify({ query: QUERY });
    // A request whose body has not all arrived is in flight until the client sends the rest.
    const finishing = net.connect(port, '127.0.0.1');
    const stalled = net.connect(port, '127.0.0.1');
    const head =
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: ` +
      `application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    let answer = '';
    const answered = new Promise((resolve) => finishing.on('close', resolve));
    finishing.on('data', (chunk) => (answer += chunk));
    for (const socket of [finishing, stalled]) socket.write(head + body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = api.close(1_500);
    finishing.write(body.slice(5));
    expect(await closing).toBe(1);
    await answered;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer.toLowerCase()).toContain('connection: close');
    stalled.destroy();
  });
});
