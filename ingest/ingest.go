package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"kg/graph"
	"kg/ingest/extract"
	"kg/ingest/gazetteer"
	"kg/ingest/reader"
)

// DefaultMaxBytes is the largest document read by default.
const DefaultMaxBytes = 64 << 20

// Status says what ingesting one document did.
type Status string

const (
	Added     Status = "added"
	Replaced  Status = "replaced"
	Unchanged Status = "unchanged"
	Failed    Status = "failed"
)

// Outcome is the result of ingesting one document.
type Outcome struct {
	Path   string
	DocID  string
	Status Status
	Facts  int
	Bytes  int64
	Err    error    // set when Status is Failed
	Warn   []string // problems that did not stop the document
}

// Ingester reads documents into a store.
type Ingester struct {
	Store     *graph.Store
	Extractor *extract.Extractor
	MaxBytes  int64     // documents larger than this fail; 0 means DefaultMaxBytes
	Stdin     io.Reader // read for the path "-"
	Now       func() time.Time
}

// New returns an ingester writing to store with the given gazetteer.
func New(store *graph.Store, gaz *gazetteer.Gazetteer) (*Ingester, error) {
	x, err := extract.New(gaz)
	if err != nil {
		return nil, err
	}
	return &Ingester{Store: store, Extractor: x, Stdin: os.Stdin, Now: time.Now}, nil
}

// Ingest reads, extracts and stores one document. A failure leaves the
// store as it was and is reported in the Outcome, naming the file.
func (in *Ingester) Ingest(ctx context.Context, path string) Outcome {
	out := Outcome{Path: path}
	fail := func(err error) Outcome {
		out.Status, out.Err = Failed, fmt.Errorf("%s: %w", path, err)
		return out
	}
	raw, abs, format, err := in.load(path)
	if err != nil {
		return fail(err)
	}
	out.Bytes = int64(len(raw))
	sum := sha256.Sum256(raw)
	digest := hex.EncodeToString(sum[:])

	prev, found, err := in.Store.DocumentByPath(ctx, abs)
	if err != nil {
		return fail(err)
	}
	if found && prev.SHA256 == digest {
		out.DocID, out.Status, out.Facts = prev.ID, Unchanged, prev.Facts
		return out
	}
	id := prev.ID
	if !found {
		if id, err = in.newDocID(ctx, abs, digest); err != nil {
			return fail(err)
		}
	}
	doc, err := reader.Read(bytes.NewReader(raw), format)
	if err != nil {
		return fail(err)
	}
	if doc.Repaired > 0 {
		out.Warn = append(out.Warn, fmt.Sprintf("%s: %d invalid UTF-8 sequences replaced by U+FFFD", path, doc.Repaired))
	}
	res := in.Extractor.ExtractFacts(id, doc)
	title := doc.Title
	batch := &graph.Batch{
		Doc: graph.Document{ID: id, Path: abs, SHA256: digest, Bytes: int64(len(raw)),
			Title: title, Ingested: in.Now(), Facts: len(res.Facts)},
		Facts:    res.Facts,
		Entities: res.Entities,
	}
	if err := in.Store.Put(ctx, batch); err != nil {
		return fail(err)
	}
	out.DocID, out.Facts = id, len(res.Facts)
	out.Status = Added
	if found {
		out.Status = Replaced
	}
	return out
}

// load reads the raw bytes of a document, bounded by MaxBytes.
func (in *Ingester) load(path string) (raw []byte, abs string, f reader.Format, err error) {
	max := in.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	var r io.Reader
	if path == "-" {
		r, abs, f = in.Stdin, "-", reader.Text
	} else {
		var ok bool
		if f, ok = reader.FormatOf(path); !ok {
			return nil, "", f, fmt.Errorf("unsupported file type %q (want .txt, .md, .html or .htm)", filepath.Ext(path))
		}
		if abs, err = filepath.Abs(path); err != nil {
			return nil, "", f, err
		}
		file, err := os.Open(path)
		if err != nil {
			return nil, "", f, unwrapPathError(err)
		}
		defer file.Close()
		if st, err := file.Stat(); err == nil && st.IsDir() {
			return nil, "", f, errors.New("is a directory")
		}
		r = file
	}
	raw, err = io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, "", f, unwrapPathError(err)
	}
	if int64(len(raw)) > max {
		return nil, "", f, fmt.Errorf("larger than the %d-byte limit (raise it with --max-bytes)", max)
	}
	if path == "-" {
		sum := sha256.Sum256(raw)
		abs = "stdin:" + hex.EncodeToString(sum[:4])
	}
	return raw, abs, f, nil
}

// newDocID names a new document after its file, without extension. When
// another document already has that name, the id gets a suffix derived
// from the path, so the same file name in two folders gives two ids.
func (in *Ingester) newDocID(ctx context.Context, abs, digest string) (string, error) {
	base := filepath.Base(abs)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	if strings.HasPrefix(abs, "stdin:") {
		id = "stdin-" + digest[:12]
	}
	id = strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) || r == ' ' || strings.ContainsRune("<>\"{}|^`\\", r) { // not allowed in an IRI
			return '_'
		}
		return r
	}, id)
	_, taken, err := in.Store.Document(ctx, id)
	if err != nil || !taken {
		return id, err
	}
	sum := sha256.Sum256([]byte(abs))
	return id + "-" + hex.EncodeToString(sum[:4]), nil
}
