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
			"In 1981 the council – in office since 1975 – fell. Days later, Chad invaded Niger.", "country:TCD attack country:NER", 1981},
		{"the opening date, not the years of what is reported",
			"On 4 May 2012, a minister said that spies had bombed depots between 1991 and 1993. Later Chile sent aid to Peru.", "country:CHL aid country:PER", 2012},
		{"a year after since does not move the narrative",
			"Aug 5th 2022\n\nChile has criticized Peru since 2016. On July 1st Chile sent aid to Peru.", "country:CHL aid country:PER", 2022},
		{"a year qualifying another noun does not date the act",
			"In 1931 Chile, citing the 1929 treaty, sent troops to Peru.", "country:CHL military_support country:PER", 1931},
		{"a year qualifying the trigger dates it",
			"During Chile's 1977 visit to Peru, nothing was signed.", "country:CHL meets country:PER", 1977},
		{"a year qualifying a noun does not move a narrative under way",
			"In 1988 talks began. Chile insisted on the March 2, 1961 lines. By July 30, Chile had met Peru.", "country:CHL meets country:PER", 1988},
		{"a year qualifying a noun sets the scene of a paragraph",
			"Writers still argue about the May 1971 defeat. Chile later condemned Peru.", "country:CHL condemns country:PER", 1971},
		{"the same year is the year named before it",
			"Peru praised the 1983 closure of the base and recognized Bolivia the same year.", "country:PER recognizes country:BOL", 1983},
		{"the following year",
			"In 1990 Chile recognized Peru. The following year, Chile sent aid to Peru.", "country:CHL aid country:PER", 1991},
		{"years later",
			"In 1990 Chile recognized Peru. Two years later, Chile sent aid to Peru.", "country:CHL aid country:PER", 1992},
		{"at the same time",
			"In 1966 Chile recognized Peru.\n\nAt the same time, Chile sent aid to Peru.", "country:CHL aid country:PER", 1966},
		{"a date without a year carries the narrative on",
			"In 1958 Chile recognized Peru.\n\nOn 10 October, Chile sent aid to Peru. There Chile met Bolivia.", "country:CHL meets country:BOL", 1958},
		{"a span written as one word is of its first year",
			"Chile sent aid to Peru in 1960-75.", "country:CHL aid country:PER", 1960},
		{"a year in a relative clause set off by commas dates that clause only",
			"Peru, which was attacked by Chile in 1990, recognized Bolivia.", "country:PER recognizes country:BOL", 0},
		{"a year in a relative clause dates its own act",
			"Peru, which was attacked by Chile in 1990, recognized Bolivia.", "country:CHL attack country:PER", 1990},
		{"a year with a prefix",
			"Chile sent aid to Peru in mid-1987.", "country:CHL aid country:PER", 1987},
		{"a leader named by a title, in the year of the sentence",
			"On 3 May 1961, Ghanaian President Kwame Nkrumah visited Guinea.", "person:kwame_nkrumah leader_of country:GHA", 1961},
		{"a leader named by a title, not in the year of another clause",
			"Ghanaian President Kwame Nkrumah is close to a man who met him in 1981.", "person:kwame_nkrumah leader_of country:GHA", 0},
		{"a leader named by an office, in the year of its clause",
			"After the protests in which Gabriel Boric came to power in Chile in 2022, Peru praised Chile.", "person:gabriel_boric leader_of country:CHL", 2022},
		{"a leader who came to power in a when clause after a date",
			"Since 2022, when Gabriel Boric came to power in Chile, the country has changed.", "person:gabriel_boric leader_of country:CHL", 2022},
		{"a paragraph of a text narrating a period starts in the narrative's year",
			"The Lima Crisis, 1961–1962\n\nIn January 1961 Chile recognized Peru.\n\nChile sent aid to Peru.", "country:CHL aid country:PER", 1961},
		{"a paragraph of a text narrating a period, before the narrative reaches it",
			"The Lima Airlift, 1971–72\n\nIn 1965 Chile recognized Peru.\n\nChile sent aid to Peru.", "country:CHL aid country:PER", 1971},
		{"a paragraph after the narrative has left the period",
			"The Lima Crisis, 1961\n\nIn 1961 Chile recognized Peru. In 1990 Chile condemned Peru.\n\nChile sent aid to Peru.", "country:CHL aid country:PER", 0},
		{"a paragraph of a survey takes no year from the one before",
			"Chile–Peru relations\n\nIn 1961 Chile recognized Peru.\n\nChile sent aid to Peru.", "country:CHL aid country:PER", 0},
		{"a section heading's period",
			"Chile–Peru relations\n\nIn 1950 Chile recognized Peru.\n\nThe Border War (1961–1964)\n\nIn 1962 Chile condemned Peru.\n\nChile sent aid to Bolivia.", "country:CHL aid country:BOL", 1962},
		{"a section's first paragraph starts at its period's first year",
			"Chile–Peru relations\n\nIn 1950 Chile recognized Peru.\n\nThe Border War (1961–1964)\n\nChile sent aid to Bolivia.", "country:CHL aid country:BOL", 1961},
		{"a section heading without a period ends the section's",
			"Chile–Peru relations\n\nThe Border War (1961–1964)\n\nIn 1962 Chile condemned Peru.\n\nTrade\n\nChile sent aid to Bolivia.", "country:CHL aid country:BOL", 0},
		{"the act a title dates, named by its noun",
			"The Chilean Invasion of Peru, 1961\n\nIn 1961 Chile condemned Bolivia. In 1975 Bolivia recognized Ecuador.\n\nThe Chilean invasion of Peru was a turning point.", "country:CHL attack country:PER", 1961},
		{"a decade gives no year, not the narrative's",
			"In 1949 Chile recognized Peru. During the 1960s Chile and Peru resumed trade.", "country:CHL cooperation country:PER", 0},
		{"a decade with a prefix",
			"In 1949 Chile recognized Peru. In the mid-1970s Chile sent troops to Bolivia.", "country:CHL military_support country:BOL", 0},
		{"the year of an event the clause compares with does not date it",
			"In 2005 relations worsened. Chile accused Peru of stirring up a revolt comparable to the Orange Revolution in Ukraine in 2004.", "country:CHL condemns country:PER", 2005},
		{"the year of an event that dates the clause does",
			"In 2005 relations worsened. Chile sent aid to Peru after the Orange Revolution in Ukraine in 2004.", "country:CHL aid country:PER", 2004},
		{"a participant, in the year of the event's name",
			"During the Ruritanian War of 1866 Chad invaded Niger.", "country:TCD participated_in event:ruritanian_war", 1866},
		{"a participant, in the year that opens the event's span",
			"The 1961–64 Ruritanian War waged by Chad left Niger in ruins.", "country:TCD participated_in event:ruritanian_war", 1961},
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

