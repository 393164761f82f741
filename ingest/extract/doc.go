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
//	                and headings say the text is about), and the result
//	tokens.go       words of a sentence
//	mentions.go     items of a sentence: entity mentions from the
//	                gazetteer, and what pronouns ("it", "he"),
//	                descriptors ("the island") and groups ("both
//	                countries") refer to, references.go what a
//	                reference may stand for and when it is unclear
//	                (lexicon/references.tsv); people.go (people, titles,
//	                leaders), names.go (organisations and acronyms the
//	                gazetteer lacks), eventnames.go (named events)
//	clause.go       the clause around a trigger: its bounds, the verb
//	                phrase, coordination, asides, prepositional phrases,
//	                lists of arguments, relative clauses
//	triggers.go     the words that state a relation (lexicon/triggers.tsv)
//	frame.go        one trigger's reading, step by step (relation): the
//	                relation it states (what is given decides a giving
//	                verb's, lexicon/items.tsv), its arguments
//	                (arguments.go), its polarity and modality
//	                (polarity.go), and the facts (emit.go), each checked
//	                against the relation's frame (frames.go,
//	                lexicon/frames.tsv); speech.go, backing.go,
//	                participants.go and precision.go read constructions
//	                that span a sentence
//	attributes.go   the year, quantity and kind of aid of a fact, and who
//	                claims it
//	confidence.go   the confidence of each fact, from weights fitted on
//	                annotated documents (tools/fitconfidence)
//
// What is specific to a relation is data in lexicon/: its triggers, its
// argument types, the items that turn a giving verb into it, and the cue
// words that negate, suspend or restrict it, so a linguist can extend
// them without touching Go.
//
// Every fact records the rule that produced it (Fact.Rule, e.g.
// "verb:send/passive"), so a wrong fact can be traced to its cause.
package extract
