package main

import (
	"math"
	"testing"
)

// Facts with feature 1 are right 80 times in 100, those without 30: the
// fit gives back those shares.
func TestFitLogistic(t *testing.T) {
	var exs []example
	for i := 0; i < 100; i++ {
		with := example{feats: []int{0, 1}, group: "a"}
		if i < 80 {
			with.label = 1
		}
		without := example{feats: []int{0}, group: "b"}
		if i < 30 {
			without.label = 1
		}
		exs = append(exs, with, without)
	}
	w, err := fitLogistic(exs, 2, 0, penalty{l2: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	if p := predict(w, []int{0, 1}); math.Abs(p-0.8) > 1e-6 {
		t.Errorf("with the feature: %v, want 0.8", p)
	}
	if p := predict(w, []int{0}); math.Abs(p-0.3) > 1e-6 {
		t.Errorf("without: %v, want 0.3", p)
	}
	// A penalty pulls the feature's weight towards 0, not the intercept.
	shrunk, err := fitLogistic(exs, 2, 0, penalty{l2: 50})
	if err != nil {
		t.Fatal(err)
	}
	if !(shrunk[1] > 0 && shrunk[1] < w[1]) {
		t.Errorf("penalised weight %v, unpenalised %v", shrunk[1], w[1])
	}
	// Cross-validation over the two groups predicts each from the other.
	groups := groupsOf(exs)
	pred, _, err := crossValidate(exs, folds(exs, groups, 2), 2, 2, 0, penalty{l2: 1})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(pred[0]-0.3) > 1e-6 {
		t.Errorf("group a predicted from group b alone: %v, want 0.3", pred[0])
	}
}

// A family feature bearing a tenth of the penalty keeps more of its
// weight than a feature bearing all of it, on the same data.
func TestFamilyPenalty(t *testing.T) {
	var exs []example
	for i := 0; i < 100; i++ {
		ex := example{feats: []int{0, 1, 2}}
		if i < 95 {
			ex.label = 1
		}
		exs = append(exs, ex, example{feats: []int{0}, label: float64(i % 2)})
	}
	pen := familyPenalty([]string{"bias", "relation=aid", "trigger=verb:give"}, 20, 0.1)
	if pen.of(1) != 2 || pen.of(2) != 20 {
		t.Fatalf("penalties %v %v, want 2 and 20", pen.of(1), pen.of(2))
	}
	w, err := fitLogistic(exs, 3, 0, pen)
	if err != nil {
		t.Fatal(err)
	}
	if !(w[1] > 2*w[2] && w[2] > 0) {
		t.Errorf("family weight %v, trigger weight %v: the family's should be the larger", w[1], w[2])
	}
}

func TestSolveSPD(t *testing.T) {
	x, err := solveSPD([][]float64{{4, 2}, {2, 3}}, []float64{2, 1})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(x[0]-0.5) > 1e-12 || math.Abs(x[1]) > 1e-12 {
		t.Errorf("x = %v, want [0.5 0]", x)
	}
	if _, err := solveSPD([][]float64{{0, 0}, {0, 0}}, []float64{1, 1}); err == nil {
		t.Error("a singular matrix was solved")
	}
}
