# motebok — see README.md. Every target works on a fresh clone with Go installed.
GO       ?= go
BIN      ?= ./motebok
DATA     ?= ./motebok-data
BENCHDIR ?= /tmp/motebok-bench
# Documents in the bench archive; issue 14's scale is BENCHN=100000 (hours).
BENCHN   ?= 10000
# Seconds each fuzz target runs in `make fuzz`.
FUZZTIME ?= 60s

.PHONY: build test test-external search-eval reliability demo bench loadtest fuzz lint clean

build:
	$(GO) build -o $(BIN) ./cmd/motebok

test:
	$(GO) test ./...

# The hardening tests of issue 12 (part of `test` too): hostile input,
# safe deletion, quarantine, privacy, output, read-only use, store repair.
reliability:
	$(GO) test -count=1 -run 'Reliability' ./...

# Also the optional tests on other projects' documents in $(EXTERNAL).
EXTERNAL ?= ../shared/external
test-external:
	MOTEBOK_EXTERNAL=$(abspath $(EXTERNAL)) $(GO) test ./...

# Search quality on real documents and judged questions, motebok against
# stock bleve with its `no` analyser (internal/searcheval).
SEARCH_CORPUS  ?= ../real-dev-docs/search-corpus
SEARCH_QUERIES ?= ../shared/real-dev/queries.tsv
search-eval:
	MOTEBOK_SEARCH_CORPUS=$(abspath $(SEARCH_CORPUS)) MOTEBOK_SEARCH_QUERIES=$(abspath $(SEARCH_QUERIES)) \
		$(GO) test -count=1 -run TestRealDev -v ./internal/searcheval

demo: build
	rm -rf $(DATA)
	$(BIN) ingest --data $(DATA) testdata/corpus
	$(BIN) search --data $(DATA) veileder
	$(BIN) decisions --data $(DATA) --decided
	$(BIN) case --data $(DATA) 21/25
	$(BIN) person --data $(DATA) "Holden Jon Berge"

lint:
	test -z "$$(gofmt -l .)" || (gofmt -l . && exit 1)
	$(GO) vet ./...

fuzz:
	./scripts/fuzz.sh $(FUZZTIME)

bench: build
	./scripts/bench.sh $(BIN) $(BENCHDIR) $(BENCHN)

# API search latency of `motebok serve` under load (wrk, on loopback): 20
# and 200 clients, a mix of repeated and of unique queries, on the data
# directory `make bench` leaves.
LOADDATA ?= $(BENCHDIR)/data
LOADSECS ?= 20
loadtest: build
	./scripts/loadtest.sh $(BIN) $(LOADDATA) $(LOADSECS)

clean:
	rm -rf $(BIN) $(DATA) $(BENCHDIR)
