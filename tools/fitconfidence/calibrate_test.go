package main

import (
	"math"
	"testing"

	"kg/ingest/extract"
)

// Scores rising with two violators in the middle: pool adjacent
// violators makes one block of them, and the map rises.
func TestIsotonic(t *testing.T) {
	scores := []float64{0.1, 0.2, 0.3, 0.4, 0.5, 0.6}
	labels := []float64{0, 0, 1, 0, 1, 1}
	ks := isotonic(scores, labels, 0)
	want := []knot{{Score: 0.15, Conf: 0}, {Score: 0.35, Conf: 0.5}, {Score: 0.55, Conf: 1}}
	if len(ks) != len(want) {
		t.Fatalf("knots %v, want %v", ks, want)
	}
	for i := range want {
		if math.Abs(ks[i].Score-want[i].Score) > 1e-12 || math.Abs(ks[i].Conf-want[i].Conf) > 1e-12 {
			t.Errorf("knot %d: %v, want %v", i, ks[i], want[i])
		}
	}
	// Between knots the map is linear, beyond them flat.
	for _, c := range []struct{ s, want float64 }{{0, 0}, {0.25, 0.25}, {0.45, 0.75}, {0.9, 1}} {
		if got := extract.Calibrate(ks, c.s); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("calibrated(%v) = %v, want %v", c.s, got, c.want)
		}
	}
	// A prior pulls each block towards the overall share (1/2 here).
	shrunk := isotonic(scores, labels, 2)
	if last := shrunk[len(shrunk)-1]; !(last.Conf < 1 && last.Conf > 0.5) {
		t.Errorf("top block with a prior: %v, want between 0.5 and 1", last)
	}
}

// The calibrated cross-validation fits each fold's map without the fold:
// facts of two kinds, right as often in every document, get back about
// their shares.
func TestCrossCalibrated(t *testing.T) {
	var exs []example
	for d := 0; d < 6; d++ {
		for i := 0; i < 20; i++ {
			a := example{feats: []int{0, 1}, group: string(rune('a' + d))}
			if i < 18 {
				a.label = 1
			}
			b := example{feats: []int{0}, group: string(rune('a' + d))}
			if i < 10 {
				b.label = 1
			}
			exs = append(exs, a, b)
		}
	}
	groups := groupsOf(exs)
	pred, err := crossCalibrated(exs, folds(exs, groups, 3), 3, 2, penalty{l2: 0.01}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(pred[0]-0.9) > 0.02 || math.Abs(pred[1]-0.5) > 0.02 {
		t.Errorf("calibrated predictions %v and %v, want 0.9 and 0.5", pred[0], pred[1])
	}
}
