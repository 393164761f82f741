// Package extract reads relationships between entities out of sentences:
// who did what to whom, when, how much, and whether the text denies it.
//
// It works clause by clause with rules rather than a statistical parser.
// Entities come from the gazetteer (countries with their demonyms and
// capitals, people, organisations, events), from titles ("President
// Donald Trump") and from references back to earlier entities (surnames,
// "it", "the country"). Triggers (verbs, nouns and phrases per relation)
// come from the data files in lexicon/, so a linguist can extend them
// without touching Go. For each trigger the clause around it gives the
// subject (the nearest entity before it that is not inside a prepositional
// phrase, or the agent after "by" in the passive), the objects (the entity
// after the trigger's preposition and any list coordinated with it), the
// polarity (negation cues between subject and trigger), and the year and
// quantity nearest the trigger.
//
// Every fact records the rule that produced it (Fact.Rule), so a wrong
// fact can be traced to its cause.
package extract
