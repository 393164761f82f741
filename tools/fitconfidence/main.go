// Command fitconfidence fits the extractor's confidence model on annotated
// documents and writes ingest/extract/lexicon/confidence_weights.tsv.
//
// It ingests each corpus's documents (DIR/docs) into an in-memory store
// with the extractor of this tree, scores the facts against the corpus's
// gold (DIR/gold.jsonl) as `kg eval` does, and labels each fact 1 when it
// matches a required gold fact and 0 when it matches none; facts matching
// only optional gold, or standing for a gold fact already matched at
// another level, are left out. It then fits an L2-regularised logistic
// regression over the facts' features (extract.Lexicon.ConfidenceFeatures):
// the penalty, and the share of it the relation and form features bear,
// are chosen by the log loss of predictions cross-validated over documents
// (a document's facts are never both fitted and predicted) unless -l2 and
// -family are given. It fits an isotonic calibration map on the
// cross-validated scores too, and writes it only when, cross-validated in
// turn (the map of each fold fitted on the other folds' own
// cross-validated scores), it lowers the log loss. It prints the
// reliability tables of the cross-validated confidences and writes the
// weights. The fit is deterministic: documents are dealt into folds in
// the order of their names.
//
// The weights follow the rules: refit them after changing the extractor,
//
//	go run ./tools/fitconfidence -corpus ../shared/corpus/train -o ingest/extract/lexicon/confidence_weights.tsv
//
// then check the table with `kg eval --gold GOLD` on documents not fitted.
// The seed documents are left out of the fit: their rules were written
// from them (nearly all their facts are right), and adding them to the
// training folds raises the cross-validated log loss on train's
// documents.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"kg/gazetteer"
	"kg/graph"
	"kg/ingest"
	"kg/ingest/extract"
	"kg/queries/evaluate"
)

type corpusFlag []string

func (c *corpusFlag) String() string     { return strings.Join(*c, ",") }
func (c *corpusFlag) Set(v string) error { *c = append(*c, v); return nil }

type options struct {
	corpora  []string
	output   string
	l2       float64
	folds    int
	minCount int
	family   float64
	prior    float64
}

// l2Grid are the penalties cross-validation chooses from, and familyGrid
// the shares of it the relation and rule-family features bear.
var (
	l2Grid     = []float64{0.3, 1, 2, 4, 8, 16, 32, 64}
	familyGrid = []float64{1, 0.3, 0.1}
)

// familyFeatures are the prefixes of the features of the relation and
// the rule's family (its form): each has many facts from many documents,
// so their rates can be learnt with a lighter penalty than a trigger's or
// a mark's.
var familyFeatures = []string{"relation=", "form="}

// familyPenalty is the penalty l2, of which the family features bear share.
func familyPenalty(vocab []string, l2, share float64) penalty {
	pen := penalty{l2: l2, familyShare: share, scale: make([]float64, len(vocab))}
	for i, f := range vocab {
		pen.scale[i] = 1
		for _, p := range familyFeatures {
			if strings.HasPrefix(f, p) {
				pen.scale[i] = share
			}
		}
	}
	return pen
}

func main() {
	var opt options
	var corpora corpusFlag
	flag.Var(&corpora, "corpus", "a corpus directory holding docs/ and gold.jsonl (repeatable)")
	flag.StringVar(&opt.output, "o", "", "write the weights here (default: standard output)")
	flag.Float64Var(&opt.l2, "l2", 0, "the L2 penalty (0: chosen by cross-validation over documents)")
	flag.IntVar(&opt.folds, "folds", 5, "cross-validation folds")
	flag.IntVar(&opt.minCount, "min-count", 3, "leave out features seen on fewer facts than this")
	flag.Float64Var(&opt.family, "family", 0, "the share of the L2 penalty the relation and rule-family features bear (0: chosen by cross-validation)")
	flag.Float64Var(&opt.prior, "prior", 10, "calibration: pseudo-facts at the overall share added to each block of the map")
	flag.Parse()
	opt.corpora = corpora
	if len(opt.corpora) == 0 {
		log.Fatal("give a corpus: -corpus DIR (with DIR/docs and DIR/gold.jsonl)")
	}
	if err := run(context.Background(), opt, os.Stderr); err != nil {
		log.Fatal(err)
	}
}

