package main

import (
	"math"
	"sort"

	"kg/ingest/extract"
)

// knot is a point of the calibration map: a fact the regression gives
// score gets confidence conf, and scores between two knots get the
// linear interpolation of theirs.
type knot = extract.CalibrationKnot

// isotonic fits the monotone map from scores to labels of least squared
// error (pool adjacent violators) and returns its knots, one a block at
// the block's mean score, each block's confidence its share of right
// examples shrunk towards the overall share by prior pseudo-examples, so
// that a block of few facts does not claim 0 or 1.
func isotonic(scores, labels []float64, prior float64) []knot {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	base := 0.0
	for _, y := range labels {
		base += y
	}
	if len(labels) > 0 {
		base /= float64(len(labels))
	}
	type block struct{ n, sumScore, sumLabel float64 }
	mean := func(b block) float64 { return (b.sumLabel + prior*base) / (b.n + prior) }
	var bs []block
	for _, i := range idx {
		b := block{1, scores[i], labels[i]}
		// Examples of one score are one block: the map is a function.
		if len(bs) > 0 && bs[len(bs)-1].sumScore/bs[len(bs)-1].n == scores[i] {
			top := bs[len(bs)-1]
			b = block{top.n + 1, top.sumScore + scores[i], top.sumLabel + labels[i]}
			bs = bs[:len(bs)-1]
		}
		for len(bs) > 0 && mean(bs[len(bs)-1]) >= mean(b) {
			top := bs[len(bs)-1]
			b = block{top.n + b.n, top.sumScore + b.sumScore, top.sumLabel + b.sumLabel}
			bs = bs[:len(bs)-1]
		}
		bs = append(bs, b)
	}
	out := make([]knot, len(bs))
	for i, b := range bs {
		out[i] = knot{Score: b.sumScore / b.n, Conf: mean(b)}
	}
	return out
}

// crossCalibrated is every example's calibrated confidence by a model and
// a map that did not see it: for each fold, the regression is fitted on
// the other folds and the map on their own cross-validated scores (their
// documents dealt into folds again), so the calibration is judged on
// documents neither saw.
func crossCalibrated(exs []example, fold []int, k, dim int, pen penalty, prior float64) ([]float64, error) {
	out := make([]float64, len(exs))
	for f := 0; f < k; f++ {
		train, test, at := splitFold(exs, fold, f)
		if len(test) == 0 {
			continue
		}
		groups := groupsOf(train)
		inner := min(k-1, len(groups))
		if inner < 2 {
			inner = 2
		}
		scores, _, err := crossValidate(train, folds(train, groups, inner), inner, dim, 0, pen)
		if err != nil {
			return nil, err
		}
		ks := isotonic(scores, labels(train), prior)
		w, err := fitLogistic(train, dim, 0, pen)
		if err != nil {
			return nil, err
		}
		for n, i := range at {
			out[i] = extract.Calibrate(ks, predict(w, test[n].feats))
		}
	}
	return out, nil
}

// predLoss is the mean log loss of the predictions.
func predLoss(pred []float64, exs []example) float64 {
	sum := 0.0
	for i, ex := range exs {
		p := math.Min(math.Max(pred[i], 1e-12), 1-1e-12)
		sum -= ex.label*math.Log(p) + (1-ex.label)*math.Log(1-p)
	}
	return sum / float64(len(exs))
}
