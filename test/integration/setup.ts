/** Runs in every integration test file: its driver is closed after its tests, so no file leaves a connection open. */
import { afterAll } from 'vitest';
import { closeTestDriver } from './neo4j.ts';

afterAll(closeTestDriver);
