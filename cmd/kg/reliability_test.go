package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const goodDoc = "Cuba and North Korea have enjoyed diplomatic relations since 1960. North Korea sent 100,000 AK rifles to Cuba in 1980.\n"

// badInput is one kind of bad document and what kg must say about it.
type badInput struct {
	name  string
	make  func(t *testing.T, dir string) string // creates it, returns its path
	maxB  string                                // --max-bytes, if the case needs one
	want  string                                // in the error output
	lands bool                                  // the document is still ingested (with a warning)
}

func write(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

var badInputs = []badInput{
	{name: "empty", make: func(t *testing.T, d string) string { return write(t, filepath.Join(d, "empty.txt"), nil) }, want: "empty document"},
	{name: "png image", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	}, want: "binary"},
	{name: "zip", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "archive.md"), []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"))
	}, want: "binary"},
	{name: "invalid utf-8", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "latin1.txt"), []byte("Cuba and North Korea have enjoyed diplomatic relations since 1960 \xe9\xff.\n"))
	}, want: "invalid UTF-8", lands: true},
	{name: "utf-16 with BOM", make: func(t *testing.T, d string) string {
		var b bytes.Buffer
		b.Write([]byte{0xFF, 0xFE})
		for _, r := range goodDoc {
			b.WriteByte(byte(r))
			b.WriteByte(0)
		}
		return write(t, filepath.Join(d, "utf16.txt"), b.Bytes())
	}, lands: true},
	{name: "too large", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "large.txt"), bytes.Repeat([]byte(goodDoc), 1000))
	}, maxB: "50000", want: "larger than the 50000-byte limit"},
	{name: "one 10 MB line", make: func(t *testing.T, d string) string {
		// Prose with no sentence break; an entity now and then.
		line := bytes.Repeat([]byte("the delegation spoke at length about the harvest and the weather in the region, "), 10<<20/82)
		return write(t, filepath.Join(d, "line.txt"), append([]byte("Cuba and North Korea have enjoyed diplomatic relations since 1960, "), line...))
	}, lands: true},
	{name: "deeply nested html", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "nested.html"), []byte(strings.Repeat("<div>", 200000)+"<p>"+goodDoc+"</p><b><i>broken</b>"))
	}, lands: true},
	{name: "broken html", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "broken.htm"), []byte("<html><body><p>"+goodDoc+"<p><<>><script>x</p"))
	}, lands: true},
	{name: "missing path", make: func(t *testing.T, d string) string { return filepath.Join(d, "nope.txt") }, want: "no such file"},
	{name: "symlink loop", make: func(t *testing.T, d string) string {
		loop := filepath.Join(d, "loopdir")
		os.MkdirAll(loop, 0o755)
		write(t, filepath.Join(loop, "inner.txt"), []byte(goodDoc))
		if err := os.Symlink(loop, filepath.Join(loop, "again")); err != nil {
			t.Fatal(err)
		}
		return loop
	}, want: "symbolic link loop", lands: true},
	{name: "unreadable", make: func(t *testing.T, d string) string {
		if os.Geteuid() == 0 {
			t.Skip("root reads files whatever their mode; unreadable files cannot be made")
		}
		return write(t, filepath.Join(d, "secret.txt"), []byte(goodDoc))
	}, want: "permission denied"},
}

// TestBadInputs ingests each bad input alone and among good documents:
// the bad one is named with the reason, the exit status says so, the good
// ones land, and what the store held before is untouched.
func TestBadInputs(t *testing.T) {
	for _, bi := range badInputs {
		t.Run(bi.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "kg.db")
			// Something already in the store must survive.
			before := write(t, filepath.Join(dir, "before", "before.txt"), []byte(goodDoc))
			if code, _, errs := kg(t, "--db", db, "ingest", before); code != 0 {
				t.Fatalf("ingest before: %s", errs)
			}
			_, factsBefore, _ := kg(t, "--db", db, "facts", "--format", "jsonl")

			docs := filepath.Join(dir, "docs")
			bad := bi.make(t, docs)
			if bi.name == "unreadable" {
				os.Chmod(bad, 0)
			}
			args := []string{"--db", db, "ingest"}
			if bi.maxB != "" {
				args = append(args, "--max-bytes", bi.maxB)
			}
			code, out, errs := kg(t, append(args, bad)...)
			if bi.want != "" && !strings.Contains(errs, bi.want) {
				t.Errorf("alone: error output lacks %q:\n%s", bi.want, errs)
			}
			if bi.want != "" && !bi.lands && (code == 0 || !strings.Contains(errs, filepath.Base(bad))) {
				t.Errorf("alone: exit %d, and the error must name %s:\n%s", code, filepath.Base(bad), errs)
			}
			if bi.lands && !strings.Contains(out, "1 added") && !strings.Contains(out, "unchanged") {
				t.Errorf("alone: the document should land: %s %s", out, errs)
			}

			// Among good documents, in a directory.
			good := write(t, filepath.Join(docs, "good.txt"), []byte(strings.Replace(goodDoc, "1960", "1961", 1)))
			code, out, errs = kg(t, append(args, docs, bad)...)
			if !strings.Contains(out, "good") && !strings.Contains(out, "1 added") && !strings.Contains(out, "2 added") {
				t.Errorf("among good ones: the good document did not land: %s %s", out, errs)
			}
			if bi.want != "" && !bi.lands && code == 0 {
				t.Errorf("among good ones: exit 0 although %s failed", bad)
			}
			_, factsAfter, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
			if !strings.HasPrefix(factsAfter, "") || !containsAllLines(factsAfter, factsBefore) {
				t.Errorf("facts stored before the bad input were lost")
			}
			if !strings.Contains(factsAfter, `"doc":"good"`) {
				t.Errorf("facts of the good document are missing")
			}
			_ = good
		})
	}
}

