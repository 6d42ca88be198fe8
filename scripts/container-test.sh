#!/usr/bin/env bash
# container-test.sh builds the real Dockerfile and proves the image works, on a Debian
# bookworm machine with no container registry: it installs Debian's docker.io, starts a
# private dockerd, builds local stand-ins for the Dockerfile's two base images (the builder
# from this machine's Go toolchain and busybox-static, the runtime from a few files: passwd,
# group, CA bundle, like distroless), builds the image with --build-arg GO_IMAGE/RUNTIME_IMAGE, and checks it:
#
#   - image size <= 25 MB, user 65532, ENTRYPOINT/CMD, exposed ports, HEALTHCHECK;
#   - `version` reports the build arguments;
#   - `ask` answers from the embedded article with --network none --read-only --user 65532
#     --cap-drop ALL;
#   - `serve` in gateway mode without DISCORD_TOKEN exits 1 with a one-line message;
#   - `serve --http` answers a signed PING (and rejects a bad signature) and /healthz, from a
#     probe container sharing its network namespace, and Docker reports it healthy.
#
# Run as root from anywhere: scripts/container-test.sh. It cleans up after itself (containers,
# images, its dockerd and that dockerd's storage) and can be run again.
#
# Environment: GOROOT_HOST (default /usr/local/go) is the toolchain copied into the builder
# stand-in; GOPROXY (default `go env GOPROXY`) is passed to the build; INTERACTIONS_PATH
# (default /interactions) is where serve --http takes Discord's requests; KEEP=1 keeps the
# images and the engine for inspection.
#
# Exit status: 0 all checks passed; 1 a check or the build failed; 2 this machine lacks a
# prerequisite (not root, no Go toolchain, apt-get failed); 3 the Docker engine cannot run
# here (the message says why, with the end of dockerd's log).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GOROOT_HOST=${GOROOT_HOST:-/usr/local/go}
INTERACTIONS_PATH=${INTERACTIONS_PATH:-/interactions}
KEEP=${KEEP:-0}

# Everything this script creates is named with this prefix, so a rerun can remove leftovers.
P=articlebot-ct
IMAGE=$P/articlebot:test
BUILD_STAGE=$P/articlebot-build:test
GO_STANDIN=$P/go:local
RUNTIME_STANDIN=$P/runtime:local
SMOKE=$P/smoke:local
SERVE=$P-serve
STATE=/var/lib/$P   # data root of our dockerd
EXEC=/run/$P        # its exec root, socket and pid file (short: unix socket paths are limited)
MAX_IMAGE_BYTES=25000000
QUESTION="Did Iran help the U.S. at Bonn?"

EXIT_FAIL=1 EXIT_PREREQ=2 EXIT_NO_ENGINE=3

# Debian's client matches Debian's engine and builds without buildx; the legacy builder
# resolves FROM against local images without contacting a registry.
DOCKER=${DOCKER:-/usr/bin/docker}
export DOCKER_BUILDKIT=0
export DEBIAN_FRONTEND=noninteractive

WORK=$(mktemp -d /var/tmp/$P.XXXXXX)
OUR_DOCKERD=0
T0=$(date +%s%N)
STEP="" STEP_T=0
TIMINGS=()

log() { printf '[container-test] %s\n' "$*" >&2; }
die() { local code=$1; shift; log "FAIL: $*"; exit "$code"; }

elapsed() { # nanosecond start -> "12.3s"
	local ms=$((($(date +%s%N) - $1) / 1000000))
	printf '%d.%ds' $((ms / 1000)) $((ms % 1000 / 100))
}
step() { # ends the current step (printing its time) and starts the next
	if [[ -n $STEP ]]; then
		local took; took=$(elapsed "$STEP_T")
		TIMINGS+=("$(printf '%8s  %s' "$took" "$STEP")")
		log "   done in $took: $STEP"
	fi
	STEP=${1:-} STEP_T=$(date +%s%N)
	[[ -z $STEP ]] || log "== $STEP"
}

