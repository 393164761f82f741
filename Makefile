# kg and its Graphviz helper (used to draw when no system Graphviz is installed).
build:
	go build -ldflags "-X main.version=$$(git describe --always --dirty 2>/dev/null)" -o bin/kg ./cmd/kg
	go build -o bin/kg-graphviz ./cmd/kg-graphviz

# The demo: ingest the seed documents into the embedded store, show facts and a path.
demo:
	rm -rf demo.db
	go run ./cmd/kg --db demo.db ingest testdata/seeds
	go run ./cmd/kg --db demo.db facts
	go run ./cmd/kg --db demo.db path "North Korea" Cuba
	@echo
	@echo 'The store is demo.db: kg --db demo.db COMMAND, or export KG_DB="$$PWD/demo.db" (README, A short tour).' 

test:
	go test ./...

.PHONY: build demo test
