/**
 * Imported first by the commands that serve the API (and by the graph bench, which serves it in its own process), so
 * that it runs before any library reads `NODE_ENV`: the API runs as in production (as in the Docker image) unless
 * NODE_ENV says otherwise. What that changes: graphql-js's `instanceOf` is a plain `instanceof` instead of a check
 * for a second copy of graphql on every type test that fails, which in development mode is about a fifth of the CPU
 * GraphQL spends completing a page of a hundred items; graphql-armor loads its production build. Nothing clients see
 * changes: error masking is explicit (src/api/mask-error.ts).
 */
process.env.NODE_ENV ??= 'production';
