package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const goodDoc = "Cuba and North Korea have enjoyed diplomatic relations since 1960. North Korea sent 100,000 AK rifles to Cuba in 1980.\n"

// badInput is one kind of bad document and what kg must say about it.
type badInput struct {
	name string
	make func(t *testing.T, dir string) string // creates it in dir, returns its path
	maxB string                                // --max-bytes, if the case needs one
	want string                                // in the error output
	exit int                                   // the exit status, alone and among good documents
	// lands are the documents of the bad input that are ingested all the
	// same (repaired, decoded, or beside a symlink loop): their facts are
	// the only ones besides the good documents' that may appear.
	lands []string
	// unprivileged: the case needs a user that cannot read every file
	// (root can); as root it runs kg as the user nobody.
	unprivileged bool
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

func utf16Doc(bigEndian bool) []byte {
	var b bytes.Buffer
	if bigEndian {
		b.Write([]byte{0xFE, 0xFF})
	} else {
		b.Write([]byte{0xFF, 0xFE})
	}
	for _, r := range goodDoc { // ASCII: one code unit each
		if bigEndian {
			b.Write([]byte{0, byte(r)})
		} else {
			b.Write([]byte{byte(r), 0})
		}
	}
	return b.Bytes()
}

var badInputs = []badInput{
	{name: "empty", make: func(t *testing.T, d string) string { return write(t, filepath.Join(d, "empty.txt"), nil) }, want: "empty document", exit: 1},
	{name: "png image", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	}, want: "binary", exit: 1},
	{name: "zip", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "archive.md"), []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"))
	}, want: "binary", exit: 1},
	{name: "invalid utf-8", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "latin1.txt"), []byte("Cuba and North Korea have enjoyed diplomatic relations since 1960 \xe9\xff.\n"))
	}, want: "invalid UTF-8", lands: []string{"latin1"}},
	{name: "utf-16 with BOM", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "utf16.txt"), utf16Doc(false))
	}, lands: []string{"utf16"}},
	{name: "utf-16 big-endian with BOM", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "utf16be.txt"), utf16Doc(true))
	}, lands: []string{"utf16be"}},
	{name: "too large", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "large.txt"), bytes.Repeat([]byte(goodDoc), 1000))
	}, maxB: "50000", want: "larger than the 50000-byte limit", exit: 1},
	{name: "300 MB sparse file", make: func(t *testing.T, d string) string {
		// Sparse: no disk used. Its size in the message shows it was
		// rejected on its size, before reading (ingest tests the memory).
		p := write(t, filepath.Join(d, "huge.txt"), []byte(goodDoc))
		if err := os.Truncate(p, 300<<20); err != nil {
			t.Fatal(err)
		}
		return p
	}, want: "314572800 bytes, larger than the 67108864-byte limit", exit: 1},
	{name: "one 10 MB line", make: func(t *testing.T, d string) string {
		// Prose with no sentence break; an entity now and then.
		line := bytes.Repeat([]byte("the delegation spoke at length about the harvest and the weather in the region, "), 10<<20/82)
		return write(t, filepath.Join(d, "line.txt"), append([]byte("Cuba and North Korea have enjoyed diplomatic relations since 1960, "), line...))
	}, lands: []string{"line"}},
	{name: "deeply nested html", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "nested.html"), []byte(strings.Repeat("<div>", 200000)+"<p>"+goodDoc+"</p><b><i>broken</b>"))
	}, lands: []string{"nested"}},
	{name: "broken html", make: func(t *testing.T, d string) string {
		return write(t, filepath.Join(d, "broken.htm"), []byte("<html><body><p>"+goodDoc+"<p><<>><script>x</p"))
	}, lands: []string{"broken"}},
	{name: "missing path", make: func(t *testing.T, d string) string { return filepath.Join(d, "nope.txt") }, want: "no such file", exit: 1},
	{name: "missing directory", make: func(t *testing.T, d string) string { return filepath.Join(d, "no-such-dir") }, want: "no such file", exit: 1},
	{name: "symlink loop", make: func(t *testing.T, d string) string {
		loop := filepath.Join(d, "loopdir")
		write(t, filepath.Join(loop, "inner.txt"), []byte(goodDoc))
		if err := os.Symlink(loop, filepath.Join(loop, "again")); err != nil {
			t.Fatal(err)
		}
		return loop
	}, want: "symbolic link loop", exit: 1, lands: []string{"inner"}},
	{name: "broken symlink", make: func(t *testing.T, d string) string {
		p := filepath.Join(d, "dangling.txt")
		os.MkdirAll(d, 0o755)
		if err := os.Symlink(filepath.Join(d, "gone.txt"), p); err != nil {
			t.Fatal(err)
		}
		return p
	}, want: "no such file", exit: 1},
	{name: "unreadable", make: func(t *testing.T, d string) string {
		p := write(t, filepath.Join(d, "secret.txt"), []byte(goodDoc))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		return p
	}, want: "permission denied", exit: 1, unprivileged: true},
	{name: "unreadable directory", make: func(t *testing.T, d string) string {
		p := filepath.Join(d, "locked")
		write(t, filepath.Join(p, "inside.txt"), []byte(goodDoc))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) }) // before the directory is removed
		return p
	}, want: "permission denied", exit: 1, unprivileged: true},
}

