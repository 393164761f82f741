package reader

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestSeedJunkRemoved(t *testing.T) {
	raw, err := os.Open("../../testdata/seeds/003_a658e70facf3b041.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	doc, err := Read(raw, Text)
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Text()
	for _, junk := range []string{"Popular tickets", "Blog Archive", "Follow by Email", "Tweets por", "Subscribe to", "(*)", "\\*", "http"} {
		if strings.Contains(text, junk) {
			t.Errorf("junk %q left in the text", junk)
		}
	}
	for _, prose := range []string{"North Korea sends doctors to countries such as Sri Lanka", "how health in North Korea is, given that in case"} {
		if !strings.Contains(text, prose) {
			t.Errorf("prose %q lost", prose)
		}
	}
}

func TestHTML(t *testing.T) {
	page := `<html><head><title>Ties</title><script>alert(1)</script></head><body>
<nav><a href="/">Home</a></nav><div class="sidebar-widget">Popular posts</div>
<h1>Cuba and <b>North</b> Korea</h1><p>Cuba and North Korea have enjoyed <i>diplomatic</i> relations since 1960.</p>
<figure><figcaption>A photo.</figcaption></figure><footer>Copyright</footer><p>Unclosed <div><span>text`
	doc, err := Read(strings.NewReader(page+strings.Repeat("<div>", 100000)), HTML)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Ties" {
		t.Errorf("title %q", doc.Title)
	}
	text := doc.Text()
	if !strings.Contains(text, "Cuba and North Korea have enjoyed diplomatic relations since 1960.") {
		t.Errorf("paragraph lost: %q", text)
	}
	for _, junk := range []string{"alert", "Home", "Popular", "Copyright"} {
		if strings.Contains(text, junk) {
			t.Errorf("junk %q kept: %q", junk, text)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		err  error
		want string
	}{
		{"empty", nil, ErrEmpty, ""},
		{"spaces", []byte(" \n\t"), ErrEmpty, ""},
		{"png", []byte("\x89PNG\r\n\x1a\n"), ErrBinary, ""},
		{"nul", []byte("ab\x00cd"), ErrBinary, ""},
		{"bom", []byte("\xef\xbb\xbfCuba."), nil, "Cuba."},
		{"utf16le", []byte("\xff\xfeC\x00u\x00b\x00a\x00"), nil, "Cuba"},
		{"invalid", []byte("Cuba\xff."), nil, "Cuba\uFFFD."},
	}
	for _, tt := range tests {
		doc, err := Read(strings.NewReader(string(tt.in)), Text)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: err %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err == nil && doc.Text() != tt.want {
			t.Errorf("%s: text %q, want %q", tt.name, doc.Text(), tt.want)
		}
	}
}
