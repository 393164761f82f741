package extract

import "testing"

// The year of a fact read from made-up documents: blocks are separated by
// blank lines, and a first block that is only a date is a dateline.
func TestFactYears(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text, fact string
		want             int
	}{
		{"a date without a year takes the dateline's",
			"Mar 3rd 2021LIMA\n\nOn February 26th Chile sent aid to Bolivia.", "country:CHL aid country:BOL", 2021},
		{"a month after the dateline's is of the year before",
			"Feb 2nd 2021\n\nOn December 28th Chile sent aid to Bolivia.", "country:CHL aid country:BOL", 2020},
		{"a weekday is the dateline's week",
			"Monday, Mar. 8, 2021\n\nPeru sent troops to Bolivia on Thursday.", "country:PER military_support country:BOL", 2021},
		{"a weekday without a dateline gives no year",
			"Peru sent troops to Bolivia on Thursday.", "country:PER military_support country:BOL", 0},
		{"last year, from the dateline",
			"Mar 3rd 2021\n\nLast year Peru sent troops to Bolivia.", "country:PER military_support country:BOL", 2020},
		{"a date without a year in a history is the narrative's",
			"In 1961 the crisis began. On 3 March, Ghana sent aid to Guinea.", "country:GHA aid country:GIN", 1961},
		{"the opening date, not a year in an aside, moves the narrative",
			"In 1974 the junta – in power since 1967 – fell. Seven days later, Chad invaded Niger.", "country:TCD attack country:NER", 1974},
		{"the opening date, not the years of what is reported",
			"On 4 May 2012, a minister admitted that agents had started fires between 1995 and 1997. Later Chile sent aid to Peru.", "country:CHL aid country:PER", 2012},
		{"a year after since does not move the narrative",
			"Jul 2nd 2020\n\nChile has criticized Peru since 2015. On July 1st Chile sent aid to Peru.", "country:CHL aid country:PER", 2020},
		{"a year qualifying another noun does not date the act",
			"In 1924 Chile, citing the 1923 treaty, sent troops to Peru.", "country:CHL military_support country:PER", 1924},
		{"a year qualifying the trigger dates it",
			"During Chile's 1986 visit to Peru, nothing was signed.", "country:CHL meets country:PER", 1986},
		{"a year qualifying a noun does not move a narrative under way",
			"In 1978 talks began. Chile insisted on the June 4, 1967 borders. By July 30, Chile had met Peru.", "country:CHL meets country:PER", 1978},
		{"a year qualifying a noun sets the scene of a paragraph",
			"Theories abound about the June 1967 defeat. Chile later condemned Peru.", "country:CHL condemns country:PER", 1967},
		{"the same year is the year named before it",
			"Peru praised the 1972 expulsion of advisers and recognized Bolivia the same year.", "country:PER recognizes country:BOL", 1972},
		{"the following year",
			"In 1990 Chile recognized Peru. The following year, Chile sent aid to Peru.", "country:CHL aid country:PER", 1991},
		{"years later",
			"In 1990 Chile recognized Peru. Two years later, Chile sent aid to Peru.", "country:CHL aid country:PER", 1992},
		{"at the same time",
			"In 1956 Chile recognized Peru.\n\nAt the same time, Chile sent aid to Peru.", "country:CHL aid country:PER", 1956},
		{"a date without a year carries the narrative on",
			"In 1950 Chile recognized Peru.\n\nOn 10 October, Chile sent aid to Peru. There Chile met Bolivia.", "country:CHL meets country:BOL", 1950},
		{"a year with a prefix",
			"Chile sent aid to Peru in mid-1995.", "country:CHL aid country:PER", 1995},
		{"a leader named by a title, in the year of the sentence",
			"On 3 May 1961, Ghanaian President Kwame Nkrumah visited Guinea.", "person:kwame_nkrumah leader_of country:GHA", 1961},
		{"a leader named by a title, not in the year of another clause",
			"Ghanaian President Kwame Nkrumah is close to a man who met him in 1981.", "person:kwame_nkrumah leader_of country:GHA", 0},
		{"a participant, in the year of the event's name",
			"After the Ruritanian War of 1894 Chad invaded Niger.", "country:TCD participated_in event:ruritanian_war", 1894},
		{"a participant, in the year that opens the event's span",
			"The 1950–53 Ruritanian War waged by Chad left Niger in ruins.", "country:TCD participated_in event:ruritanian_war", 1950},
	} {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Subject+" "+f.Relation+" "+f.Object != c.fact {
				continue
			}
			found = true
			if f.Year != c.want {
				t.Errorf("%s: %q: year %d, want %d", c.name, c.text, f.Year, c.want)
			}
		}
		if !found {
			t.Errorf("%s: %q: no fact %q", c.name, c.text, c.fact)
		}
	}
}

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		line        string
		year, month int
	}{
		{"Jul 2nd 2020BEIRUT AND ADDIS ABABA", 2020, 7},
		{"Monday, Feb. 20, 1978", 1978, 2},
		{"20 February 1978", 1978, 2},
		{"May 28th 2020", 2020, 5},
		{"In February 1978 Chile recognized Peru.", 0, 0},
		{"Mayhem 2020", 0, 0},
	} {
		if y, m := dateline(c.line); y != c.year || m != c.month {
			t.Errorf("dateline(%q) = %d, %d, want %d, %d", c.line, y, m, c.year, c.month)
		}
	}
}
