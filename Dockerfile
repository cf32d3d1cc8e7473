# The project's image, for docker-compose.yml's `seed` and `api` services. Node 24 runs the TypeScript sources
# directly (type stripping), so there is no build stage: the image is the dependencies plus the sources.
FROM node:24-slim

WORKDIR /app

# Runtime dependencies only: the dev ones are tests and type checking, and the `node` dev dependency would bring a
# second Node 24 into an image that already is one.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY tsconfig.json schema.graphql* ./
COPY src ./src
COPY seed ./seed
COPY web ./web
# The Neo4j Browser guide served at /guide; nothing else of tools/ is needed at run time.
COPY tools/browser/guide.cypher ./tools/browser/guide.cypher

ENV NODE_ENV=production
USER node
EXPOSE 4000
CMD ["node", "src/cli/serve.ts"]
