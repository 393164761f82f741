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
// sentence, cue words anywhere in the sentence, how many sentences of
// the document state it, and how many facts its sentence and its document
// give. It is set once the whole document is read. The weights, and a
// calibration map from the regression's score to the confidence, are in
// lexicon/confidence_weights.tsv, fitted on annotated documents by
// tools/fitconfidence: the confidence is the share of facts like it that
// the annotators found right on documents the fit did not see.

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
	sentence := map[int]int{}
	for i := range doc {
		mentions[pairKey(&doc[i])]++
		sentence[doc[i].Sentence]++
	}
	out := make([][]string, len(doc))
	for i := range doc {
		out[i] = lx.factFeatures(&doc[i], mentions[pairKey(&doc[i])])
		out[i] = append(out[i], "sentfacts="+countBand(sentence[doc[i].Sentence]), "docfacts="+docBand(len(doc)))
		sort.Strings(out[i])
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

// docBand is how many facts a document gives, in bands.
func docBand(n int) string {
	switch {
	case n <= 5:
		return "1-5"
	case n <= 15:
		return "6-15"
	case n <= 30:
		return "16-30"
	}
	return "31+"
}

func countBand(n int) string {
	if n >= 3 {
		return "3+"
	}
	return strconv.Itoa(n)
}

// CalibrationRow is the first field of the weights file's rows that give
// the calibration map, "calibration<TAB>score<TAB>confidence": the
// regression's score of a fact goes through these knots, linearly between
// two and flat beyond the first and the last, to its confidence.
const CalibrationRow = "calibration"

// confidenceModel holds the weights of the features (a feature it does
// not list weighs nothing) and the calibration map, knots sorted by score.
type confidenceModel struct {
	weights map[string]float64
	knots   []CalibrationKnot
}

// CalibrationKnot is a point of the calibration map: a fact the
// regression gives Score gets confidence Conf.
type CalibrationKnot struct{ Score, Conf float64 }

// of is the confidence of a fact of the given features: the logistic
// function of the sum of their weights, through the calibration map.
func (m *confidenceModel) of(feats []string) float64 {
	z := 0.0
	for _, f := range feats {
		z += m.weights[f]
	}
	return Calibrate(m.knots, 1/(1+math.Exp(-z)))
}

// Calibrate maps a score through the knots (sorted by score): linearly
// between two, flat beyond the first and the last; the score itself when
// there are none. tools/fitconfidence judges its maps with it, so that
// what it fits is what kg applies.
func Calibrate(ks []CalibrationKnot, s float64) float64 {
	if len(ks) == 0 {
		return s
	}
	i := sort.Search(len(ks), func(i int) bool { return ks[i].Score >= s })
	switch {
	case i == 0:
		return ks[0].Conf
	case i == len(ks):
		return ks[len(ks)-1].Conf
	}
	a, b := ks[i-1], ks[i]
	if b.Score == a.Score {
		return b.Conf
	}
	return a.Conf + (s-a.Score)/(b.Score-a.Score)*(b.Conf-a.Conf)
}

// loadConfidenceModel reads the weights file: feature<TAB>weight a line,
// and the calibration rows.
func loadConfidenceModel() (*confidenceModel, error) {
	m := &confidenceModel{weights: map[string]float64{}}
	number := func(s string) (float64, error) {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, fmt.Errorf("bad number %q", s)
		}
		return v, nil
	}
	err := eachRow(ConfidenceWeightsFile, 2, func(f []string) error {
		if f[0] == CalibrationRow {
			if len(f) < 3 {
				return fmt.Errorf("a calibration row wants a score and a confidence")
			}
			s, err := number(f[1])
			if err != nil {
				return err
			}
			c, err := number(f[2])
			if err != nil {
				return err
			}
			if n := len(m.knots); n > 0 && (s < m.knots[n-1].Score || c < m.knots[n-1].Conf) {
				return fmt.Errorf("calibration rows must rise in score and confidence")
			}
			m.knots = append(m.knots, CalibrationKnot{s, c})
			return nil
		}
		w, err := number(f[1])
		if err != nil {
			return err
		}
		m.weights[f[0]] = w
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
