// Package graph is kg's knowledge-graph model and its Cayley quad store.
//
// The model is Cayley's own: every statement is a quad (subject, predicate,
// object, label) and the label is always the document the statement came
// from, so a document can be removed or replaced exactly.
//
// An entity is an IRI such as <country:PRK> with rdf:type, kg:name, kg:alias,
// kg:iso3 and kg:iso2 quads. A fact is a node of its own (<fact:…>) that
// carries its subject, relation, object and every attribute of the ontology
// (year, quantity, negation, evidence, sentence, confidence, claimed_by, …),
// so no provenance is lost. Every positive fact also gets a direct edge
// <subject> <rel:RELATION> <object>, which is what traversals and path
// queries walk.
//
// Store opens a bolt file (the default), an in-memory store ("memory:") or
// Cayley's SQL backend on PostgreSQL ("postgres://…"). All writes of one
// document are a single Cayley transaction.
package graph
