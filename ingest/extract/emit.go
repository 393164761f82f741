package extract

import (
	"kg/graph"
)

// Emitting facts: each subject with each object, in the state of the
// fact's year (a former state for "Moscow" in 1969).

// emitPairs emits the fact f for every subject and object, and with
// bothWays its reverse too.
func (st *docState) emitPairs(s *sent, m match, subjIDs, objIDs []string, f graph.Fact, rule string, bothWays bool) {
	for _, sub := range subjIDs {
		for _, obj := range objIDs {
			rel := f.Relation
			if rel == "meets" && graph.EntityType(obj) == graph.TypeEvent {
				rel = "participated_in" // "Brazil hosted the 2014 World Cup"
			}
			if sub == obj || !allowed(rel, sub, obj) {
				continue
			}
			f := f
			f.Subject, f.Relation, f.Object = sub, rel, obj
			st.emit(s, m, f, rule)
			if bothWays {
				f.Subject, f.Object = obj, sub
				st.emit(s, m, f, rule+"/mutual")
			}
		}
	}
}

func (st *docState) emit(s *sent, m match, f graph.Fact, rule string) {
	if !st.admissible(s, m, &f) {
		return // precision.go
	}
	f.Rule = rule
	if f.ClaimedBy == "" {
		f.ClaimedBy = st.claimedBy
	}
	year, latest := f.Year, 0
	if year == 0 {
		year = s.stateYear
	}
	if year == 0 && !s.present {
		// A history that has not yet reached the successor's time.
		year, latest = st.lastYear, st.maxYear
	}
	f.Subject, f.Object = st.stateAt(f.Subject, year, latest), st.stateAt(f.Object, year, latest)
	if s.present && f.Year == 0 {
		// "Currently between both countries …": no former state now.
		f.Subject, f.Object = st.successor(f.Subject), st.successor(f.Object)
	}
	if f.Subject == f.Object || f.Relation != "leader_of" && st.ownState(f.Subject, f.Object) {
		return
	}
	st.facts = append(st.facts, f)
}

// ownState reports a person and the state the text made them act for,
// in either order: "Israeli Prime Minister Netanyahu said the agreement
// …" states no cooperation between Netanyahu and Israel.
func (st *docState) ownState(a, b string) bool {
	return st.personCountry[a] == b && b != "" || st.personCountry[b] == a && a != ""
}
