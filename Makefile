# Hearth — the two commands in the README are `make demo` and `make test`.
PREFIX ?= /usr/local
SWIFT ?= swift
OUT ?= out
# Debian/Ubuntu packages Hearth builds and tests against.
APT_PACKAGES := pkg-config zlib1g-dev libdeflate-dev libcairo2-dev libpango1.0-dev libharfbuzz-dev libfontconfig-dev libgdk-pixbuf-2.0-dev poppler-utils qpdf
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The editor's drafts (GRDB) use the system SQLite.
APT_PACKAGES += libsqlite3-dev
# The editor's browser test: Debian's chromium and its driver, with selenium and axe-core from PyPI.
EDITOR_APT_PACKAGES := chromium chromium-driver poppler-utils

.PHONY: deps pdfua-deps build demo test install bench fuzz clean editor-deps editor-test

## deps: install the system packages Hearth needs, when any is missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi

# The Swift runtime and Foundation are linked in: a render starts in about 8 ms instead of 14, with 6 MB less
# memory, because the loader no longer resolves a dozen Swift libraries' symbols at every start.
RELEASE := -c release --static-swift-stdlib

## pdfua-deps: pikepdf from PyPI (and pip, when missing), which the tests' PDF/UA check scripts/pdfua-check uses
pdfua-deps:
	@python3 -c 'import pikepdf, lxml' 2>/dev/null || { \
	  python3 -m pip --version >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q python3-pip; }; \
	  python3 -m pip install -q --user --break-system-packages pikepdf 2>/dev/null || python3 -m pip install -q --user pikepdf; }

## build: the release binaries at .build/release/hearth and .build/release/hearth-serve (the editor)
build: deps
	$(SWIFT) build $(RELEASE) --product hearth
	$(SWIFT) build $(RELEASE) --product hearth-serve

## demo: render every example into out/ (PDF, plus a PNG of the first page)
demo: build
	@./scripts/demo .build/release/hearth $(OUT)

## test: the whole test suite
test: deps pdfua-deps
	$(SWIFT) test

## bench: timings beside DESIGN.md's budgets (reports, never fails); BENCH=long-text runs only the long-text cases
bench: build
	$(SWIFT) build $(RELEASE) --product hearth-bench
	.build/release/hearth-bench $(BENCH)
	@[ -n "$(BENCH)" ] || ./scripts/editor-bench .build/release/hearth

## fuzz: libFuzzer on decoding and on decode-compose-layout (fake measurer) for FUZZ_SECONDS (default 60), seeded
## from Examples/ and Tests/FuzzSeeds/ (a JSON case); a finding is saved in .build/fuzz-findings/ and replays with `swift run hearth-fuzz FILE`
FUZZ_SECONDS ?= 60
FUZZ_CORPUS := .build/fuzz-corpus
# The coverage instrumentation of -sanitize=fuzzer (which needs a sanitizer beside it: address), linked with the
# libFuzzer that has no main of its own, so hearth-fuzz keeps its main and calls LLVMFuzzerRunDriver.
SWIFT_LIB := $(shell dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))/lib
FUZZER_LIB = $(firstword $(wildcard $(SWIFT_LIB)/clang/*/lib/linux/libclang_rt.fuzzer_no_main-$(shell uname -m).a))
FUZZ_FLAGS = -c release --scratch-path .build/fuzz -Xswiftc -sanitize=address \
	-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -DHEARTH_LIBFUZZER \
	-Xlinker $(FUZZER_LIB) -Xlinker -lstdc++
fuzz: deps
	@[ -n "$(FUZZER_LIB)" ] || { echo "fuzz: this Swift toolchain has no libclang_rt.fuzzer_no_main under $(SWIFT_LIB)/clang"; exit 1; }
	$(SWIFT) build $(FUZZ_FLAGS) --product hearth-fuzz
	@mkdir -p $(FUZZ_CORPUS) .build/fuzz-findings
	@cp Examples/*.yaml Tests/FuzzSeeds/* $(FUZZ_CORPUS)/; cp Examples/*.json $(FUZZ_CORPUS)/ 2>/dev/null || true
	HEARTH_RESOURCES=$(CURDIR) SWIFT_BACKTRACE=enable=no $$($(SWIFT) build $(FUZZ_FLAGS) --show-bin-path)/hearth-fuzz $(FUZZ_CORPUS) \
	  -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
	  -artifact_prefix=.build/fuzz-findings/

## install: hearth into PREFIX/bin, fonts and assets into PREFIX/share/hearth
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/hearth
	install -m 755 .build/release/hearth $(DESTDIR)$(PREFIX)/bin/hearth
	install -m 755 .build/release/hearth-serve $(DESTDIR)$(PREFIX)/bin/hearth-serve
	cp -R Fonts Assets $(DESTDIR)$(PREFIX)/share/hearth/

## editor-deps: chromium, chromium-driver, and selenium with axe-core from PyPI, for the editor's browser test
editor-deps:
	@missing=""; for p in $(EDITOR_APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi
	@python3 -c 'import selenium, axe_selenium_python' 2>/dev/null || { \
	  python3 -m pip --version >/dev/null 2>&1 || { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q python3-pip; }; \
	  python3 -m pip install -q --user --break-system-packages selenium axe-selenium-python 2>/dev/null \
	    || python3 -m pip install -q --user selenium axe-selenium-python; }

## editor-test: the editor in a real browser (import, edit, preview, PDF, axe-core), screenshot in out/
editor-test: build editor-deps
	./scripts/editor-e2e .build/release/hearth --screenshot $(OUT)/editor-screenshot.png

clean:
	rm -rf .build $(OUT)
