package reader

import (
	"strings"
	"testing"
	"unicode"
)

// cleanRef is clean as first written, rune by rune: the reference clean
// must agree with.
func cleanRef(s string) string {
	s = removeMarks(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200b' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return dropSpaceBeforePunct(b.String())
}

func TestASCIISpace(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		if isASCIISpace(byte(c)) != unicode.IsSpace(rune(c)) {
			t.Errorf("isASCIISpace(%#x) = %v", c, isASCIISpace(byte(c)))
		}
	}
}

func FuzzCleanSame(f *testing.F) {
	for _, s := range []string{"", " a  b ", "the Syrian people . The", "x\u00a0y\u2028z\u200bw\u00ad", "\t\n\v\f\r\u0085 Vučić ( * ) etc. (*).", "\xff a \xfe", "  \u200b a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := clean(s), cleanRef(s); got != want {
			t.Fatalf("clean(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzJunkRuleSame: a junk.txt line rule's literal prefilter never turns
// a match of its regular expression away.
func FuzzJunkRuleSame(f *testing.F) {
	for _, s := range []string{"All Rights Reserved", "© 2020 all rights reserved.", "all rights reſerved", "ALL RIGHTS RESERVED", "Follow us on Twitter",
		"January (12)", "12 Comments", "Posted by Kim", "tweets by @x", "@kim", "Home", "HOME", "the home of"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range junk.lines {
			if got, want := l.matches(s), l.re.MatchString(s); got != want {
				t.Fatalf("rule %s on %q: %v, want %v", l.re, s, got, want)
			}
		}
	})
}

// dropSpaceBeforePunctRef is dropSpaceBeforePunct as first written,
// byte by byte.
func dropSpaceBeforePunctRef(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' && i+1 < len(s) && isPunct(s[i+1]) {
			j := i + 1
			for j < len(s) && isPunct(s[j]) {
				j++
			}
			if j == len(s) || s[j] == ' ' {
				if b == nil {
					b = append(make([]byte, 0, len(s)), s[:i]...)
				}
				continue
			}
		}
		if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

func FuzzDropSpaceBeforePunctSame(f *testing.F) {
	for _, s := range []string{"", " ", " .", "a . . b", "the Syrian people . The", "x ,y", "a .. ; b ?", "  . ", ". a ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dropSpaceBeforePunct(s), dropSpaceBeforePunctRef(s); got != want {
			t.Fatalf("dropSpaceBeforePunct(%q) = %q, want %q", s, got, want)
		}
	})
}
