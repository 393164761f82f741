// Package reader turns a raw document (plain text, Markdown or HTML) into
// clean blocks of prose for extraction: headings, paragraphs, list items,
// quotes and captions, with inline markup and page junk (navigation,
// sidebars, archive lists, "Follow us", link-only lines) removed.
//
// Input is UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Binary input is
// rejected with ErrBinary. Invalid UTF-8 bytes are repaired to U+FFFD so one
// bad byte does not cost a document; Document.Repaired counts them.
package reader
