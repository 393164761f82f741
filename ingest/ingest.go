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
	"sync"
	"time"
	"unicode"

	"kg/gazetteer"
	"kg/graph"
	"kg/ingest/extract"
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

	// storeMu keeps the workers' store reads and the writer's commits
	// apart. A read nests bolt read transactions (a quad iterator's, then
	// one per quad it looks up); a commit that grows the file waits for
	// every open read transaction to remap it, and bolt then lets no new
	// one begin: a worker inside a read and the writer would wait for each
	// other forever.
	storeMu sync.RWMutex
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
	p := in.prepare(ctx, path)
	return in.commit(ctx, p)
}

// prepared is a document read and extracted, waiting to be stored.
type prepared struct {
	out    Outcome
	batch  *graph.Batch
	found  bool // the path was ingested before (a replacement)
	digest string
}

// prepare does everything but writing: read, hash, skip if unchanged,
// clean, extract. It only reads the store, so documents can be prepared
// in parallel while one writer commits.
func (in *Ingester) prepare(ctx context.Context, path string) *prepared {
	p := &prepared{out: Outcome{Path: path}}
	fail := func(err error) *prepared {
		p.out.Status, p.out.Err = Failed, fmt.Errorf("%s: %w", path, err)
		return p
	}
	raw, abs, format, err := in.load(path)
	if err != nil {
		return fail(err)
	}
	p.out.Bytes = int64(len(raw))
	sum := sha256.Sum256(raw)
	p.digest = hex.EncodeToString(sum[:])

	in.storeMu.RLock()
	prev, found, err := in.Store.DocumentByPath(ctx, abs)
	in.storeMu.RUnlock()
	if err != nil {
		return fail(err)
	}
	if found && prev.SHA256 == p.digest {
		p.out.DocID, p.out.Status, p.out.Facts = prev.ID, Unchanged, prev.Facts
		return p
	}
	p.found = found
	id := prev.ID
	if !found {
		id = baseID(abs, p.digest) // made unique at commit time
	}
	doc, err := reader.Read(bytes.NewReader(raw), format)
	if err != nil {
		return fail(err)
	}
	if doc.Repaired > 0 {
		p.out.Warn = append(p.out.Warn, fmt.Sprintf("%s: %d invalid UTF-8 sequences replaced by U+FFFD", path, doc.Repaired))
	}
	res := in.Extractor.ExtractFacts(id, doc)
	p.batch = &graph.Batch{
		Doc: graph.Document{ID: id, Path: abs, SHA256: p.digest, Bytes: int64(len(raw)),
			Title: doc.Title, Facts: len(res.Facts)},
		Facts:    res.Facts,
		Entities: res.Entities,
	}
	return p
}

// commit gives a new document its final id and writes its batch.
func (in *Ingester) commit(ctx context.Context, p *prepared) Outcome {
	if p.batch == nil { // failed or unchanged
		return p.out
	}
	in.storeMu.Lock()
	defer in.storeMu.Unlock()
	b := p.batch
	if !p.found {
		id, err := in.uniqueID(ctx, b.Doc.ID, b.Doc.Path)
		if err != nil {
			p.out.Status, p.out.Err = Failed, fmt.Errorf("%s: %w", p.out.Path, err)
			return p.out
		}
		if id != b.Doc.ID {
			b.Doc.ID = id
			for i := range b.Facts {
				b.Facts[i].Doc = id
				b.Facts[i].ID = graph.FactID(&b.Facts[i])
			}
		}
	}
	b.Doc.Ingested = in.Now()
	if err := in.Store.Put(ctx, b); err != nil {
		p.out.Status, p.out.Err = Failed, fmt.Errorf("%s: %w", p.out.Path, err)
		return p.out
	}
	p.out.DocID, p.out.Facts = b.Doc.ID, len(b.Facts)
	p.out.Status = Added
	if p.found {
		p.out.Status = Replaced
	}
	return p.out
}

