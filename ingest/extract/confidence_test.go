package extract

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"kg/graph"
)

func TestConfidenceFeatures(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	sent := graph.Fact{Subject: "country:PRK", Relation: "military_support", Object: "country:EGY", Year: 1973,
		Sentence: 2, Rule: "verb:send/hedged", Evidence: "North Korea reportedly sent 30 pilots to Egypt in 1973."}
	again := graph.Fact{Subject: "country:EGY", Relation: "military_support", Object: "country:PRK", Negated: true,
		Sentence: 5, Rule: "noun:help/pp/far", ClaimedBy: "person:someone", Evidence: "Egypt, he said, didn't get pilots from North Korea."}
	other := graph.Fact{Subject: "person:a_b", Relation: "leader_of", Object: "org:x", Sentence: 5, Rule: "title:President",
		Evidence: "President A B of X spoke."}
	got := lx.ConfidenceFeatures([]graph.Fact{sent, again, other})
	want := [][]string{
		{"bias", "cue=hedge", "docfacts=1-5", "form=verb", "mark=hedged", "marks=1", "mentions=2", "object=Country", "relation=military_support",
			"sentfacts=1", "subject=Country", "trigger=verb:send", "types=Country>Country", "words=1-12", "year"},
		{"bias", "claimed", "cue=negation", "cue=speech", "docfacts=1-5", "form=noun", "mark=far", "mark=pp", "marks=2", "mentions=2", "negated",
			"object=Country", "relation=military_support", "sentfacts=2", "subject=Country", "trigger=noun:help", "types=Country>Country", "words=1-12"},
		{"bias", "docfacts=1-5", "form=title", "marks=0", "mentions=1", "object=Organization", "relation=leader_of", "sentfacts=2", "subject=Person",
			"trigger=title:President", "types=Person>Organization", "words=1-12"},
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("fact %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}

// Every weight in the file is of a feature ConfidenceFeatures can give:
// a renamed feature would otherwise weigh nothing without a word.
func TestConfidenceWeightsKnown(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.confidenceModel.weights) < 2 {
		t.Fatalf("only %d weights in lexicon/%s", len(lx.confidenceModel.weights), ConfidenceWeightsFile)
	}
	kinds := []string{"form=", "trigger=", "mark=", "marks=", "relation=", "subject=", "object=", "types=", "words=", "mentions=", "sentfacts=", "docfacts=", "cue="}
	for feat := range lx.confidenceModel.weights {
		known := feat == BiasFeature || feat == "negated" || feat == "claimed" || feat == "year"
		for _, k := range kinds {
			known = known || strings.HasPrefix(feat, k)
		}
		if !known {
			t.Errorf("lexicon/%s weighs %q, a feature no fact has", ConfidenceWeightsFile, feat)
		}
	}
}

// The calibration rows map the logistic function's value through their
// knots: linearly between two, flat beyond.
func TestConfidenceCalibration(t *testing.T) {
	m := &confidenceModel{weights: map[string]float64{"bias": 0}, knots: []CalibrationKnot{{0.4, 0.3}, {0.6, 0.5}}}
	for _, c := range []struct{ score, want float64 }{{0.1, 0.3}, {0.4, 0.3}, {0.5, 0.4}, {0.6, 0.5}, {0.95, 0.5}} {
		if got := Calibrate(m.knots, c.score); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("calibrate(%v) = %v, want %v", c.score, got, c.want)
		}
	}
	if got := m.of([]string{"bias"}); math.Abs(got-0.4) > 1e-12 {
		t.Errorf("a fact of score 0.5: confidence %v, want 0.4", got)
	}
	if got := (&confidenceModel{weights: map[string]float64{}}).of(nil); got != 0.5 {
		t.Errorf("no knots: confidence %v, want the score 0.5", got)
	}
}

// Extracted facts get a confidence between 0 and 1 from the model, the
// same for the same features.
func TestConfidenceOfExtractedFacts(t *testing.T) {
	x := newTestExtractor(t)
	facts := extractText(t, x, "Cuba sent doctors to Angola in 1976. Brazil sent doctors to Peru in 1976.")
	if len(facts) < 2 {
		t.Fatalf("facts: %+v", facts)
	}
	for _, f := range facts {
		if f.Confidence <= 0 || f.Confidence >= 1 {
			t.Errorf("%s %s %s: confidence %v", f.Subject, f.Relation, f.Object, f.Confidence)
		}
	}
	if facts[0].Confidence != facts[1].Confidence {
		t.Errorf("two facts of the same features: confidences %v and %v", facts[0].Confidence, facts[1].Confidence)
	}
}