func containsAllLines(haystack, lines string) bool {
	for _, l := range strings.Split(strings.TrimSpace(lines), "\n") {
		if !strings.Contains(haystack, l) {
			return false
		}
	}
	return true
}

// buildKG builds the kg binary for tests that need a real process.
func buildKG(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return bin
}

// manyDocs writes n copies of the seed documents with distinct names.
func manyDocs(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "many")
	seedText, err := os.ReadFile(filepath.Join(seeds(t), "003_a658e70facf3b041.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		write(t, filepath.Join(dir, "doc"+itoa3(i)+".txt"), append([]byte(itoa3(i)+"\n\n"), seedText...))
	}
	return dir
}

func itoa3(i int) string {
	return string([]byte{byte('0' + i/100%10), byte('0' + i/10%10), byte('0' + i%10)})
}

// TestKilledMidIngest kills kg with SIGKILL while it ingests: the store
// must open, hold only whole documents, and a second ingest completes.
func TestKilledMidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills a process")
	}
	bin := buildKG(t)
	docs := manyDocs(t, 150)
	db := filepath.Join(t.TempDir(), "kg.db")
	cmd := exec.Command(bin, "--db", db, "ingest", "-q", docs)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once some documents are in: wait for the store to grow.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil && st.Size() > 2<<20 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()

	code, out, errs := kg(t, "--db", db, "docs")
	if code != 0 {
		t.Fatalf("the store does not open after SIGKILL: %s", errs)
	}
	stored := strings.Count(out, "\n") - 1
	// Every stored document is whole: its fact count matches its facts.
	_, jsonl, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Fields(line)
		id, facts := f[0], f[4]
		if n := strings.Count(jsonl, `"doc":"`+id+`"`); itoaInt(n) != facts {
			t.Errorf("document %s records %s facts but has %d: half-written", id, facts, n)
		}
	}
	code, out, errs = kg(t, "--db", db, "ingest", docs)
	if code != 0 {
		t.Fatalf("second ingest: %s", errs)
	}
	if !strings.Contains(out, "150 documents") || !strings.Contains(out, itoaInt(stored)+" unchanged") {
		t.Errorf("second ingest should add the %d missing documents and skip %d: %s", 150-stored, stored, out)
	}
	t.Logf("killed after %d of 150 documents", stored)
}

func itoaInt(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

// TestInterrupt sends SIGINT (Ctrl-C) during an ingest: kg stops after the
// current document, says how far it got and exits non-zero.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and signals a process")
	}
	bin := buildKG(t)
	docs := manyDocs(t, 150)
	db := filepath.Join(t.TempDir(), "kg.db")
	cmd := exec.Command(bin, "--db", db, "ingest", "-q", docs)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil && st.Size() > 1<<20 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	if err == nil {
		t.Fatalf("interrupted ingest exited 0: %s", stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted after") {
		t.Errorf("no word on how far it got: %s", stderr.String())
	}
	if code, _, errs := kg(t, "--db", db, "docs"); code != 0 {
		t.Errorf("store unusable after Ctrl-C: %s", errs)
	}
}

// TestStoreInUse runs a second kg on a store another process holds: it
// waits a bounded time, then says so plainly.
func TestStoreInUse(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a process")
	}
	bin := buildKG(t)
	docs := manyDocs(t, 150)
	db := filepath.Join(t.TempDir(), "kg.db")
	first := exec.Command(bin, "--db", db, "ingest", "-q", docs)
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	defer first.Process.Kill()
	for i := 0; i < 500; i++ {
		if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	second := exec.Command(bin, "--db", db, "facts")
	second.Env = append(os.Environ(), "KG_LOCK_TIMEOUT=300ms")
	out, err := second.CombinedOutput()
	if err == nil {
		t.Skip("the first process finished before the second started")
	}
	if !strings.Contains(string(out), "in use by another kg process") {
		t.Errorf("second process: %s", out)
	}
}

// TestParallelIngestMatchesSequential: documents prepared in parallel and
// written by one writer give exactly the store a sequential run gives.
func TestParallelIngestMatchesSequential(t *testing.T) {
	docs := manyDocs(t, 12)
	// Two files with the same name in different folders, to exercise ids.
	write(t, filepath.Join(docs, "sub", "doc000.txt"), []byte(goodDoc))
	var outs []string
	for _, jobs := range []string{"1", "4"} {
		db := filepath.Join(t.TempDir(), "kg.db")
		if code, out, errs := kg(t, "--db", db, "ingest", "-q", "-j", jobs, docs); code != 0 {
			t.Fatalf("-j %s: %s %s", jobs, out, errs)
		}
		_, facts, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
		_, docsOut, _ := kg(t, "--db", db, "docs")
		outs = append(outs, facts+stripTimes(docsOut))
	}
	if outs[0] != outs[1] {
		t.Error("parallel ingest differs from sequential ingest")
	}
}

// stripTimes drops the ingest-time column of `kg docs`.
func stripTimes(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) > 2 {
			f = f[:len(f)-2]
		}
		b.WriteString(strings.Join(f, " ") + "\n")
	}
	return b.String()
}
