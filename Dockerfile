# syntax=docker/dockerfile:1
# The DTI ranking bot. Build: docker build -t dti-ranking-bot .   Run: see compose.yaml and README "Deploy".
# The build stage runs the same command as CI (.ci/run): `npm ci`, whose `prepare` step compiles src/ to dist/.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native module when no prebuilt binary fits: the tools stay in this stage
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm ci
# the compiler, the test runner and tsx are not needed to run the bot
RUN npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    STATE_DIR=/var/lib/dti-bot/state \
    DATA_DIR=/var/lib/dti-bot/data \
    HEALTH_PORT=8081
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# the shipped decisions seed the data volume on its first mount; ingest and admin uploads write there later
COPY --chown=node:node data /var/lib/dti-bot/data
RUN mkdir -p /var/lib/dti-bot/state && chown node:node /var/lib/dti-bot/state
USER node
VOLUME ["/var/lib/dti-bot/state", "/var/lib/dti-bot/data"]
# HEALTH_HOST stays 127.0.0.1: the check below runs inside the container, nothing outside needs the port
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# node itself is PID 1's only child of interest: no npm, no shell, so SIGTERM reaches the bot
CMD ["node", "dist/main.js"]
