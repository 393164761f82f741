// Package english makes the regular forms of English words: what kg's
// lexicon loader derives from a verb's lemma (ingest/extract) and what
// the generator of its verb lexicon checks a dictionary's forms against
// (tools/gencameo), so that both agree.
package english

import "strings"

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// ThirdPerson is the -s form of a verb: "supplies", "pushes", "arms".
func ThirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"):
		return v + "es"
	case len(v) > 1 && strings.HasSuffix(v, "y") && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// Plural is the regular plural of a noun, made as a verb's -s form is:
// "sanctions", "treaties", "taxes".
func Plural(n string) string { return ThirdPerson(n) }

// Doubles reports whether a verb doubles its last consonant (ship,
// shipped).
func Doubles(v string) bool {
	n := len(v)
	return n >= 3 && n <= 4 && !isVowel(v[n-1]) && isVowel(v[n-2]) && !isVowel(v[n-3]) && !strings.ContainsAny(v[n-1:], "wxy")
}

// Past is the regular past (and past participle): "armed", "supplied",
// "shipped", "freed".
func Past(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case len(v) > 1 && strings.HasSuffix(v, "y") && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	case Doubles(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

// Gerund is the -ing form: "arming", "supplying", "shipping", "freeing".
func Gerund(v string) string {
	switch {
	case strings.HasSuffix(v, "ee"):
		return v + "ing"
	case strings.HasSuffix(v, "e"):
		return v[:len(v)-1] + "ing"
	case Doubles(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}