// kgRunner runs kg with args and returns its exit status and output.
type kgRunner func(args ...string) (int, string, string)

// TestBadInputs ingests each bad input alone, into a store that holds a
// document, then in a directory among the seed documents: the bad one is
// named with the reason, the exit status says so, and the store holds
// exactly what it held before plus the good documents' facts (plus the
// bad input's own, when it legitimately lands).
func TestBadInputs(t *testing.T) {
	seedFiles, err := filepath.Glob(filepath.Join(seeds(t), "*"))
	if err != nil || len(seedFiles) == 0 {
		t.Fatalf("no seed documents: %v", err)
	}
	// The good documents' facts, from a store that holds only them.
	ref := filepath.Join(t.TempDir(), "ref.db")
	if code, out, errs := kg(t, "--db", ref, "ingest", "-q", seeds(t)); code != 0 {
		t.Fatalf("reference ingest: %s%s", out, errs)
	}
	_, seedFacts, _ := kg(t, "--db", ref, "facts", "--format", "jsonl")

	for _, bi := range badInputs {
		t.Run(bi.name, func(t *testing.T) {
			dir, kgAs := t.TempDir(), kgRunner(func(args ...string) (int, string, string) { return kg(t, args...) })
			if bi.unprivileged && os.Geteuid() == 0 {
				dir, kgAs = asNobody(t)
			}
			// Each run is on a store that already holds a document, which
			// must survive: alone, then in a directory among the seeds.
			before := write(t, filepath.Join(dir, "before", "before.txt"), []byte(goodDoc))
			docs := filepath.Join(dir, "docs")
			bad := bi.make(t, docs)
			args := []string{"ingest"}
			if bi.maxB != "" {
				args = append(args, "--max-bytes", bi.maxB)
			}
			try := func(how, db string, inputs []string, good ...string) {
				t.Helper()
				if code, out, errs := kgAs("--db", db, "ingest", before); code != 0 {
					t.Fatalf("%s: ingest before: exit %d: %s%s", how, code, out, errs)
				}
				_, factsBefore, _ := kgAs("--db", db, "facts", "--format", "jsonl")
				if factsBefore == "" {
					t.Fatalf("%s: the document ingested first has no facts", how)
				}
				code, out, errs := kgAs(append(append([]string{"--db", db}, args...), inputs...)...)
				if code != bi.exit {
					t.Errorf("%s: exit %d, want %d:\n%s%s", how, code, bi.exit, out, errs)
				}
				if bi.want != "" && !strings.Contains(errs, bi.want) {
					t.Errorf("%s: error output lacks %q:\n%s", how, bi.want, errs)
				}
				if bi.want == "" && errs != "" {
					t.Errorf("%s: lands cleanly, yet: %s", how, errs)
				}
				if bi.want != "" && !strings.Contains(errs, filepath.Base(bad)) {
					t.Errorf("%s: the error output must name %s:\n%s", how, filepath.Base(bad), errs)
				}
				_, after, _ := kgAs("--db", db, "facts", "--format", "jsonl")
				sameFacts(t, how, after, bi.lands, append([]string{factsBefore}, good...)...)
			}

			try("alone", filepath.Join(dir, "alone.db"), []string{bad})

			for _, f := range seedFiles {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				write(t, filepath.Join(docs, filepath.Base(f)), b)
			}
			inputs := []string{docs}
			if _, err := os.Lstat(bad); err != nil { // a missing path, named beside the directory
				inputs = append(inputs, bad)
			}
			try("among the seeds", filepath.Join(dir, "dir.db"), inputs, seedFacts)
		})
	}
}

