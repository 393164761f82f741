package extract

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"kg/graph"
)

// The confidence of a fact is a logistic regression over what is known of
// it when it is extracted: the rule that produced it (its form, trigger
// and marks), its relation, the types of its entities, its polarity,
// whether it is reported speech, whether it has a year, the length of its
// sentence, cue words anywhere in the sentence, and how many sentences of
// the document state it. It is set once the whole document is read. The
// weights are in lexicon/confidence_weights.tsv, fitted
// on annotated documents by tools/fitconfidence: the confidence is the
// share of facts like it that the annotators found right.

// ConfidenceWeightsFile is the lexicon file holding the weights.
const ConfidenceWeightsFile = "confidence_weights.tsv"

// BiasFeature is the feature every fact has: the model's intercept.
const BiasFeature = "bias"

// ConfidenceFeatures lists the features of each fact of one document, in
// order, each fact's once and sorted. The facts must have their rules and
// evidence; their confidences are not read.
//
// "North Korea reportedly sent 30 pilots to Egypt in 1973", read by
// verb:send/hedged, has bias, form=verb, trigger=verb:send, mark=hedged,
// marks=1, relation=military_support, subject=Country, object=Country,
// types=Country>Country, year, words=1-12, cue=hedge (a word of the
// sentence is a hedge of cues.tsv, wherever it stands), and mentions=1
// when no other sentence of the document states that North Korea and
// Egypt are in that relation.
func (lx *Lexicon) ConfidenceFeatures(doc []graph.Fact) [][]string {
	mentions := map[[3]string]int{}
	for i := range doc {
		mentions[pairKey(&doc[i])]++
	}
	out := make([][]string, len(doc))
	for i := range doc {
		out[i] = lx.factFeatures(&doc[i], mentions[pairKey(&doc[i])])
	}
	return out
}

// pairKey is a fact's relation and its two entities in either order: the
// facts of a document sharing one state the same relation, whatever its
// direction or polarity.
func pairKey(f *graph.Fact) [3]string {
	a, b := f.Subject, f.Object
	if a > b {
		a, b = b, a
	}
	return [3]string{f.Relation, a, b}
}

func (lx *Lexicon) factFeatures(f *graph.Fact, mentions int) []string {
	form, rest, _ := strings.Cut(f.Rule, ":")
	parts := strings.Split(rest, "/")
	subj, obj := typeName(f.Subject), typeName(f.Object)
	feats := map[string]bool{
		BiasFeature: true, "form=" + form: true, "trigger=" + form + ":" + parts[0]: true,
		"relation=" + f.Relation: true, "subject=" + subj: true, "object=" + obj: true,
		"types=" + subj + ">" + obj:                            true,
		"words=" + lengthBand(len(strings.Fields(f.Evidence))): true,
		"mentions=" + countBand(mentions):                      true,
	}
	marks := 0
	for _, m := range parts[1:] {
		if m != "" && !feats["mark="+m] {
			marks++
			feats["mark="+m] = true
		}
	}
	feats["marks="+countBand(marks)] = true
	for name, on := range map[string]bool{"negated": f.Negated, "claimed": f.ClaimedBy != "", "year": f.Year != 0} {
		feats[name] = on
	}
	for _, c := range lx.sentenceCues(f.Evidence) {
		feats["cue="+c] = true
	}
	out := make([]string, 0, len(feats))
	for k, on := range feats {
		if on {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// confidenceCues are the classes of cues.tsv whose words, anywhere in the
// sentence, make a fact's confidence a feature: the rules read them only
// where they expect them.
var confidenceCues = []struct {
	name string
	cue  cue
}{
	{"negation", cueNegation}, {"modal", cueModal}, {"request", cueRequest},
	{"speech", cueSpeech}, {"hedge", cueHedge}, {"denial", cueDenial},
}

// sentenceCues names the confidence cues the words of a sentence have.
func (lx *Lexicon) sentenceCues(text string) []string {
	var have uint64
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWordRune) {
		have |= lx.cues[w]
		if i := strings.IndexAny(w, "'’"); i > 0 { // "didn't": "n't"
			have |= lx.cues[strings.ReplaceAll(w[i-1:], "’", "'")]
		}
	}
	var out []string
	for _, c := range confidenceCues {
		if have&(1<<c.cue) != 0 {
			out = append(out, c.name)
		}
	}
	return out
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

func typeName(id string) string {
	if t := graph.EntityType(id); t != "" {
		return t
	}
	return "Unknown"
}

// lengthBand is a sentence's length in words, in bands: long sentences
// hold more entities to confuse.
func lengthBand(words int) string {
	switch {
	case words <= 12:
		return "1-12"
	case words <= 25:
		return "13-25"
	case words <= 40:
		return "26-40"
	}
	return "41+"
}

func countBand(n int) string {
	if n >= 3 {
		return "3+"
	}
	return strconv.Itoa(n)
}

// confidenceModel holds the weights of the features; a feature it does not
// list weighs nothing.
type confidenceModel map[string]float64

// of is the confidence of a fact of the given features: the logistic
// function of the sum of their weights.
func (m confidenceModel) of(feats []string) float64 {
	z := 0.0
	for _, f := range feats {
		z += m[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// loadConfidenceModel reads the weights file: feature<TAB>weight a line.
func loadConfidenceModel() (confidenceModel, error) {
	m := confidenceModel{}
	err := eachRow(ConfidenceWeightsFile, 2, func(f []string) error {
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil || math.IsNaN(w) || math.IsInf(w, 0) {
			return fmt.Errorf("bad weight %q", f[1])
		}
		m[f[0]] = w
		return nil
	})
	return m, err
}

// setConfidence sets the confidence of each fact of a document.
func (lx *Lexicon) setConfidence(doc []graph.Fact) {
	for i, feats := range lx.ConfidenceFeatures(doc) {
		doc[i].Confidence = lx.confidenceModel.of(feats)
	}
}