// labelled is a corpus extracted and scored.
type labelled struct {
	name  string
	gold  *evaluate.Gold
	facts []graph.Fact
	ents  map[string]graph.Entity
	outc  []evaluate.Outcome
}

func run(ctx context.Context, opt options, log io.Writer) error {
	var sets []*labelled
	for _, dir := range opt.corpora {
		l, err := extractCorpus(ctx, dir)
		if err != nil {
			return err
		}
		sets = append(sets, l)
	}
	lx, err := extract.DefaultLexicon()
	if err != nil {
		return err
	}
	vocab, exs, ofFact := examples(lx, sets, opt)
	if len(exs) == 0 {
		return errors.New("no labelled facts: is the gold file for these documents?")
	}
	groups := groupsOf(exs)
	k := min(opt.folds, len(groups))
	fold := folds(exs, groups, k)
	pen, cv, err := choosePenalty(exs, fold, k, vocab, opt, log)
	if err != nil {
		return err
	}
	w, err := fitLogistic(exs, len(vocab), 0, pen)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "%d facts labelled (%d right), %d features, l2 %g (relation and family features %g of it), cross-validated log loss %.4f, fitted %.4f\n",
		len(exs), countRight(exs), len(vocab), pen.l2, pen.familyShare, cv.loss, logLoss(w, exs))
	fmt.Fprintf(log, "\ncross-validated over %d folds of documents, the regression alone:\n", k)
	for i, l := range sets {
		if err := reliabilityTable(log, l, ofFact[i], cv.pred, exs); err != nil {
			return err
		}
	}
	// The calibration map is kept when it lowers the log loss of
	// predictions on documents neither the regression nor the map saw.
	honest, err := crossCalibrated(exs, fold, k, len(vocab), pen, opt.prior)
	if err != nil {
		return err
	}
	calLoss := predLoss(honest, exs)
	var calib []knot
	if calLoss < cv.loss {
		calib = isotonic(cv.pred, labels(exs), opt.prior)
	}
	fmt.Fprintf(log, "\ncross-validated over %d folds of documents, calibrated (the map fitted within the other folds), log loss %.4f: %s\n",
		k, calLoss, map[bool]string{true: "calibration kept", false: "calibration not kept"}[calib != nil])
	for i, l := range sets {
		if err := reliabilityTable(log, l, ofFact[i], honest, exs); err != nil {
			return err
		}
	}
	header := weightsHeader(opt, len(exs), countRight(exs), pen, cv.loss, len(calib))
	return writeWeights(opt.output, header, vocab, w, calib)
}

// extractCorpus ingests a corpus's documents into a memory store and
// scores their facts against its gold.
//
// A corpus is a directory holding docs/ and gold.jsonl, or DOCS,GOLD: a
// directory of documents and its gold file apart, as the seed documents
// and their gold are ("../shared/seeds,../shared/gold/seeds.jsonl").
func extractCorpus(ctx context.Context, corpus string) (*labelled, error) {
	docs, goldFile := filepath.Join(corpus, "docs"), filepath.Join(corpus, "gold.jsonl")
	if d, g, ok := strings.Cut(corpus, ","); ok {
		docs, goldFile = d, g
	}
	gold, err := evaluate.ReadGoldFile(goldFile)
	if err != nil {
		return nil, err
	}
	store, err := graph.Open("memory:")
	if err != nil {
		return nil, err
	}
	defer store.Close()
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	in, err := ingest.New(store, gaz)
	if err != nil {
		return nil, err
	}
	found := ingest.Collect([]string{docs})
	if len(found.Problems) > 0 {
		return nil, found.Problems[0]
	}
	var failed error
	in.IngestAll(ctx, found.Files, 1, func(o ingest.Outcome) {
		if o.Status == ingest.Failed && failed == nil {
			failed = o.Err
		}
	})
	if failed != nil {
		return nil, failed
	}
	facts, err := store.Facts(ctx, graph.FactFilter{IncludeNegated: true})
	if err != nil {
		return nil, err
	}
	ents, err := entityMap(ctx, store)
	if err != nil {
		return nil, err
	}
	r := evaluate.Score(gold, facts, ents, evaluate.Options{})
	return &labelled{name: corpus, gold: gold, facts: facts, ents: ents, outc: r.Outcomes}, nil
}

