package main

import (
	"errors"
	"math"
)

// example is one fact as the model sees it: the indices of its features
// and whether the gold found it right.
type example struct {
	feats []int
	label float64 // 1 right, 0 wrong
	group string  // its document: cross-validation keeps a document's facts together
}

// penalty is the L2 penalty of a fit: l2 times scale[j] on feature j
// (scale nil: l2 on every feature but the intercept).
type penalty struct {
	l2          float64
	scale       []float64
	familyShare float64 // the scale of the relation and family features, for the record
}

func (p penalty) of(j int) float64 {
	if p.scale == nil {
		return p.l2
	}
	return p.l2 * p.scale[j]
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func predict(w []float64, feats []int) float64 {
	z := 0.0
	for _, j := range feats {
		z += w[j]
	}
	return sigmoid(z)
}

// fitLogistic fits an L2-regularised logistic regression by Newton's
// method: it minimises the log loss of the examples plus half of each
// feature's penalty times its squared weight, the intercept (feature
// index bias) left unpenalised.
func fitLogistic(exs []example, dim, bias int, pen penalty) ([]float64, error) {
	w := make([]float64, dim)
	for iter := 0; iter < 100; iter++ {
		grad, hess := make([]float64, dim), make([][]float64, dim)
		for j := range hess {
			hess[j] = make([]float64, dim)
			if j != bias {
				grad[j], hess[j][j] = pen.of(j)*w[j], pen.of(j)
			} else {
				hess[j][j] = 1e-9
			}
		}
		for _, ex := range exs {
			p := predict(w, ex.feats)
			for _, a := range ex.feats {
				grad[a] += p - ex.label
				for _, b := range ex.feats {
					hess[a][b] += p * (1 - p)
				}
			}
		}
		step, err := solveSPD(hess, grad)
		if err != nil {
			return nil, err
		}
		largest := 0.0
		for j := range w {
			w[j] -= step[j]
			largest = math.Max(largest, math.Abs(step[j]))
		}
		if largest < 1e-10 {
			break
		}
	}
	return w, nil
}

// logLoss is the mean negative log-likelihood of the examples.
func logLoss(w []float64, exs []example) float64 {
	sum := 0.0
	for _, ex := range exs {
		p := math.Min(math.Max(predict(w, ex.feats), 1e-12), 1-1e-12)
		sum -= ex.label*math.Log(p) + (1-ex.label)*math.Log(1-p)
	}
	return sum / float64(len(exs))
}

// solveSPD solves a x = b for a symmetric positive definite a (Cholesky).
func solveSPD(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	l := make([][]float64, n)
	for i := range l {
		l[i] = make([]float64, n)
		for j := 0; j <= i; j++ {
			sum := a[i][j]
			for k := 0; k < j; k++ {
				sum -= l[i][k] * l[j][k]
			}
			if i == j {
				if sum <= 0 {
					return nil, errors.New("the Hessian is not positive definite (give -l2 > 0)")
				}
				l[i][i] = math.Sqrt(sum)
			} else {
				l[i][j] = sum / l[j][j]
			}
		}
	}
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		sum := b[i]
		for k := 0; k < i; k++ {
			sum -= l[i][k] * y[k]
		}
		y[i] = sum / l[i][i]
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		sum := y[i]
		for k := i + 1; k < n; k++ {
			sum -= l[k][i] * x[k]
		}
		x[i] = sum / l[i][i]
	}
	return x, nil
}

// folds splits the examples by group into k folds, groups sorted and
// dealt round, so that a document's facts are never both fitted and
// predicted.
func folds(exs []example, groups []string, k int) []int {
	foldOf := map[string]int{}
	for i, g := range groups {
		foldOf[g] = i % k
	}
	out := make([]int, len(exs))
	for i, ex := range exs {
		out[i] = foldOf[ex.group]
	}
	return out
}

// splitFold deals the examples of fold f into test (with their positions
// in exs, at) and the others into train.
func splitFold(exs []example, fold []int, f int) (train, test []example, at []int) {
	for i, ex := range exs {
		if fold[i] == f {
			test, at = append(test, ex), append(at, i)
		} else {
			train = append(train, ex)
		}
	}
	return train, test, at
}

// crossValidate fits k models, each without one fold, and returns every
// example's prediction by the model that did not see it, and the mean log
// loss of those predictions.
func crossValidate(exs []example, fold []int, k, dim, bias int, pen penalty) ([]float64, float64, error) {
	pred := make([]float64, len(exs))
	loss := 0.0
	for f := 0; f < k; f++ {
		train, test, at := splitFold(exs, fold, f)
		if len(test) == 0 {
			continue
		}
		w, err := fitLogistic(train, dim, bias, pen)
		if err != nil {
			return nil, 0, err
		}
		for n, i := range at {
			pred[i] = predict(w, test[n].feats)
		}
		loss += logLoss(w, test) * float64(len(test))
	}
	return pred, loss / float64(len(exs)), nil
}
