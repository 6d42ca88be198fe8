# articlebot: one static binary, with the articles embedded, on a distroless base.
#
#   docker build -t articlebot --build-arg VERSION=v1.0.0 --build-arg COMMIT=$(git rev-parse HEAD) .
#   docker run --rm articlebot ask "Did Iran help the U.S. at Bonn?"
#
# Both base images are arguments so an offline CI can substitute local stand-ins
# (scripts/container-test.sh does).
ARG GO_IMAGE=golang:1.26-bookworm
ARG RUNTIME_IMAGE=gcr.io/distroless/static-debian12:nonroot

FROM ${GO_IMAGE} AS build
WORKDIR /src
# Passed through so builds behind a mirror or an offline proxy can fetch modules; empty
# means Go's default.
ARG GOPROXY
ENV CGO_ENABLED=0 GOTOOLCHAIN=local
# Dependencies first, in their own layer: it is rebuilt only when go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download && go mod verify
COPY . .
ARG VERSION=""
ARG COMMIT=""
RUN go build -trimpath -buildvcs=false \
        -ldflags "-s -w -X main.version=${VERSION} -X main.commit=${COMMIT}" \
        -o /out/articlebot . \
    && /out/articlebot version \
    && mkdir -p /out/data

FROM ${RUNTIME_IMAGE}
ARG VERSION=""
ARG COMMIT=""
LABEL org.opencontainers.image.title="articlebot" \
      org.opencontainers.image.description="Answers questions about a news article with its own words" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${COMMIT}"
COPY --from=build /out/articlebot /articlebot
# Neural vectors are kept here between restarts (used only when EMBEDDER names a model);
# a volume, so that it stays writable under --read-only.
COPY --from=build --chown=65532:65532 /out/data /data
ENV DATA_DIR=/data
VOLUME ["/data"]
# distroless's "nonroot" user; numeric so the image works with runAsNonRoot and --user checks.
USER 65532:65532
# 8080: Discord HTTP interactions (serve --http :8080); 8081: GET /healthz (HEALTH_ADDR).
EXPOSE 8080 8081
# Exec form: distroless has no shell and no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["/articlebot", "healthcheck"]
ENTRYPOINT ["/articlebot"]
CMD ["serve"]
