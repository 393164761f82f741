package reader

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// seedDir holds the real documents the project is tried on.
const seedDir = "../../testdata/seeds"

var seeds = []struct {
	name  string
	title string
}{
	{"000_d90099dbb2d22227", "North Korea: Friendship with Cuba Proves Socialism Guarantees ‘Rosy Future of Mankind’"},
	{"003_a658e70facf3b041", "From Pyongyang to Havana"},
}

// TestGolden compares what the extractor sees of each seed document,
// Document.Text(), and what was dropped as junk with the files in
// testdata/golden. Run with -update to rewrite them, then read the diff.
func TestGolden(t *testing.T) {
	for _, s := range seeds {
		t.Run(s.name, func(t *testing.T) {
			doc := readFile(t, filepath.Join(seedDir, s.name+".txt"), Text)
			if doc.Title != s.title {
				t.Errorf("Title = %q, want %q", doc.Title, s.title)
			}
			golden(t, filepath.Join("testdata", "golden", s.name+".golden"), doc.Text()+"\n")
			golden(t, filepath.Join("testdata", "golden", s.name+".dropped.golden"), strings.Join(doc.Dropped, "\n")+"\n")
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test -update and read the diff):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\nwant %s\n got %s", i+1, wl, gl)
		}
	}
	return ""
}

// TestSeedJunk checks the seed blog by its content, whatever the golden
// files say: the sidebar junk is gone, and the prose around it is whole.
func TestSeedJunk(t *testing.T) {
	text := readFile(t, filepath.Join(seedDir, "003_a658e70facf3b041.txt"), Text).Text()
	for _, junk := range []string{
		"Personal information", "see all Mi profile", "Tweets por", "Fekerfanta", "Popular tickets",
		"Hostile Earth", "the famous image", "Blog Archive", "▶", "Followers", "published by",
		"comments", "Newer", "Older Posts", "Subscribe", "Total page views", "Follow by Email",
		"technology of", "Blogger", "http", "(*)", "( * )", `\`, "**", "](", "---", "Thursday, August 8",
	} {
		if strings.Contains(text, junk) {
			t.Errorf("junk %q left in the text", junk)
		}
	}
	for _, prose := range []string{
		"how health in North Korea is, given that in case the health system is deficient",
		"Mozambique, etc. Moreover, during",
		"In addition to discourse, North Korea has helped Palestine",
		"a first of $ 100,000, and a second of 500,000 to Japan.",
		"between the DPRK and Cuba, or concerts",
		"Proletarian Internationalism of North Korea",
		"A greeting.",
	} {
		if !strings.Contains(text, prose) {
			t.Errorf("prose %q lost", prose)
		}
	}
	news := readFile(t, filepath.Join(seedDir, "000_d90099dbb2d22227.txt"), Text).Text()
	for _, junk := range []string{"Follow Frances Martel", "Please let us know"} {
		if strings.Contains(news, junk) {
			t.Errorf("junk %q left in the news article", junk)
		}
	}
}

func BenchmarkRead(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(seedDir, "003_a658e70facf3b041.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(raw), Text); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadHTML(b *testing.B) {
	raw, err := os.ReadFile("testdata/html/blog.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(raw), HTML); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadLongLine is a pathological input: 10 MB of Markdown-ish
// text on one line.
func BenchmarkReadLongLine(b *testing.B) {
	raw := []byte(strings.Repeat("the **delegation** spoke ( * ) of [Cuba](#) \\$ 5 and _more_, ", 10<<20/64))
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := Read(bytes.NewReader(raw), Text); err != nil {
			b.Fatal(err)
		}
	}
}
