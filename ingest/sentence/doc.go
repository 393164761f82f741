// Package sentence splits prose into sentences, keeping the byte offsets
// of each one in the input, so a fact can point back at its evidence.
//
// Split reads each paragraph (text between blank lines) on its own: a
// heading or caption is never glued to the sentence after it. Inside a
// paragraph a sentence ends at '.', '!', '?' or an ellipsis, with any
// closing quotes and brackets, followed by white space and something that
// can start a sentence. The hard case is the period of an abbreviation:
//
//   - titles ("Mr.", "Dr.", "Gen.", "St.") always precede a name, so they
//     never end a sentence;
//   - "No. 1", "Jan. 1960": an abbreviation before a number does not;
//   - initials and other abbreviations ("U.S.", "J. F.", "Inc.") end a
//     sentence only when the next word is one that starts sentences ("the
//     U.S. to isolate" and "U.S. Congress" go on; "the U.S. The next day"
//     does not);
//   - "etc." closes a list, and ends a sentence before any capital;
//   - a lower-case word never starts a sentence ('"Why?" he asked').
//
// The lists of abbreviations, sentence starters and the orthographic
// evidence for "starts sentences" (seen in lower case, never capitalised
// mid-sentence) come from the English Punkt model trained on newswire
// that gopkg.in/neurosnap/sentences.v1 ships, plus a short list of our own.
// The package uses that model but not that library's tokenizer: on the
// table in sentence_test.go the tokenizer gets 42 cases of 48 right (it
// splits "Dr. He Jiankui", '"Why?" he asked', "etc. and others", and
// misses "He waited... Then") where Split gets all, and on the seed texts
// it runs about five times slower (BenchmarkPunkt, BenchmarkSplit). Without
// the model Split gets 45: it is what tells "the U.S. Finally, ..." from
// "the U.S. Secretary of State".
//
// Split makes one pass over the input and is linear in its length,
// whatever the input. A stretch with no sentence break longer than
// MaxBytes is cut at a space into pieces of at most MaxBytes.
package sentence