// sameFacts checks that the facts (JSON Lines) are exactly the lines of
// want, apart from those of the documents in lands, which must have some.
func sameFacts(t *testing.T, how, facts string, lands []string, want ...string) {
	t.Helper()
	wantSet := map[string]bool{}
	for _, w := range want {
		for _, l := range lines(w) {
			wantSet[l] = true
		}
	}
	landed := map[string]int{}
	for _, d := range lands {
		landed[d] = 0
	}
	got := map[string]bool{}
	var extra, missing []string
	for _, l := range lines(facts) {
		var f struct{ Doc string }
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("%s: not a JSON fact: %v: %s", how, err, l)
		}
		if n, ok := landed[f.Doc]; ok {
			landed[f.Doc] = n + 1
			continue
		}
		got[l] = true
		if !wantSet[l] {
			extra = append(extra, l)
		}
	}
	for l := range wantSet {
		if !got[l] {
			missing = append(missing, l)
		}
	}
	sort.Strings(missing)
	if len(extra) > 0 || len(missing) > 0 {
		t.Errorf("%s: the facts are not those before plus the good documents': %d extra, %d missing\nextra: %.600s\nmissing: %.600s",
			how, len(extra), len(missing), strings.Join(extra, "\n"), strings.Join(missing, "\n"))
	}
	for d, n := range landed {
		if n == 0 {
			t.Errorf("%s: document %s should land with its facts, but has none", how, d)
		}
	}
}

