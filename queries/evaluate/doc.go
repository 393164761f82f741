// Package evaluate scores kg's facts against a hand-annotated gold file,
// so that anyone with their own annotated documents can measure kg on
// them.
//
// The gold file is JSON Lines: entity lines (an id, a type and the names a
// document uses for it), fact lines (document, subject, relation, object,
// polarity, and optionally year, claimed_by, evidence, optional) and
// acts_for lines (a person or agency acting for a state in a document).
// Matching is exact and per document: subject, relation, object and
// polarity agree, symmetric relations in either order; countries are
// compared by ISO 3166 alpha-3 code, every other entity by any of the gold
// entity's names (case, accents and punctuation ignored, the document's
// own names first). Optional gold facts count neither for nor against. A
// person acting for a state and the state are the same actor at two levels
// ("Honecker visited Pyongyang" may be recorded as the person or as East
// Germany meeting North Korea): a fact that differs from a gold fact only
// by that lift matches it, each gold fact is matched once, and further
// facts that are the same fact at another level are neutral.
//
// The rules are those of the project's reference scorer (eval/score.py
// beside the shared corpus): Score gives the same counts, so the two can
// be used interchangeably. On top of that a Report splits the scores by
// relation and by confidence band (a reliability table), and says for
// each fact whether it was right, wrong or neutral, which is what fitting
// the extractor's confidence needs.
package evaluate
