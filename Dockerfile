# One image for every Harbour process. docker-compose.yml and deploy/k8s choose which process
# runs by its entry point: `node -r ./deploy/runtime/register-paths.js dist/<entry>.js`.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY nx.json tsconfig.base.json tsconfig.build.json ./
COPY libs libs
COPY services services
COPY workflows workflows
COPY deploy deploy
COPY bench bench
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim
WORKDIR /app
ENV NODE_OPTIONS=--enable-source-maps
# Files stay owned by root: the processes (user node) can read but not change them.
COPY --from=build /app/package.json /app/nx.json /app/tsconfig.base.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/deploy/runtime deploy/runtime
# Data files the reporting service reads at start: victim-facing texts per language, the report page's script and style.
COPY --from=build /app/services/reporting/assets services/reporting/assets
# Notification texts per language the justice service reads at start.
COPY --from=build /app/services/justice/notification-templates services/justice/notification-templates
# dist/ holds the journey workflow bundle `npm run build` wrote: the worker loads it by path, so
# the image carries no TypeScript sources and no worker runs webpack.
USER node
# The command names the entry, e.g. dist/services/support/src/main.js.
ENTRYPOINT ["node", "-r", "./deploy/runtime/register-paths.js"]
