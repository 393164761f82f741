// Package reader turns a raw document (plain text, Markdown or HTML) into
// clean blocks of prose for extraction: headings, paragraphs, captions,
// list items, quotes and tables, with inline markup and page junk removed.
// Document.Text joins the blocks with blank lines; it is the text the
// extractor reads and sentence offsets refer to.
//
// # Input
//
// Input is UTF-8, with or without a byte order mark, or UTF-16 with a BOM
// (or without one, recognised by its NUL bytes). Images, archives, PDFs
// and other binary input (a NUL byte or more than one control byte in ten
// in the first 8 KB) are rejected with an error wrapping ErrBinary; input
// with no text, or none left once the junk is removed, with ErrEmpty.
//
// Invalid UTF-8 is repaired, not rejected: each invalid byte becomes
// U+FFFD and Document.Repaired counts them, so a caller can warn. A
// Latin-1 byte in a news article should not cost the whole article. HTML
// that declares another charset in a <meta> is decoded from that charset
// instead.
//
// Read holds the whole input in memory: the caller bounds it, or uses
// ReadLimit, which fails with ErrTooLarge past a limit.
//
// # Text and Markdown
//
// Plain text and Markdown are read alike, since scraped text often
// carries Markdown syntax. Blocks are separated by blank lines; "#"
// lines are headings; a line all in italics is a caption; "-", "*", "+"
// and "1." start list items and ">" quotes. Emphasis markers, link
// targets, images, autolinks, inline HTML, backslash escapes, code blocks
// and footnote marks ("( * )", "(*)") are removed; runs of spaces are
// collapsed. Typographic quotes and dashes are kept. A short first line
// that reads as a headline becomes a level-1 heading and the title.
// A pipe table (a header row, a delimiter row of dashes with as many
// cells, and rows) is a Table block.
//
// # HTML
//
// HTML is read with golang.org/x/net/html's tokenizer, without building a
// tree: deeply nested or broken markup costs neither recursion nor
// memory. Scripts, styles, navigation, headers, footers, sidebars, forms
// and elements whose id, class or role names page furniture (junk.txt)
// are dropped. h1 to h6 become headings, figcaption captions, li list
// items, blockquote quotes, other block elements paragraphs. One <br> is
// a space and two in a row end a paragraph, as in pages that use them
// instead of <p>.
//
// A <table> of data is a Table block: its rows of cells (Block.Table),
// the first a header row when its cells are <th> or in the <thead>; its
// Text holds a row a line, cells separated by " | ", so that no row runs
// into another. A table that lays out the page rather than holding data
// (role="presentation", a table in a cell, a cell with a heading, a
// quote or a long text, a single row or column) is read as the
// elements around it: a paragraph a cell. A table of links is junk.
//
// # Junk
//
// In every format, blocks that are page junk are removed (see removeJunk):
// sidebar widgets under a title such as "Blog Archive" or "Popular
// posts", link-only lines, bare URLs and handles, dates and time stamps,
// archive lists, and social and call-to-action boilerplate ("Follow ... on
// Twitter", "Subscribe to", "5 comments"). The phrases and patterns are
// in junk.txt, embedded in the binary. The rules look at the shape of a
// block too (length, sentences, link text, case) so that the article
// resuming after a widget, mid-sentence and without a heading, is kept,
// and joined to the paragraph the widget cut. Document.Dropped lists what
// was removed.
package reader
