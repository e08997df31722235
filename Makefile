# Casefile — build, run and test. Every target uses the same build tags
# (scripts/buildinfo.sh tags) so that go-sqlite3 (a large cgo build) is
# compiled once and cached.
TAGS      := $(shell ./scripts/buildinfo.sh tags)
GO        ?= go
GOFLAGS_T := -tags=$(TAGS)
BIN       := casefile
VERSION   := $(shell ./scripts/buildinfo.sh version)
LDFLAGS   := $(shell ./scripts/buildinfo.sh ldflags)

DEBS_BUILD := pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
              libxinerama-dev libxi-dev libxxf86vm-dev
DEBS_TEST  := xvfb xauth xdotool imagemagick poppler-utils fonts-dejavu-core fonts-noto-color-emoji jq

.PHONY: all build run test keycheck vet fmt-check bench fuzz screenshots memcheck deps-build deps-test clients check-clients clean

all: build

deps-build:
	@./scripts/ensure-debs.sh $(DEBS_BUILD)

deps-test: deps-build
	@./scripts/ensure-debs.sh $(DEBS_TEST)

# The real tools the exports are checked against (scripts/clients, pinned
# in its package-lock.json): the FollowTheMoney library and TimelineJS.
clients:
	@./scripts/ensure-debs.sh nodejs
	@command -v npm >/dev/null || ./scripts/ensure-debs.sh npm
	@if [ ! -f scripts/clients/node_modules/.package-lock.json ] || [ scripts/clients/package-lock.json -nt scripts/clients/node_modules/.package-lock.json ]; then \
	  cd scripts/clients && npm ci --no-audit --no-fund --loglevel=error; fi

# Renders the TimelineJS exports (the demo and scripts/clients/timeline-edges.json)
# with the real TimelineJS in headless Chromium and reads the FtM exports with
# the real FtM library; screenshots and reports in CLIENTS_OUT.
CLIENTS_OUT ?= /tmp/casefile-clients
check-clients: build clients
	@./scripts/ensure-debs.sh chromium-headless-shell
	./scripts/clients/check-clients.sh ./$(BIN) $(CLIENTS_OUT)

build: deps-build
	$(GO) build $(GOFLAGS_T) -ldflags "$(LDFLAGS)" -o $(BIN) .

# Opens the window on the demo case (imported on first run). Without a
# display it starts a virtual one so that the program still runs.
run: build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then ./$(BIN) $(CASE); \
	else echo "No display: running under xvfb-run" >&2; ./scripts/ensure-debs.sh xvfb xauth; xvfb-run -a -s "-screen 0 1280x800x24" ./$(BIN) $(CASE); fi

vet:
	$(GO) vet $(GOFLAGS_T) ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

test: deps-test clients fmt-check vet
	$(GO) test $(GOFLAGS_T) -count=1 -timeout 20m ./...
	@./scripts/keyboard-tasks.sh || { echo "keycheck: failed once; trying again (keys go to the real window in real time)" >&2; ./scripts/keyboard-tasks.sh; }

# The user guide's core tasks by keyboard alone in the real window under
# Xvfb (issue 16), each checked in the case file. Part of `make test`: it
# waits for the window's states instead of sleeping and takes about half a
# minute after the build. Since its waits were mended (4 December 2026:
# they had passed on old answers) it passed 33 runs in 33 here, some with
# other builds on the 2 cores; make test still gives it one second try, as
# keys are sent in real time (a failure prints the step, the window's last
# answer, a screenshot with KEEP, and the program's panic if it crashed).
# KEEP=DIR keeps a screenshot of each step.
keycheck: deps-test
	./scripts/keyboard-tasks.sh

bench: deps-test
	$(GO) test $(GOFLAGS_T) -run '^$$' -bench . -benchtime 3x ./...

FUZZTIME ?= 30s
fuzz:
	@for p in $$($(GO) list $(GOFLAGS_T) ./...); do \
	  for f in $$($(GO) test $(GOFLAGS_T) -list 'Fuzz.*' $$p | grep '^Fuzz'); do \
	    echo "== $$p $$f"; $(GO) test $(GOFLAGS_T) -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$p || exit 1; \
	  done; done

screenshots: build deps-test
	./scripts/screenshots.sh

# What users download, into dist/: the Windows zip and MSI (a mingw-w64
# cross-build) and the Linux tarball. See docs/RELEASING.md.
dist: deps-build
	./scripts/dist.sh

# Proves dist/'s artefacts: the Windows ones under Wine and Xvfb in a fresh
# prefix, the Linux one installed into a temporary prefix. No network.
dist-check: deps-test
	./scripts/dist-check.sh

# Memory and draw times of the real window on the demo and the large case
# (issue 12): fails when a memory target is missed. See docs/BENCHMARKS.md.
memcheck: deps-test
	@command -v jq >/dev/null || ./scripts/ensure-debs.sh jq
	./scripts/memcheck.sh

clean:
	rm -f $(BIN)
	rm -rf dist