func entityMap(ctx context.Context, s *graph.Store) (map[string]graph.Entity, error) {
	list, err := s.Entities(ctx, "")
	if err != nil {
		return nil, err
	}
	m := make(map[string]graph.Entity, len(list))
	for _, e := range list {
		m[e.ID] = e.Entity
	}
	return m, nil
}

// examples turns the right and wrong facts into examples over the
// features seen on at least minCount of them (the bias first). ofFact
// gives, per corpus and fact, the example's index or -1.
func examples(lx *extract.Lexicon, sets []*labelled, opt options) (vocab []string, exs []example, ofFact [][]int) {
	feats := make([][][]string, len(sets))
	count := map[string]int{}
	for s, l := range sets {
		feats[s] = featuresByDoc(lx, l.facts)
		for i := range l.facts {
			if o := l.outc[i]; o == evaluate.Correct || o == evaluate.Wrong {
				for _, f := range feats[s][i] {
					count[f]++
				}
			}
		}
	}
	vocab = []string{extract.BiasFeature}
	for f, n := range count {
		if n >= opt.minCount && f != extract.BiasFeature {
			vocab = append(vocab, f)
		}
	}
	sort.Strings(vocab[1:])
	index := map[string]int{}
	for i, f := range vocab {
		index[f] = i
	}
	for s, l := range sets {
		at := make([]int, len(l.facts))
		for i := range l.facts {
			at[i] = -1
			o := l.outc[i]
			if o != evaluate.Correct && o != evaluate.Wrong {
				continue
			}
			ex := example{group: fmt.Sprintf("%d/%s", s, l.facts[i].Doc)}
			if o == evaluate.Correct {
				ex.label = 1
			}
			for _, f := range feats[s][i] {
				if j, ok := index[f]; ok {
					ex.feats = append(ex.feats, j)
				}
			}
			at[i] = len(exs)
			exs = append(exs, ex)
		}
		ofFact = append(ofFact, at)
	}
	return vocab, exs, ofFact
}

// featuresByDoc lists each fact's features, the facts (as the store
// orders them, by document) taken a document at a time as the extractor
// does.
func featuresByDoc(lx *extract.Lexicon, facts []graph.Fact) [][]string {
	out := make([][]string, 0, len(facts))
	for start := 0; start < len(facts); {
		end := start
		for end < len(facts) && facts[end].Doc == facts[start].Doc {
			end++
		}
		out = append(out, lx.ConfidenceFeatures(facts[start:end])...)
		start = end
	}
	return out
}

func labels(exs []example) []float64 {
	out := make([]float64, len(exs))
	for i, ex := range exs {
		out[i] = ex.label
	}
	return out
}

func groupsOf(exs []example) []string {
	seen := map[string]bool{}
	var out []string
	for _, ex := range exs {
		if !seen[ex.group] {
			seen[ex.group] = true
			out = append(out, ex.group)
		}
	}
	sort.Strings(out)
	return out
}

func countRight(exs []example) int {
	n := 0
	for _, ex := range exs {
		if ex.label == 1 {
			n++
		}
	}
	return n
}

type cvResult struct {
	pred []float64
	loss float64
}

