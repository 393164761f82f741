package evaluate

// Band is one row of a reliability table: the output facts whose
// confidence is in [Low, High) (the last band includes its High), and how
// many of them are right.
type Band struct {
	Low, High      float64
	Facts, Correct int
	// AtLeast counts every fact at Low or above, this band and those
	// after it: what a user citing facts from Low up gets.
	FactsAtLeast, CorrectAtLeast int
}

// Precision is the share of the band's facts that are right (0 when it
// has none).
func (b Band) Precision() float64 { p, _ := ratio(b.Correct, b.Facts); return p }

// PrecisionAtLeast is the share of the facts at Low or above that are
// right.
func (b Band) PrecisionAtLeast() float64 { p, _ := ratio(b.CorrectAtLeast, b.FactsAtLeast); return p }

// DefaultBands are the lower bounds of the reliability table's bands:
// [0,0.5) [0.5,0.6) … [0.9,1.0].
var DefaultBands = []float64{0, 0.5, 0.6, 0.7, 0.8, 0.9}

// reliability sorts the output facts that count into confidence bands. A
// fact stated by several lines has the confidence of its surest line: the
// one a reader citing facts above a threshold would keep.
func reliability(m *matching, confidence map[Key]float64, lows []float64) []Band {
	bands := make([]Band, len(lows))
	for i, low := range lows {
		bands[i].Low, bands[i].High = low, 1
		if i+1 < len(lows) {
			bands[i].High = lows[i+1]
		}
	}
	for k := range m.scored {
		i := bandOf(confidence[k], lows)
		bands[i].Facts++
		if _, hit := m.standsFor[k]; hit {
			bands[i].Correct++
		}
	}
	facts, correct := 0, 0
	for i := len(bands) - 1; i >= 0; i-- {
		facts += bands[i].Facts
		correct += bands[i].Correct
		bands[i].FactsAtLeast, bands[i].CorrectAtLeast = facts, correct
	}
	return bands
}

// bandOf is the index of the last band whose lower bound c reaches; a
// confidence below the first bound is in the first band.
func bandOf(c float64, lows []float64) int {
	i := 0
	for j, low := range lows {
		if c >= low {
			i = j
		}
	}
	return i
}
