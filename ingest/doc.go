// Package ingest reads documents into the knowledge graph: it finds the
// files, reads and cleans each one (package reader), extracts its facts
// (package extract) and writes them to the store as one batch labelled
// with the document (package graph).
//
// Sub-packages:
//
//	reader     text, Markdown and HTML readers; page junk removal
//	sentence   sentence splitting with byte offsets
//	extract    relation extraction from sentences
//	english    the regular forms of English words
//
// The names extraction recognises come from package gazetteer, which
// queries use too.
package ingest
