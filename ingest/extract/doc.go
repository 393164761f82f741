// Package extract reads relationships between entities out of sentences:
// who did what to whom, when, how much, whether the text denies it, and
// who says so.
//
// It works clause by clause with rules and data rather than a
// statistical parser. A document goes through these steps, each in its
// own files:
//
//	extract.go      the document: sentences in order, paragraphs,
//	                headings and sections (structure.go: what the title
//	                and headings say the text is about; tables.go: tables
//	                that list relations), and the result
//	tokens.go       words of a sentence
//	mentions.go     items of a sentence: entity mentions from the
//	                gazetteer, and what pronouns ("it", "he"),
//	                descriptors ("the island") and groups ("both
//	                countries") refer to (references.go, with
//	                lexicon/references.tsv). Entities the gazetteer lacks:
//	                people.go (people, titles, leaders), untitled.go
//	                (people named without a title), governments.go ("the
//	                Biden administration"), names.go (organisations and
//	                acronyms), eventnames.go (named events)
//	clause.go       the clause around a trigger: its bounds, the verb
//	                phrase, coordination, asides, prepositional phrases,
//	                lists of arguments, relative clauses
//	triggers.go     the words that state a relation (lexicon/triggers.tsv);
//	                senses.go: a trigger used in another sense ("press
//	                secretary", "recognized that")
//	frame.go        one trigger's reading, step by step (relation): the
//	                relation it states (what is given decides a giving
//	                verb's, lexicon/items.tsv), its arguments
//	                (arguments.go), its polarity and modality
//	                (polarity.go), and the facts (emit.go), each checked
//	                against the relation's frame (frames.go,
//	                lexicon/frames.tsv)
//	attributes.go   the year (years.go: datelines, dates without a year,
//	                the narrative's year, the period a title or section
//	                heading narrates), quantity and kind of aid of a
//	                fact, and who claims it (claims.go: attributions,
//	                publications and spokespeople, quotations over
//	                sentences)
//	confidence.go   the confidence of each fact, from weights fitted on
//	                annotated documents (tools/fitconfidence)
//
// Constructions that span a sentence rather than hang on one trigger
// have files of their own: speech.go and verbal.go (condemnation,
// demands, denials that refer back, "the U.S.-backed dictator"),
// material.go (wars with their sides, trade partners, leaving a pact,
// donors), meetings.go, signatories.go, recognition.go, participants.go
// and participation_clause.go (who took part in an event), backing.go
// ("with the backing of X"), precision.go (acts that are not acts:
// plans, places of meetings, hosts).
//
// What is specific to a relation is data in lexicon/: its triggers, its
// argument types, the items that turn a giving verb into it, and the cue
// words that negate, suspend or restrict it, so a linguist can extend
// them without touching Go.
//
// Every fact records the rule that produced it (Fact.Rule, e.g.
// "verb:send/passive"), so a wrong fact can be traced to its cause.
package extract
