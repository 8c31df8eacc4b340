# motebok — see README.md. Every target works on a fresh clone with Go installed.
GO       ?= go
BIN      ?= ./motebok
DATA     ?= ./motebok-data
BENCHDIR ?= /tmp/motebok-bench
BENCHN   ?= 10000
# Seconds each fuzz target runs in `make fuzz`.
FUZZTIME ?= 60s

.PHONY: build test test-external demo bench fuzz lint clean

build:
	$(GO) build -o $(BIN) ./cmd/motebok

test:
	$(GO) test ./...

# Also the optional tests on other projects' documents in $(EXTERNAL).
EXTERNAL ?= ../shared/external
test-external:
	MOTEBOK_EXTERNAL=$(abspath $(EXTERNAL)) $(GO) test ./...

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

clean:
	rm -rf $(BIN) $(DATA) $(BENCHDIR)
