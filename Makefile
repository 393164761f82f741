# The demo: ingest the seed documents into the embedded store and show facts and a path.
demo:
	rm -rf demo.db
	go run ./cmd/kg --db demo.db ingest testdata/seeds
	go run ./cmd/kg --db demo.db facts
	go run ./cmd/kg --db demo.db path "North Korea" Cuba

test:
	go test ./...

.PHONY: demo test
