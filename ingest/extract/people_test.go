package extract

import (
	"testing"
)

// TestPeople checks the rules that read people and who leads what, on
// made-up sentences and people (people.go). Each case lists facts that
// must be read (want) and facts that must not (not).
func TestPeople(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a country's lower-case title, a comma, the name",
			"Kenya's president, Amani Wekesa, visited Uganda.",
			[]string{"person:amani_wekesa leader_of country:KEN", "country:UGA meets person:amani_wekesa"}, []string{"country:KEN meets country:UGA"}},
		{"the name, then the country's title in apposition",
			"Yet it is not clear that Amani Wekesa, Kenya's prime minister, will visit Uganda.",
			[]string{"person:amani_wekesa leader_of country:KEN"}, nil},
		{"the name, then the demonym's title in apposition",
			"Tomas Varga, the Hungarian Premier, condemned Serbia.",
			[]string{"person:tomas_varga leader_of country:HUN", "person:tomas_varga condemns country:SRB"}, nil},
		{"a title of a country after 'of', a modifier before it",
			"Lina Morales, the first President of Peru, spoke.",
			[]string{"person:lina_morales leader_of country:PER"}, nil},
		{"a new president: the country the paragraph places the sentence in",
			"In Moldova in 2015 a Romanian firm had some success. However, its contract was cancelled by a new president, Ion Rusu, who wanted his own army to do the job.",
			[]string{"person:ion_rusu leader_of country:MDA"}, []string{"person:ion_rusu leader_of country:ROU"}},
		{"a title without a country: not the country the person deals with",
			"In Austria, President Ilse Brandt sought a closer relationship with Russia.",
			[]string{"person:ilse_brandt leader_of country:AUT"}, []string{"person:ilse_brandt leader_of country:RUS"}},
		{"a title in capitals",
			"WHEN PRESIDENT OSCAR MBEKI wanted help to fight rebels in northern Malawi, firms were keen.",
			[]string{"person:oscar_mbeki leader_of country:MWI"}, nil},
		{"ministers and deputies lead nothing",
			"Belgian Foreign Minister Karl Mertens and Deputy Prime Minister Jan Novak of Czechia visited Chad.",
			nil,
			[]string{"person:karl_mertens leader_of country:BEL", "person:jan_novak leader_of country:CZE"}},
		{"an army chief is no leader",
			"Sudan's army chief, Gen Omar al-Tayeb, met Egypt's President Hosni Farouk.",
			[]string{"person:hosni_farouk leader_of country:EGY", "person:hosni_farouk meets person:omar_al_tayeb"},
			[]string{"person:omar_al_tayeb leader_of country:SDN"}},
		{"a rank between a title and the name",
			"Mali's junta leader, Col Amadou Keita, expelled the French ambassador.",
			[]string{"person:amadou_keita leader_of country:MLI"}, nil},
		{"particles inside a name, an honorific after the title",
			"Qatar's Emir Sheikh Faisal bin Saud Al Rashid visited Oman.",
			[]string{"person:faisal_bin_saud_al_rashid leader_of country:QAT", "country:OMN meets person:faisal_bin_saud_al_rashid"}, nil},
		{"leaders in a list",
			"Soviet leaders Leonid Brezhnev and Alexei Kosygin visited Egypt in 1970.",
			[]string{"person:leonid_brezhnev leader_of country:SUN", "person:alexei_kosygin leader_of country:SUN"}, nil},
		{"a list of people after one title is not a list of holders",
			"President Karl Weber, Anna Lind and Mexican President Luis Ortega met.",
			[]string{"person:luis_ortega leader_of country:MEX"}, []string{"person:anna_lind leader_of country:MEX"}},
		{"the head of an international body",
			"UN Secretary-General Ama Owusu visited Haiti.",
			[]string{"person:ama_owusu leader_of org:united_nations"}, nil},
		{"a title, the name, then the country",
			"Prime Minister Hendrik Vos of the Netherlands visited Ghana.",
			[]string{"person:hendrik_vos leader_of country:NLD"}, nil},
		{"the head of an organisation the gazetteer does not know",
			"Daniel Cohen, the head of the Negev Water Agency, said the dam was safe.",
			[]string{"person:daniel_cohen leader_of org:negev_water_agency"}, nil},
		{"an organisation's leader by a verb in a relative clause",
			"That force was founded by a trader, Joseph Mwangi, who now chairs NATO.",
			[]string{"person:joseph_mwangi leader_of org:nato"}, nil},
		{"led by, past an acronym in brackets",
			"The National Union for the Total Independence of Angola (UNITA), led by Moses Kalunga, was based in the south.",
			[]string{"person:moses_kalunga leader_of org:unita"}, nil},
		{"whose founder",
			"Hezbollah, whose founder, Karim Haddad, is close to Iran, attacked Israel.",
			[]string{"person:karim_haddad leader_of org:hezbollah"}, nil},
		{"a government named by its head",
			"Pavel Moravec, who won the election, spoke. The Moravec government of Slovakia recognized Kosovo.",
			[]string{"person:pavel_moravec leader_of country:SVK"}, nil},
		{"the presidency of a person named earlier",
			"A new leader was elected in the United States in 1980. During Tom Keller's presidency, it recognized Kosovo.",
			[]string{"person:tom_keller leader_of country:USA"}, nil},
		{"a copula and a title of a country",
			"In 2001, Lina Morales became the President of Peru.",
			[]string{"person:lina_morales leader_of country:PER"}, nil},
		{"a surname later names the same person",
			"President Alpha Diallo of Guinea arrived. Later, Mr Diallo met the Prime Minister of Mali.",
			[]string{"person:alpha_diallo leader_of country:GIN"}, []string{"person:diallo leader_of country:GIN"}},
		{"a known head of state of a country",
			"Nasser of Egypt and Tito of Yugoslavia met in 1956.",
			[]string{"person:gamal_abdel_nasser leader_of country:EGY", "person:josip_broz_tito leader_of country:YUG"}, nil},
		{"the state's authorities led by a person",
			"A famine struck in China. After his death, authorities led by Chen Bao began reforms.",
			[]string{"person:chen_bao leader_of country:CHN"}, nil},
		{"a party's leader",
			"Menachem Levi, the leader of the conservative Tikva Party, condemned Iran.",
			[]string{"person:menachem_levi leader_of org:tikva_party"}, nil},
		{"a passive of leading past an apposition",
			"UNITA, an offshoot of the FNLA, was led by Moses Kalunga and backed by Zambia.",
			[]string{"person:moses_kalunga leader_of org:unita"}, []string{"person:moses_kalunga leader_of org:fnla"}},
		{"an acronym or a name of a body before 'headed by'",
			"The KDF, headed by Gen Peter Otieno, attacked the town. The Lake Advisory Group (LAG), led by a retired colonel, Paul Wanjiru, left.",
			[]string{"person:peter_otieno leader_of org:kdf", "person:paul_wanjiru leader_of org:lake_advisory_group"}, nil},
		{"the coming of a person to power",
			"In France, much changed with the coming of Henri Dubois to power.",
			[]string{"person:henri_dubois leader_of country:FRA"}, nil},
		{"a government named by a full name",
			"In 1982, the Amadou Bello government of Niger urged Chad to talk.",
			[]string{"person:amadou_bello leader_of country:NER"}, nil},
		{"leaders named with what they lead",
			"Chad urged the Pope to receive the leaders of the guerrilla groups, Samuel Obi of the ANC.",
			[]string{"person:samuel_obi leader_of org:african_national_congress"}, nil},
		{"a body of a country after 'of' is not the country",
			"Gen Mark Hill, head of the US military's Africa Command, met Kenya's President Amani Wekesa.",
			[]string{"person:amani_wekesa leader_of country:KEN"}, []string{"person:mark_hill leader_of country:USA"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := facts(t, x, c.text)
			have := map[string]bool{}
			for _, f := range got {
				have[f] = true
			}
			for _, w := range c.want {
				if !have[w] {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range c.not {
				if have[n] {
					t.Errorf("unwanted %q; got %q", n, got)
				}
			}
		})
	}
}