// choosePenalty cross-validates each penalty of the grids (or the ones
// given) and returns the one of least log loss with its predictions.
func choosePenalty(exs []example, fold []int, k int, vocab []string, opt options, log io.Writer) (penalty, cvResult, error) {
	grid, shares := l2Grid, familyGrid
	if opt.l2 > 0 {
		grid = []float64{opt.l2}
	}
	if opt.family > 0 {
		shares = []float64{opt.family}
	}
	best, bestPen := cvResult{loss: -1}, penalty{}
	for _, share := range shares {
		for _, l2 := range grid {
			pen := familyPenalty(vocab, l2, share)
			pred, loss, err := crossValidate(exs, fold, k, len(vocab), 0, pen)
			if err != nil {
				return penalty{}, cvResult{}, err
			}
			fmt.Fprintf(log, "l2 %-5g relation and family share %-4g cross-validated log loss %.4f\n", l2, share, loss)
			if best.loss < 0 || loss < best.loss {
				best, bestPen = cvResult{pred: pred, loss: loss}, pen
			}
		}
	}
	return bestPen, best, nil
}

// reliabilityTable scores a corpus with the cross-validated confidences
// and prints its reliability table.
func reliabilityTable(w io.Writer, l *labelled, at []int, pred []float64, exs []example) error {
	facts := append([]graph.Fact(nil), l.facts...)
	var mine []example
	var minePred []float64
	for i := range facts {
		facts[i].Confidence = 0
		if at[i] >= 0 {
			facts[i].Confidence = pred[at[i]]
			mine, minePred = append(mine, exs[at[i]]), append(minePred, pred[at[i]])
		}
	}
	r := evaluate.Score(l.gold, facts, l.ents, evaluate.Options{})
	fmt.Fprintf(w, "%s: F1 %.3f precision %.3f recall %.3f (%d of %d gold, %d output), log loss of the confidences %.4f\n",
		l.name, r.F1, r.Precision, r.Recall, r.Matched, r.Gold, r.Output, predLoss(minePred, mine))
	return evaluate.WriteReliability(w, r.Reliability)
}

func weightsHeader(opt options, n, right int, pen penalty, loss float64, knots int) string {
	var corpora []string
	for _, c := range opt.corpora {
		corpora = append(corpora, filepath.Base(filepath.Clean(c)))
	}
	calib := "no calibration map: it did not lower the cross-validated log loss"
	if knots > 0 {
		calib = fmt.Sprintf("a calibration map of %d knots", knots)
	}
	return fmt.Sprintf(`# The confidence of a fact (ingest/extract/confidence.go): the logistic
# function of the sum of the weights of its features (bias, form, trigger,
# marks, relation, entity types, negated, claimed, year, sentence length,
# cue words anywhere in the sentence, how many sentences state the fact,
# how many facts its sentence and its document give;
# Lexicon.ConfidenceFeatures lists them), put through the calibration map
# if there is one. A feature not listed weighs 0.
#
#   feature <TAB> weight
#   calibration <TAB> score <TAB> confidence
#
# The calibration rows, rising in score, map the logistic function's value
# (score) to the confidence, linearly between two knots and flat beyond
# the first and the last: an isotonic fit of the labels on the
# cross-validated scores, each block shrunk towards the overall share.
#
# Fitted by tools/fitconfidence, not by hand: after changing the rules, run
#   go run ./tools/fitconfidence -corpus ../shared/corpus/train -o ingest/extract/lexicon/confidence_weights.tsv
# This fit: corpus %s, %d facts labelled by the gold (%d right), features
# seen on %d or more of them, L2 penalty %g (relation and form features
# %g of it), cross-validated log loss %.4f; %s.
`, strings.Join(corpora, ", "), n, right, opt.minCount, pen.l2, pen.familyShare, loss, calib)
}

func writeWeights(path, header string, vocab []string, w []float64, calib []knot) error {
	var b strings.Builder
	b.WriteString(header)
	for i, f := range vocab {
		fmt.Fprintf(&b, "%s\t%.4f\n", f, w[i])
	}
	for _, k := range calib {
		fmt.Fprintf(&b, "%s\t%.4f\t%.4f\n", extract.CalibrationRow, k.Score, k.Conf)
	}
	if path == "" {
		_, err := io.WriteString(os.Stdout, b.String())
		return err
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