docker() { "$DOCKER" "$@"; }

cleanup() {
	local rc=$?
	set +e
	trap '' PIPE # a closed log pipe must not stop the cleanup
	[[ $rc -ne 0 && -n $STEP ]] && log "failed during: $STEP"
	if [[ $rc -ne 0 ]] && docker inspect "$SERVE" >/dev/null 2>&1; then
		log "logs of $SERVE:"; docker logs "$SERVE" 2>&1 | tail -n 30 >&2
	fi
	step ""
	if [[ $KEEP == 1 ]]; then
		log "KEEP=1: leaving images and engine (DOCKER_HOST=${DOCKER_HOST:-default})"
	else
		remove_ours
		[[ $OUR_DOCKERD == 1 ]] && stop_dockerd && wipe_state
	fi
	rm -rf "$WORK"
	if ((${#TIMINGS[@]})); then
		log "timings:"; printf '  %s\n' "${TIMINGS[@]}" >&2
	fi
	log "total $(elapsed "$T0"), exit $rc"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

remove_ours() {
	[[ $OUR_DOCKERD == 1 ]] || return 0
	docker ps -aq --filter "name=^$P-" 2>/dev/null | xargs -r "$DOCKER" rm -f >/dev/null 2>&1
	docker rmi -f "$IMAGE" "$BUILD_STAGE" "$GO_STANDIN" "$RUNTIME_STANDIN" "$SMOKE" >/dev/null 2>&1
	return 0
}

# --- engine -----------------------------------------------------------------------------

stop_dockerd() {
	local pid
	pid=$(cat "$EXEC/dockerd.pid" 2>/dev/null) || return 0
	# Only the dockerd this script started (its pid file lives in our exec root).
	if [[ $(cat "/proc/$pid/comm" 2>/dev/null) == dockerd ]]; then
		kill "$pid" 2>/dev/null
		for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
		kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
	fi
	rm -f "$EXEC/dockerd.pid"
}

wipe_state() {
	# Unmount anything a killed engine left behind before deleting its storage.
	local m
	awk -v s="$STATE" -v e="$EXEC" '$2 ~ "^(" s "|" e ")" {print $2}' /proc/mounts | sort -r |
		while read -r m; do umount -l "$m" 2>/dev/null; done
	rm -rf "$STATE" "$EXEC"
}

# start_dockerd OPTIONS... starts a private dockerd and waits until it answers and can run a
# container with the restrictions the checks use. It returns 1 with the reason in $WORK/why.
start_dockerd() {
	stop_dockerd; wipe_state
	mkdir -p "$STATE" "$EXEC"
	export DOCKER_HOST=unix://$EXEC/docker.sock
	log "starting dockerd ${*:-(default options)}"
	dockerd --data-root "$STATE" --exec-root "$EXEC" --pidfile "$EXEC/dockerd.pid" \
		-H "$DOCKER_HOST" "$@" >"$WORK/dockerd.log" 2>&1 &
	local pid=$! _
	OUR_DOCKERD=1
	for _ in $(seq 60); do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "dockerd${*:+ $*} exited at start" >"$WORK/why"; return 1
		fi
		docker version >/dev/null 2>&1 && break
		sleep 0.5
	done
	if ! docker version >/dev/null 2>&1; then
		echo "dockerd${*:+ $*} did not answer within 30s" >"$WORK/why"; return 1
	fi
	# The smallest useful container: busybox, run the way the real checks run containers.
	mkdir -p "$WORK/smoke/bin"
	cp /bin/busybox "$WORK/smoke/bin/busybox" && ln -sf busybox "$WORK/smoke/bin/true"
	if ! tar --numeric-owner --owner=0 --group=0 -C "$WORK/smoke" -cf - . | docker import - "$SMOKE" >/dev/null 2>"$WORK/why" ||
		! docker run --rm --network none --read-only --user 65532 --cap-drop ALL "$SMOKE" /bin/true 2>>"$WORK/why"; then
		sed -i "1i dockerd${*:+ $*} cannot run a container:" "$WORK/why"; return 1
	fi
}

engine_unavailable() {
	log "the Docker engine cannot run on this machine:"
	sed 's/^/    /' "$WORK/why" >&2
	log "end of the last dockerd log:"
	tail -n 25 "$WORK/dockerd.log" 2>/dev/null | sed 's/^/    /' >&2
	exit $EXIT_NO_ENGINE
}

# --- checks helpers ---------------------------------------------------------------------

# The restrictions every container of the image runs with.
LOCKED=(--read-only --user 65532 --cap-drop ALL --security-opt no-new-privileges)

expect_contains() { # NAME TEXT WANT...
	local name=$1 text=$2; shift 2
	local w
	for w in "$@"; do
		[[ $text == *"$w"* ]] || { printf '%s\n' "$text" | head -n 40 >&2; die $EXIT_FAIL "$name: output lacks \"$w\""; }
	done
	log "   ok: $name"
}

# ========================================================================================

step "prerequisites"
[[ $(id -u) == 0 ]] || die $EXIT_PREREQ "run as root (it installs packages and starts dockerd)"
[[ -x $GOROOT_HOST/bin/go ]] || die $EXIT_PREREQ "no Go toolchain at $GOROOT_HOST (set GOROOT_HOST)"
[[ -r /etc/ssl/certs/ca-certificates.crt ]] || NEED_CA=1
# Containers get /bin/busybox without any libraries, so it must be busybox-static's build.
installed() { [[ $(dpkg-query -W -f '${Status}' "$1" 2>/dev/null) == "install ok installed" ]]; }
missing=()
command -v dockerd >/dev/null && [[ -x $DOCKER ]] || missing+=(docker.io)
installed busybox-static || missing+=(busybox-static)
[[ -z ${NEED_CA:-} ]] || missing+=(ca-certificates)
if ((${#missing[@]})); then
	log "installing ${missing[*]}"
	{ apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
		die $EXIT_PREREQ "apt-get install ${missing[*]} failed"
fi
GOPROXY=${GOPROXY:-$("$GOROOT_HOST/bin/go" env GOPROXY)}
COMMIT=$(git -C "$ROOT" rev-parse --verify -q HEAD 2>/dev/null) || COMMIT=unknown
log "Go $("$GOROOT_HOST/bin/go" env GOVERSION), GOPROXY=$GOPROXY, commit $COMMIT"

step "start the Docker engine"
# The defaults first; then without iptables and the default bridge (the checks use only
# --network none and container:, and the build uses the host's network); then also without
# overlayfs. Each is proven by running a locked-down container.
started=0
for opts in "" "--iptables=false --ip6tables=false --bridge=none" \
	"--iptables=false --ip6tables=false --bridge=none --storage-driver=vfs"; do
	# shellcheck disable=SC2086 # opts is a list of words
	if start_dockerd $opts; then started=1; break; fi
	log "   $(head -n 1 "$WORK/why"); its log ends:"
	tail -n 3 "$WORK/dockerd.log" | sed 's/^/      /' >&2
	stop_dockerd
done
((started)) || engine_unavailable
log "   engine $(docker version -f '{{.Server.Version}}'), storage $(docker info -f '{{.Driver}}')"

step "build the runtime stand-in (distroless static nonroot)"
rt=$WORK/runtime
mkdir -p "$rt/etc/ssl/certs" "$rt/tmp" "$rt/home/nonroot" "$rt/root"
printf '%s\n' 'root:x:0:0:root:/root:/sbin/nologin' 'nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin' \
	'nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin' >"$rt/etc/passwd"
printf '%s\n' 'root:x:0:' 'nobody:x:65534:' 'nonroot:x:65532:' >"$rt/etc/group"
echo 'hosts: files dns' >"$rt/etc/nsswitch.conf"
cp /etc/ssl/certs/ca-certificates.crt "$rt/etc/ssl/certs/"
chmod 1777 "$rt/tmp"; chmod 700 "$rt/root" "$rt/home/nonroot"; chown 65532:65532 "$rt/home/nonroot"
tar --numeric-owner -C "$rt" -cf - . | docker import \
	--change 'USER 65532:65532' --change 'WORKDIR /home/nonroot' \
	--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
	--change 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' - "$RUNTIME_STANDIN" >/dev/null

step "build the Go builder stand-in from $GOROOT_HOST"
gb=$WORK/gobuilder
mkdir -p "$gb/bin" "$gb/etc/ssl/certs" "$gb/tmp" "$gb/root" "$gb/go"
cp /bin/busybox "$gb/bin/busybox"
for applet in $(/bin/busybox --list); do [[ -e $gb/bin/$applet ]] || ln -s busybox "$gb/bin/$applet"; done
echo 'root:x:0:0:root:/root:/bin/sh' >"$gb/etc/passwd"
echo 'root:x:0:' >"$gb/etc/group"
echo 'hosts: files dns' >"$gb/etc/nsswitch.conf"
cp /etc/ssl/certs/ca-certificates.crt "$gb/etc/ssl/certs/"
chmod 1777 "$gb/tmp"
# The toolchain keeps its path, so GOROOT is found from the go binary's location.
tar --numeric-owner --owner=0 --group=0 -cf - -C "$gb" . -C / "${GOROOT_HOST#/}" | docker import \
	--change "ENV PATH=$GOROOT_HOST/bin:/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
	--change 'ENV GOPATH=/go' --change 'ENV GOTOOLCHAIN=local' --change 'ENV HOME=/root' \
	--change 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' \
	--change 'WORKDIR /go' - "$GO_STANDIN" >/dev/null
docker run --rm --network none "$GO_STANDIN" go version

step "build the image from the real Dockerfile"
build_args=(--network host --build-arg "GO_IMAGE=$GO_STANDIN" --build-arg "RUNTIME_IMAGE=$RUNTIME_STANDIN"
	--build-arg "GOPROXY=$GOPROXY" --build-arg "VERSION=container-test" --build-arg "COMMIT=$COMMIT")
# The build stage is tagged too, so its layers are removed with it.
docker build "${build_args[@]}" --target build -t "$BUILD_STAGE" "$ROOT" || die $EXIT_FAIL "docker build (build stage) failed"
docker build "${build_args[@]}" -t "$IMAGE" "$ROOT" || die $EXIT_FAIL "docker build failed"

step "check the image's size and configuration"
size=$(docker image inspect -f '{{.Size}}' "$IMAGE")
bin_size=$(docker run --rm --network none --entrypoint /bin/busybox -v /bin/busybox:/bin/busybox:ro "$IMAGE" stat -c %s /articlebot 2>/dev/null || echo "?")
log "   image $size bytes (binary $bin_size bytes; the real distroless base adds about 2 MB)"
((size <= MAX_IMAGE_BYTES)) || die $EXIT_FAIL "image is $size bytes, over $MAX_IMAGE_BYTES"
want_config='65532:65532|["/articlebot"]|["serve"]|map[8080/tcp:{} 8081/tcp:{}]|["CMD","/articlebot","healthcheck"]'
got_config=$(docker image inspect -f '{{.Config.User}}|{{json .Config.Entrypoint}}|{{json .Config.Cmd}}|{{.Config.ExposedPorts}}|{{json .Config.Healthcheck.Test}}' "$IMAGE")
[[ $got_config == "$want_config" ]] || die $EXIT_FAIL "image config is $got_config, want $want_config"
log "   ok: user, entrypoint, cmd, ports, healthcheck"
got_data=$(docker image inspect -f '{{json .Config.Volumes}}|{{range .Config.Env}}{{println .}}{{end}}' "$IMAGE")
[[ $got_data == *'"/data"'* && $got_data == *DATA_DIR=/data* ]] || die $EXIT_FAIL "image lacks the /data volume or DATA_DIR=/data: $got_data"
docker run --rm --network none "${LOCKED[@]}" --entrypoint /bin/busybox -v /bin/busybox:/bin/busybox:ro "$IMAGE" \
	touch /data/probe || die $EXIT_FAIL "/data is not writable by user 65532 under --read-only"
log "   ok: DATA_DIR=/data is a volume user 65532 can write under --read-only"

step "articlebot version"
out=$(docker run --rm --network none "${LOCKED[@]}" "$IMAGE" version)
expect_contains "version" "$out" "articlebot container-test" "commit $COMMIT"

step "articlebot ask (no network, read-only, non-root, no capabilities)"
out=$(docker run --rm --network none "${LOCKED[@]}" "$IMAGE" ask "$QUESTION") || die $EXIT_FAIL "ask exited $?"
expect_contains "ask" "$out" "Near the end of talks in Bonn" "James Dobbins"

step "serve in gateway mode without DISCORD_TOKEN"
set +e
err=$(docker run --rm --network none "${LOCKED[@]}" "$IMAGE" serve 2>&1 >/dev/null)
rc=$?
set -e
[[ $rc == 1 ]] || die $EXIT_FAIL "serve without DISCORD_TOKEN exited $rc, want 1 (stderr: $err)"
[[ $err == "articlebot: DISCORD_TOKEN is not set (see .env.example)" ]] ||
	die $EXIT_FAIL "serve without DISCORD_TOKEN said \"$err\", want the one line \"articlebot: DISCORD_TOKEN is not set (see .env.example)\""
log "   ok: exit 1, \"$err\""

step "serve --http: signed PING, /healthz and Docker's health check"
t=$(date +%s%N)
CGO_ENABLED=0 GOFLAGS="-trimpath -buildvcs=false" "$GOROOT_HOST/bin/go" -C "$ROOT" build -o "$WORK/probe" ./scripts/interactionprobe
log "   built the probe in $(elapsed "$t")"
read -r seed pubkey < <("$WORK/probe" keygen)
docker run -d --name "$SERVE" --network none "${LOCKED[@]}" \
	--health-interval 1s --health-timeout 3s --health-retries 3 --health-start-period 30s \
	-e "DISCORD_PUBLIC_KEY=$pubkey" -e HEALTH_ADDR=:8081 "$IMAGE" serve --http :8080 >/dev/null
# --network none leaves the host no way in, so the probe joins the container's namespace.
probe() {
	docker run --rm --network "container:$SERVE" "${LOCKED[@]}" -v "$WORK/probe:/probe:ro" \
		"$RUNTIME_STANDIN" /probe "$@"
}
t=$(date +%s%N)
probe get -url http://127.0.0.1:8081/healthz -wait 20s || die $EXIT_FAIL "/healthz did not answer 200"
log "   ok: /healthz after $(elapsed "$t")"
probe ping -seed "$seed" -url "http://127.0.0.1:8080$INTERACTIONS_PATH" -wait 5s ||
	die $EXIT_FAIL "signed PING check failed (INTERACTIONS_PATH=$INTERACTIONS_PATH)"
log "   ok: signed PING answered, bad signature refused"
t=$(date +%s%N)
health=""
for _ in $(seq 60); do
	health=$(docker inspect -f '{{.State.Status}} {{.State.Health.Status}}' "$SERVE")
	[[ $health == "running healthy" ]] && break
	[[ $health == running* ]] || break
	sleep 0.5
done
[[ $health == "running healthy" ]] || die $EXIT_FAIL "container state is \"$health\", want running healthy"
log "   ok: Docker reports $SERVE healthy after $(elapsed "$t") more"
docker rm -f "$SERVE" >/dev/null

step ""
log "all checks passed"
