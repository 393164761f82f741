package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	page := filepath.Join(t.TempDir(), "page.html")
	html := `<html><head><title>Foreign relations of Atlantis</title></head><body>
<p>Atlantis is an island republic that keeps friendly relations with its neighbours.</p>
<h2>Diplomatic relations</h2>
<table><tr><th>Country</th><th>Since</th></tr><tr><td>Lilliput</td><td>1961</td></tr></table>
</body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := kg(t, "read", page)
	if code != 0 {
		t.Fatalf("read: exit %d: %s", code, errs)
	}
	for _, want := range []string{"title: Foreign relations of Atlantis", "[heading 2] Diplomatic relations", "[table] 2 rows", "  h Country | Since", "    Lilliput | 1961"} {
		if !strings.Contains(out, want) {
			t.Errorf("read output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = kg(t, "read", "--text", page)
	if code != 0 || !strings.Contains(out, "Diplomatic relations\n\nCountry | Since\nLilliput | 1961\n") {
		t.Errorf("read --text: exit %d:\n%s", code, out)
	}
	if code, _, errs := kg(t, "read", filepath.Join(t.TempDir(), "missing.txt")); code == 0 {
		t.Errorf("read of a missing file: exit 0 (%s)", errs)
	}
}
