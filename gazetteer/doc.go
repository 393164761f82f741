// Package gazetteer knows the entities kg recognises by name: every
// country and territory of ISO 3166-1 and the former states of ISO 3166-3
// (names, aliases, demonyms, capitals standing for governments), and a
// curated list of people, organisations, events and locations. Users add
// their own with a gazetteer file (ReadUserFile).
//
// Matching works on words, not bytes: a name matches only as whole words,
// leftmost and longest first ("North Korean" beats "North Korea", "Niger"
// never matches inside "Nigeria"). Acronyms (US, UN, DPRK, WHO) match only
// in their exact case, because "us" and "who" are English words; other
// names match in any case but must start with a capital in the text.
// Hyphens are ignored and apostrophes unified, so "Kim Il-sung" and "Kim
// Il Sung" are one name.
package gazetteer
