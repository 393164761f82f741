// Command fitconfidence fits the extractor's confidence model on annotated
// documents and writes ingest/extract/lexicon/confidence_weights.tsv.
//
// It ingests each corpus's documents (DIR/docs) into an in-memory store
// with the extractor of this tree, scores the facts against the corpus's
// gold (DIR/gold.jsonl) as `kg eval` does, and labels each fact 1 when it
// matches a required gold fact and 0 when it matches none; facts matching
// only optional gold, or standing for a gold fact already matched at
// another level, are left out. It then fits an L2-regularised logistic
// regression over the facts' features (extract.Lexicon.ConfidenceFeatures), the
// penalty chosen by cross-validation over documents unless -l2 is given,
// prints the reliability table of the cross-validated confidences, and
// writes the weights.
//
// The weights follow the rules: refit them after changing the extractor,
//
//	go run ./tools/fitconfidence -corpus ../shared/corpus/train -o ingest/extract/lexicon/confidence_weights.tsv
//
// then check the table with `kg eval --gold GOLD` on documents not fitted.
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

	"kg/graph"
	"kg/ingest"
	"kg/ingest/extract"
	"kg/ingest/gazetteer"
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
}

// l2Grid are the penalties cross-validation chooses from.
var l2Grid = []float64{0.3, 1, 2, 4, 8, 16, 32}

func main() {
	var opt options
	var corpora corpusFlag
	flag.Var(&corpora, "corpus", "a corpus directory holding docs/ and gold.jsonl (repeatable)")
	flag.StringVar(&opt.output, "o", "", "write the weights here (default: standard output)")
	flag.Float64Var(&opt.l2, "l2", 0, "the L2 penalty (0: chosen by cross-validation over documents)")
	flag.IntVar(&opt.folds, "folds", 5, "cross-validation folds")
	flag.IntVar(&opt.minCount, "min-count", 3, "leave out features seen on fewer facts than this")
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
	vocab, exs, ofFact := examples(lx, sets, opt.minCount)
	if len(exs) == 0 {
		return errors.New("no labelled facts: is the gold file for these documents?")
	}
	groups := groupsOf(exs)
	k := min(opt.folds, len(groups))
	fold := folds(exs, groups, k)
	l2, cv, err := chooseL2(exs, fold, k, len(vocab), opt.l2, log)
	if err != nil {
		return err
	}
	w, err := fitLogistic(exs, len(vocab), 0, l2)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "%d facts labelled (%d right), %d features, l2 %g, cross-validated log loss %.4f, fitted %.4f\n",
		len(exs), countRight(exs), len(vocab), l2, cv.loss, logLoss(w, exs))
	fmt.Fprintf(log, "\ncross-validated over %d folds of documents:\n", k)
	for i, l := range sets {
		if err := reliabilityTable(log, l, ofFact[i], cv.pred); err != nil {
			return err
		}
	}
	header := weightsHeader(opt, len(exs), countRight(exs), l2, cv.loss)
	return writeWeights(opt.output, header, vocab, w)
}

// extractCorpus ingests a corpus's documents into a memory store and
// scores their facts against its gold.
func extractCorpus(ctx context.Context, dir string) (*labelled, error) {
	gold, err := evaluate.ReadGoldFile(filepath.Join(dir, "gold.jsonl"))
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
	found := ingest.Collect([]string{filepath.Join(dir, "docs")})
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
	return &labelled{name: dir, gold: gold, facts: facts, ents: ents, outc: r.Outcomes}, nil
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
func examples(lx *extract.Lexicon, sets []*labelled, minCount int) (vocab []string, exs []example, ofFact [][]int) {
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
		if n >= minCount && f != extract.BiasFeature {
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

// chooseL2 cross-validates each penalty of the grid (or the one given)
// and returns the one of least log loss with its predictions.
func chooseL2(exs []example, fold []int, k, dim int, given float64, log io.Writer) (float64, cvResult, error) {
	grid := l2Grid
	if given > 0 {
		grid = []float64{given}
	}
	best, bestL2 := cvResult{loss: -1}, 0.0
	for _, l2 := range grid {
		pred, loss, err := crossValidate(exs, fold, k, dim, 0, l2)
		if err != nil {
			return 0, cvResult{}, err
		}
		fmt.Fprintf(log, "l2 %-5g cross-validated log loss %.4f\n", l2, loss)
		if best.loss < 0 || loss < best.loss {
			best, bestL2 = cvResult{pred: pred, loss: loss}, l2
		}
	}
	return bestL2, best, nil
}

// reliabilityTable scores a corpus with the cross-validated confidences
// and prints its reliability table.
func reliabilityTable(w io.Writer, l *labelled, at []int, pred []float64) error {
	facts := append([]graph.Fact(nil), l.facts...)
	for i := range facts {
		facts[i].Confidence = 0
		if at[i] >= 0 {
			facts[i].Confidence = pred[at[i]]
		}
	}
	r := evaluate.Score(l.gold, facts, l.ents, evaluate.Options{})
	fmt.Fprintf(w, "%s: F1 %.3f precision %.3f recall %.3f (%d of %d gold, %d output)\n",
		l.name, r.F1, r.Precision, r.Recall, r.Matched, r.Gold, r.Output)
	return evaluate.WriteReliability(w, r.Reliability)
}

func weightsHeader(opt options, n, right int, l2, loss float64) string {
	var corpora []string
	for _, c := range opt.corpora {
		corpora = append(corpora, filepath.Base(filepath.Clean(c)))
	}
	return fmt.Sprintf(`# The confidence of a fact (ingest/extract/confidence.go): the logistic
# function of the sum of the weights of its features (bias, form, trigger,
# marks, relation, entity types, negated, claimed, year, sentence length,
# cue words anywhere in the sentence, how many sentences state the fact;
# Lexicon.ConfidenceFeatures lists them). A feature not listed weighs 0.
#
#   feature <TAB> weight
#
# Fitted by tools/fitconfidence, not by hand: after changing the rules, run
#   go run ./tools/fitconfidence -corpus ../shared/corpus/train -o ingest/extract/lexicon/confidence_weights.tsv
# This fit: corpus %s, %d facts labelled by the gold (%d right), features
# seen on %d or more of them, L2 penalty %g, cross-validated log loss %.4f.
`, strings.Join(corpora, ", "), n, right, opt.minCount, l2, loss)
}

func writeWeights(path, header string, vocab []string, w []float64) error {
	var b strings.Builder
	b.WriteString(header)
	for i, f := range vocab {
		fmt.Fprintf(&b, "%s\t%.4f\n", f, w[i])
	}
	if path == "" {
		_, err := io.WriteString(os.Stdout, b.String())
		return err
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