func TestReadPeriod(t *testing.T) {
	for _, c := range []struct {
		heading  string
		from, to int
	}{
		{"The Lima Crisis, 1961", 1961, 1961},
		{"The Lima Crisis 1974–75", 1974, 1975},
		{"Border War (1961-1964)", 1961, 1964},
		{"Ruritania intervenes (March–May 1950)", 1950, 1950},
		{"The Lima Crisis, October 1962", 1962, 1962},
		{"The Search for Allies: 1970-", 1970, 9999},
		{"Present relations (2001 onwards)", 2001, 9999},
		{"1945–1958", 1945, 1958},
		{"May 28th 2020", 0, 0},
		{"Trade Forum  Friday May 23, 2025", 0, 0},
		{"Prior to 2001", 0, 0},
		{"Relations since 1991", 0, 0},
		{"Data as of July 1987", 0, 0},
		{"Captured: 2019-01-02 at 11:49", 0, 0},
		{"The 1990s", 0, 0},
	} {
		if p := readPeriod(c.heading); p.from != c.from || p.to != c.to {
			t.Errorf("readPeriod(%q) = %d–%d, want %d–%d", c.heading, p.from, p.to, c.from, c.to)
		}
	}
}

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		line        string
		year, month int
	}{
		{"Mar 3rd 2021LIMA AND LA PAZ", 2021, 3},
		{"Monday, Mar. 8, 2021", 2021, 3},
		{"8 March 2021", 2021, 3},
		{"May 14th 2019", 2019, 5},
		{"In March 2021 Chile recognized Peru.", 0, 0},
		{"Mayhem 2020", 0, 0},
	} {
		if y, m := dateline(c.line); y != c.year || m != c.month {
			t.Errorf("dateline(%q) = %d, %d, want %d, %d", c.line, y, m, c.year, c.month)
		}
	}
}
