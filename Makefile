# Gongkai: `make run` and `make test` are the two commands (README.md).
JOBS ?= $(shell nproc)

.PHONY: all deps build asan fuzz-build fuzz test run deb screenshots fixtures bench format tidy clean

all: build

deps:
	@scripts/install-deps.sh

build: deps
	@cmake --preset default >/dev/null
	@cmake --build --preset default -j $(JOBS)

asan: deps
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)

# The readers' libFuzzer targets (clang): `make fuzz` runs each for 5 minutes; `make test` for
# 12 s each (one minute in all).
fuzz-build: deps
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j $(JOBS)

fuzz: fuzz-build
	@scripts/fuzz.sh build-fuzz $${FUZZ_SECONDS:-300}

# Both builds' tests run against a throwaway PostgreSQL server on loopback (and SQLite files); the
# sanitizer build's first, so that the output ends with the release run's ctest summary line.
test: build asan fuzz-build
	@scripts/install-deps.sh --test
	@scripts/with-postgres.sh sh -c 'ctest --preset asan -j $(JOBS) && ctest --preset default -j $(JOBS)'

# An SQLite ledger with demo data on first start, then the server on http://127.0.0.1:8080.
DB ?= gongkai.db
run: build
	@[ -f "$(DB)" ] || ./build/gongkai demo --db sqlite:$(DB)
	@./build/gongkai serve --db sqlite:$(DB) --listen 127.0.0.1:8080

# The Debian package (docs/operations.md): build/gongkai_VERSION_ARCH.deb.
deb: build
	@cd build && cpack -G DEB >/dev/null && ls -1 "$$PWD"/gongkai_*.deb

# The browser tests again, writing their screenshots to docs/screenshots/.
screenshots: build
	@scripts/install-deps.sh --test
	@tests/browser/run.sh build/gongkai
	@scripts/document-screenshots.sh build/gongkai

# The DOCX and PDF test fixtures again, with LibreOffice headless (scripts/make-fixtures.sh).
fixtures: build
	@scripts/make-fixtures.sh build/gongkai

bench: deps
	@cmake --preset bench >/dev/null
	@cmake --build --preset bench -j $(JOBS)
	@scripts/with-postgres.sh ./build-bench/bench/gongkai_bench --benchmark_repetitions=5 \
	    --benchmark_report_aggregates_only=true

format:
	@find src bench fuzz -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

tidy: build
	@find src -name '*.cpp' ! -name '*_test.cpp' | xargs clang-tidy -p build --quiet --extra-arg=-Wno-unknown-warning-option

clean:
	@rm -rf build build-asan build-bench build-fuzz