func lines(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// asNobody prepares, for a test running as root, a directory the user
// nobody owns and a kg binary nobody can run, and returns them with a
// runner that runs kg as nobody (root reads files whatever their mode, so
// only another user meets an unreadable file). It skips the test when
// runuser or the user is missing.
func asNobody(t *testing.T) (string, kgRunner) {
	t.Helper()
	runuser, err := exec.LookPath("runuser")
	if err != nil {
		t.Skip("running as root, and there is no runuser to run kg as another user: root reads files whatever their mode, so this case cannot be tested")
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		t.Skipf("running as root, and there is no user nobody to run kg as (%v): root reads files whatever their mode, so this case cannot be tested", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	base, err := os.MkdirTemp("", "kg-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	bin := filepath.Join(base, "kg")
	b, err := os.ReadFile(buildKG(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(base, "work")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chown(dir, uid, gid); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(runuser, "-u", "nobody", "--", bin, "--help").CombinedOutput(); err != nil {
		t.Skipf("running as root, and runuser cannot run %s as nobody (%v: %s): root reads files whatever their mode, so this case cannot be tested", bin, err, out)
	}
	return dir, func(args ...string) (int, string, string) {
		var out, errw bytes.Buffer
		cmd := exec.Command(runuser, append([]string{"-u", "nobody", "--", bin}, args...)...)
		cmd.Stdout, cmd.Stderr = &out, &errw
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("runuser: %v", err)
		}
		return cmd.ProcessState.ExitCode(), out.String(), errw.String()
	}
}

var kgBinary struct {
	once sync.Once
	path string
	err  error
}

// buildKG builds the kg binary for tests that need a real process, once
// for the suite: beside the kg-graphviz helper TestMain builds, in the
// directory TestMain removes when the suite ends.
func buildKG(t *testing.T) string {
	t.Helper()
	helper := os.Getenv("KG_GRAPHVIZ")
	if helper == "" {
		t.Fatal("KG_GRAPHVIZ is not set: TestMain builds kg-graphviz and sets it")
	}
	kgBinary.once.Do(func() {
		kgBinary.path = filepath.Join(filepath.Dir(helper), "kg")
		cmd := exec.Command("go", "build", "-o", kgBinary.path, ".")
		cmd.Stderr = os.Stderr
		kgBinary.err = cmd.Run()
	})
	if kgBinary.err != nil {
		t.Fatalf("build kg: %v", kgBinary.err)
	}
	return kgBinary.path
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
	if !strings.Contains(out, "150 inputs") || !strings.Contains(out, itoaInt(stored)+" unchanged") {
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
// current document, says how far it got and exits non-zero. Every
// document it stored is whole (its facts are those an uninterrupted run
// gives it), there are as many as it says, and none counts as failed.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and signals a process")
	}
	bin := buildKG(t)
	const n = 150
	docs := manyDocs(t, n)
	db := filepath.Join(t.TempDir(), "kg.db")
	cmd := exec.Command(bin, "--db", db, "ingest", docs)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil && st.Size() > 16<<20 { // a few dozen documents in
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	if err == nil {
		t.Fatalf("interrupted ingest exited 0: %s", stderr.String())
	}
	m := regexp.MustCompile(`interrupted after (\d+) of (\d+) documents`).FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("no word on how far it got: %s", stderr.String())
	}
	handled, _ := strconv.Atoi(m[1])
	if m[2] != strconv.Itoa(n) {
		t.Errorf("interrupted after %s of %s documents, but there are %d", m[1], m[2], n)
	}

	code, docsOut, errs := kg(t, "--db", db, "docs")
	if code != 0 {
		t.Fatalf("store unusable after Ctrl-C: %s", errs)
	}
	stored := map[string]bool{}
	for _, line := range lines(docsOut)[1:] {
		stored[strings.Fields(line)[0]] = true
	}
	if len(stored) != handled {
		t.Errorf("kg said it got through %d documents, the store holds %d", handled, len(stored))
	}
	_, jsonl, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
	got := factsByDoc(t, jsonl)
	var storedPaths []string
	for id := range stored {
		storedPaths = append(storedPaths, filepath.Join(docs, id+".txt"))
	}
	ref := referenceFacts(t, storedPaths...)
	for id := range stored {
		if !equalLines(got[id], ref[id]) {
			t.Errorf("document %s is not whole: %d facts stored, %d in an uninterrupted run", id, len(got[id]), len(ref[id]))
		}
	}
	for id := range got {
		if !stored[id] {
			t.Errorf("%d facts of document %s, which the store does not hold", len(got[id]), id)
		}
	}
	facts := 0
	for _, f := range got {
		facts += len(f)
	}
	want := fmt.Sprintf("%d inputs: %d added, 0 replaced, 0 unchanged, 0 failed, %d not ingested (interrupted); %s, ",
		n, handled, n-handled, plural(facts, "fact"))
	if !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("summary:\n%s\nwant it to begin %q", stdout.String(), want)
	}
	t.Logf("interrupted after %d of %d documents", handled, n)
}

// factsByDoc groups the facts (JSON Lines) by document, sorted.
func factsByDoc(t *testing.T, jsonl string) map[string][]string {
	t.Helper()
	by := map[string][]string{}
	for _, l := range lines(jsonl) {
		var f struct{ Doc string }
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("not a JSON fact: %v: %s", err, l)
		}
		by[f.Doc] = append(by[f.Doc], l)
	}
	for _, f := range by {
		sort.Strings(f)
	}
	return by
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// referenceFacts is the facts of the documents, by document, from an
// uninterrupted ingest into a fresh store.
func referenceFacts(t *testing.T, paths ...string) map[string][]string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ref.db")
	if len(paths) == 0 {
		return nil
	}
	if code, out, errs := kg(t, append([]string{"--db", db, "ingest", "-q"}, paths...)...); code != 0 {
		t.Fatalf("reference ingest: exit %d: %s%s", code, out, errs)
	}
	_, jsonl, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
	return factsByDoc(t, jsonl)
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

// TestIgnoredFilesAreNamed: files of other types in a directory are not
// documents, so they do not fail the ingest, but kg says how many it left
// alone and of which types.
func TestIgnoredFilesAreNamed(t *testing.T) {
	docs := filepath.Join(t.TempDir(), "docs")
	write(t, filepath.Join(docs, "good.txt"), []byte(goodDoc))
	write(t, filepath.Join(docs, "image.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	write(t, filepath.Join(docs, "sub", "archive.zip"), []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"))
	write(t, filepath.Join(docs, "sub", "other.PNG"), []byte("\x89PNG\r\n\x1a\n"))
	db := filepath.Join(t.TempDir(), "kg.db")
	code, out, errs := kg(t, "--db", db, "ingest", docs)
	if code != 0 {
		t.Errorf("files of other types failed the ingest: exit %d: %s%s", code, out, errs)
	}
	if want := "kg: ignored 3 files of other types (.png, .zip)\n"; errs != want {
		t.Errorf("error output:\n%s\nwant:\n%s", errs, want)
	}
	if !strings.Contains(out, "1 input: 1 added, 0 replaced, 0 unchanged, 0 failed") {
		t.Errorf("summary: %s", out)
	}
	write(t, filepath.Join(docs, "README"), []byte("x"))
	os.Remove(filepath.Join(docs, "sub", "other.PNG"))
	if err := syscall.Mkfifo(filepath.Join(docs, "pipe.txt"), 0o644); err != nil { // never opened: it would block
		t.Fatal(err)
	}
	code, _, errs = kg(t, "--db", db, "ingest", docs)
	if want := "kg: ignored 4 files of other types (.png, .zip, no extension, not a regular file)\n"; code != 0 || errs != want {
		t.Errorf("exit %d, error output:\n%s\nwant:\n%s", code, errs, want)
	}
	if _, _, errs := kg(t, "--db", db, "ingest", "-q", docs); errs != "" {
		t.Errorf("-q prints only failures, not: %s", errs)
	}
}

// TestIngestSummaryAddsUp: every input counts once in the summary, a
// document by its outcome, a path kg could not use as failed, so the
// counts add up to the total; and nouns agree with their numbers.
func TestIngestSummaryAddsUp(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	var size int64
	for _, f := range []string{"000_d90099dbb2d22227.txt", "003_a658e70facf3b041.txt"} {
		b, err := os.ReadFile(filepath.Join(seeds(t), f))
		if err != nil {
			t.Fatal(err)
		}
		size += int64(len(b))
		write(t, filepath.Join(docs, f), b)
	}
	write(t, filepath.Join(docs, "empty.txt"), nil)                   // fails
	write(t, filepath.Join(docs, "image.png"), []byte("\x89PNG\r\n")) // ignored: not an input
	inner := write(t, filepath.Join(docs, "loop", "inner.txt"), []byte(goodDoc))
	size += int64(len(goodDoc))
	if err := os.Symlink(filepath.Join(docs, "loop"), filepath.Join(docs, "loop", "again")); err != nil { // fails
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(docs, "dangling.txt")); err != nil { // fails
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt") // fails
	db := filepath.Join(dir, "kg.db")
	summary := func(args ...string) string {
		t.Helper()
		code, out, errs := kg(t, append([]string{"--db", db, "ingest"}, args...)...)
		if code != 1 {
			t.Errorf("exit %d with failed inputs: %s%s", code, out, errs)
		}
		l := lines(out)
		if len(l) == 0 {
			t.Fatalf("no summary: %s", errs)
		}
		return l[len(l)-1]
	}
	facts := func() int {
		_, jsonl, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
		return len(lines(jsonl))
	}

	got := summary(docs, missing)
	want := fmt.Sprintf("7 inputs: 3 added, 0 replaced, 0 unchanged, 4 failed; %d facts, %d bytes", facts(), size)
	if got != want {
		t.Errorf("summary:\n%s\nwant:\n%s", got, want)
	}
	changed := strings.Replace(goodDoc, "1960", "1961", 1)
	write(t, inner, []byte(changed))
	size += int64(len(changed) - len(goodDoc))
	got = summary(docs, missing)
	want = fmt.Sprintf("7 inputs: 0 added, 1 replaced, 2 unchanged, 4 failed; %d facts, %d bytes", facts(), size)
	if got != want {
		t.Errorf("second run:\n%s\nwant:\n%s", got, want)
	}

	one := write(t, filepath.Join(dir, "one", "one.txt"), []byte("Cuba and North Korea have enjoyed diplomatic relations since 1960.\n"))
	code, out, errs := kg(t, "--db", filepath.Join(dir, "one.db"), "ingest", one)
	want = "added     one  1 fact\n1 input: 1 added, 0 replaced, 0 unchanged, 0 failed; 1 fact, 67 bytes\n"
	if code != 0 || out != want {
		t.Errorf("one document: exit %d:\n%s%s\nwant:\n%s", code, out, errs, want)
	}
}

// TestQueryLimit: --limit caps the results, and a note on the error
// output says when it cut them (not when the results just fit).
func TestQueryLimit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", "-q", seeds(t)); code != 0 {
		t.Fatalf("ingest: %s%s", out, errs)
	}
	const q = `g.V().All()`
	code, out, errs := kg(t, "--db", db, "query", "--limit", "0", q)
	all := len(lines(out))
	if code != 0 || all < 10 || errs != "" {
		t.Fatalf("--limit 0: exit %d, %d results: %s", code, all, errs)
	}
	for _, c := range []struct {
		limit, results int
		cut            bool
	}{{3, 3, true}, {all - 1, all - 1, true}, {all, all, false}, {all + 1, all, false}} {
		code, out, errs := kg(t, "--db", db, "query", "--limit", strconv.Itoa(c.limit), q)
		if n := len(lines(out)); code != 0 || n != c.results {
			t.Errorf("--limit %d: exit %d, %d results, want %d: %s", c.limit, code, n, c.results, errs)
		}
		note := fmt.Sprintf("kg: showing the first %d results; --limit cut the rest", c.results)
		if c.cut != strings.Contains(errs, note) {
			t.Errorf("--limit %d of %d results: error output %q, want the note %q: %v", c.limit, all, errs, note, c.cut)
		}
	}
	// The default limit, 1000, does not cut the seeds' few hundred nodes.
	if _, out, errs := kg(t, "--db", db, "query", q); len(lines(out)) != all || errs != "" {
		t.Errorf("default limit: %d results of %d: %s", len(lines(out)), all, errs)
	}
}

// TestParallelReingestUnchanged re-ingests an unchanged directory of a
// few hundred small documents with -j 8, several times. Unchanged
// documents are prepared in microseconds, so the workers race far ahead
// of the writer: the version before the feeder took the work-ahead token
// (a worker took a document's index, then waited for a token, while
// workers with later documents held every token and the writer waited for
// that document) hung here in most runs. A hang fails the test after a
// bounded wait instead of hanging the suite.
func TestParallelReingestUnchanged(t *testing.T) {
	const n, rounds = 300, 8
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	var size int
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Document %d. Cuba and Chile established diplomatic relations in %d.\n", i, 1900+i%100)
		size += len(text)
		write(t, filepath.Join(docs, fmt.Sprintf("d%03d.txt", i)), []byte(text))
	}
	db := filepath.Join(dir, "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", "-q", docs); code != 0 {
		t.Fatalf("first ingest: exit %d: %s%s", code, out, errs)
	}
	want := fmt.Sprintf("%d inputs: 0 added, 0 replaced, %d unchanged, 0 failed; %d facts, %d bytes\n", n, n, n, size)
	type result struct {
		code      int
		out, errs string
	}
	for round := 1; round <= rounds; round++ {
		done := make(chan result, 1)
		go func() { // not kg(t, …): after a hang it outlives the test
			var out, errw bytes.Buffer
			code := run([]string{"--db", db, "ingest", "-j", "8", docs}, strings.NewReader(""), &out, &errw)
			done <- result{code, out.String(), errw.String()}
		}()
		select {
		case r := <-done:
			if r.code != 0 || r.out != want || r.errs != "" {
				t.Fatalf("round %d: exit %d\n%s%s\nwant %s", round, r.code, r.out, r.errs, want)
			}
		case <-time.After(30 * time.Second): // a round takes well under a second
			t.Fatalf("round %d of re-ingesting %d unchanged documents with -j 8 did not finish in 30 s: the workers and the writer wait for each other", round, n)
		}
	}
}
