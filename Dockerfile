# The API on Node.js 22 LTS, the line CI tests (.ci/run). Build: docker build -t protection-atlas .  (docker-compose.yml uses it)
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/src/http/playground/assets ./src/http/playground/assets
COPY package.json ./
COPY seeds ./seeds
COPY schema ./schema
# Served at /hsds/profile.
COPY docs/hsds.md ./docs/hsds.md
# The embedded database and the mail outbox live in DATA_DIR when DATABASE_URL/SMTP_URL are unset.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME /app/data
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