// IngestAll ingests the paths with workers documents prepared in
// parallel and one writer committing them in the order given, so the
// store ends up exactly as a sequential run leaves it. fn sees each
// outcome in order. When ctx is cancelled (Ctrl-C), it stops after the
// document being written and returns how many were handled.
func (in *Ingester) IngestAll(ctx context.Context, paths []string, workers int, fn func(Outcome)) int {
	if workers < 1 || in.Store.Backend == "memstore" {
		// Cayley's memstore is not safe for reads (the workers' checks
		// for unchanged documents) during a write.
		workers = 1
	}
	slots := make([]chan *prepared, len(paths))
	for i := range slots {
		slots[i] = make(chan *prepared, 1)
	}
	// Workers get ahead of the writer by at most a few documents, which
	// bounds memory whatever the corpus size. The feeder takes a token
	// before it hands out the next index, so a token is never held by a
	// document later than one still waiting for a token: the writer's
	// next document always makes progress.
	ahead := make(chan struct{}, 2*workers)
	next := make(chan int)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(next)
		for i := range paths {
			select {
			case ahead <- struct{}{}:
			case <-done:
				return
			}
			select {
			case next <- i:
			case <-done:
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range next {
				slots[i] <- in.prepare(ctx, paths[i])
			}
		}()
	}
	handled := 0
	for i := range paths {
		if ctx.Err() != nil {
			break
		}
		var p *prepared
		select {
		case p = <-slots[i]:
		case <-ctx.Done():
		}
		if p == nil || ctx.Err() != nil && errors.Is(p.out.Err, context.Canceled) {
			break // interrupted: not handled, not failed
		}
		<-ahead
		fn(in.commit(context.WithoutCancel(ctx), p))
		handled++
	}
	return handled
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
		st, err := file.Stat()
		if err != nil {
			return nil, "", f, unwrapPathError(err)
		}
		if st.IsDir() {
			return nil, "", f, errors.New("is a directory")
		}
		// A regular file too large fails on its size, unread: memory stays
		// bounded by the documents accepted, not by those rejected.
		if st.Mode().IsRegular() && st.Size() > max {
			return nil, "", f, tooLarge(st.Size(), max)
		}
		r = file
	}
	// Standard input, pipes and devices have no size to check first, and
	// a file may grow after Stat: read at most one byte more than allowed.
	raw, err = io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, "", f, unwrapPathError(err)
	}
	if int64(len(raw)) > max {
		return nil, "", f, tooLarge(-1, max)
	}
	if path == "-" {
		sum := sha256.Sum256(raw)
		abs = "stdin:" + hex.EncodeToString(sum[:4])
	}
	return raw, abs, f, nil
}

// tooLarge is the error for a document over the limit; size is -1 when
// unknown (only the first max+1 bytes were read).
func tooLarge(size, max int64) error {
	if size < 0 {
		return fmt.Errorf("larger than the %d-byte limit (raise it with --max-bytes)", max)
	}
	return fmt.Errorf("%d bytes, larger than the %d-byte limit (raise it with --max-bytes)", size, max)
}

// baseID names a document after its file, without extension, keeping
// only characters an IRI can hold.
func baseID(abs, digest string) string {
	base := filepath.Base(abs)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	if strings.HasPrefix(abs, "stdin:") {
		id = "stdin-" + digest[:12]
	}
	return strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) || r == ' ' || strings.ContainsRune("<>\"{}|^`\\", r) { // not allowed in an IRI
			return '_'
		}
		return r
	}, id)
}

// uniqueID returns id, or, when another document already has it, id with
// a suffix derived from the path: the same file name in two folders gives
// two ids.
func (in *Ingester) uniqueID(ctx context.Context, id, abs string) (string, error) {
	_, taken, err := in.Store.Document(ctx, id)
	if err != nil || !taken {
		return id, err
	}
	sum := sha256.Sum256([]byte(abs))
	return id + "-" + hex.EncodeToString(sum[:4]), nil
}
