# syntax=docker/dockerfile:1
# Multi-stage: build with dev dependencies, run with production ones only, as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV PUPPETEER_SKIP_DOWNLOAD=true
COPY package.json package-lock.json .npmrc .puppeteerrc.cjs ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY bench ./bench
RUN npx tsc -p tsconfig.build.json

FROM node:20-bookworm-slim AS runtime
# Chromium only matters for WhatsApp Web (WHATSAPP_WEB=true); it is the system browser, never a download.
# Tesseract with chi_sim, chi_tra and eng reads forwarded chat screenshots (issue 19).
RUN apt-get update && apt-get install -y --no-install-recommends chromium tini \
      tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production PUPPETEER_SKIP_DOWNLOAD=true CHROMIUM_PATH=/usr/bin/chromium HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/data
COPY package.json package-lock.json .npmrc .puppeteerrc.cjs ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY migrations ./migrations
COPY prompts ./prompts
COPY samples ./samples
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Migrations first (idempotent, advisory-locked, safe with several replicas), then the server.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["sh", "-c", "node bin/baton.js migrate && exec node bin/baton.js start"]
