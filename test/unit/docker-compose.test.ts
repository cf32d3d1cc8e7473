// Docker is not available where CI runs, so the compose file is checked for shape here; `docker compose config` is
// the full check for anyone with Docker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const { neo4j, seed, api } = compose.services;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a health check and its two ports', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(neo4j?.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:-.{8,}\}$/);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('cypher-shell');
  });

  it('seeds once Neo4j is healthy, then serves the API once the seed succeeded', () => {
    expect(seed?.command).toEqual(['npm', 'run', 'seed']);
    expect(seed?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.command).toEqual(['node', 'src/cli/serve.ts']);
    expect(api?.depends_on?.seed?.condition).toBe('service_completed_successfully');
    expect(api?.ports).toContain('127.0.0.1:4000:4000');
  });

  it('calls the API healthy when it is ready (reaches Neo4j), not merely alive', () => {
    expect(api?.healthcheck?.test.join(' ')).toContain('http://127.0.0.1:4000/ready');
  });

  it('gives the seed and the API the same connection to the neo4j service', () => {
    for (const service of [seed, api]) {
      expect(service?.build).toBe('.');
      expect(service?.environment).toMatchObject({ NEO4J_URI: 'neo4j://neo4j:7687', NEO4J_USERNAME: 'neo4j' });
      expect(service?.environment?.NEO4J_PASSWORD).toBe(neo4j?.environment?.NEO4J_AUTH?.replace(/^neo4j\//, ''));
    }
  });
});
