package extract

import (
	"sort"
	"strings"
	"testing"

	"kg/graph"
	"kg/ingest/reader"
)

// facts extracts a short text (paragraphs separated by blank lines) and
// returns its facts as "SUBJECT relation OBJECT" (with "NOT " when
// negated; symmetric relations with the smaller id first), sorted.
func facts(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	var out []string
	for _, f := range extractText(t, x, text) {
		a, b := f.Subject, f.Object
		if r, _ := graph.LookupRelation(f.Relation); r.Symmetric && b < a {
			a, b = b, a
		}
		s := a + " " + f.Relation + " " + b
		if f.Negated {
			s = "NOT " + s
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// extractText extracts a short text (paragraphs separated by blank lines).
func extractText(t *testing.T, x *Extractor, text string) []graph.Fact {
	t.Helper()
	doc, err := reader.Read(strings.NewReader(text), reader.Text)
	if err != nil {
		t.Fatal(err)
	}
	return x.ExtractFacts("t", doc).Facts
}

// Each case lists facts that must be read (want) and facts that must not
// (not). Sentences are made up for the rule they exercise, on countries
// and people the seed documents do not name.
func TestRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"present name for a former state, by year",
			"In 1969 Moscow recognized the new government of Libya.",
			[]string{"country:SUN recognizes country:LBY"}, []string{"country:RUS recognizes country:LBY"}},
		{"present name after the former state",
			"In 2015 Russia recognized the government of Libya.",
			[]string{"country:RUS recognizes country:LBY"}, nil},
		{"coordinated subjects of a symmetric relation: each with each",
			"Iran, Syria and Iraq formed an alliance in 2015.",
			[]string{"country:IRN cooperation country:IRQ", "country:IRN cooperation country:SYR", "country:IRQ cooperation country:SYR"}, nil},
		{"severed relations are denied relations",
			"Algeria severed diplomatic relations with Morocco in 2021.",
			[]string{"NOT country:DZA diplomatic_relations country:MAR"}, []string{"country:DZA diplomatic_relations country:MAR"}},
		{"broke off relations",
			"Venezuela broke off diplomatic relations with Colombia.",
			[]string{"NOT country:COL diplomatic_relations country:VEN"}, nil},
		{"established relations stay positive",
			"Chile established diplomatic relations with Vietnam in 1995.",
			[]string{"country:CHL diplomatic_relations country:VNM"}, nil},
		{"'between' of a later phrase is not the trigger's",
			"Canada sent aid to Haiti.\n\nPrime Minister Abiy Ahmed visited Eritrea in 2018, restoring ties between the two countries.",
			[]string{"country:ERI meets person:abiy_ahmed"}, []string{"country:ERI meets country:HTI"}},
		{"a country qualifying a titled person is not an argument",
			"Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing.",
			[]string{"person:vladimir_putin meets person:xi_jinping", "person:xi_jinping leader_of country:CHN", "person:vladimir_putin leader_of country:RUS"},
			[]string{"person:xi_jinping meets country:RUS"}},
		{"lower-case title after a country",
			"The two shared an animosity towards then Iraqi president Saddam Hussein.",
			[]string{"person:saddam_hussein leader_of country:IRQ"}, nil},
		{"title in apposition",
			"Last year the U.S. President, Donald Trump, visited Morocco.",
			[]string{"person:donald_trump leader_of country:USA"}, nil},
		{"a noun trigger's subject is in its own phrase: demonym",
			"The Soviet Union condemned the American bombing of Libya in 1986.",
			[]string{"country:USA attack country:LBY", "country:SUN condemns country:USA"}, []string{"country:SUN attack country:LBY"}},
		{"a noun trigger's subject is in its own phrase: possessive",
			"Ecuador criticized Peru's invasion of the border zone and Peru's blockade of Bolivia.",
			[]string{"country:PER sanctions country:BOL"}, []string{"country:ECU sanctions country:BOL"}},
		{"a noun under another verb trigger does not take the clause's subject, nor the verb its object",
			"Norway condemned the invasion of Kuwait.",
			nil, []string{"country:NOR attack country:KWT", "country:NOR condemns country:KWT"}},
		{"an apposition is skipped for the subject",
			"Hezbollah, a Lebanese militant group, attacked Israel in 2006.",
			[]string{"org:hezbollah attack country:ISR"}, []string{"country:LBN attack country:ISR"}},
		{"a relative clause set off by commas is skipped for the main verb's subject",
			"Italy, which had supported Libya for years, later condemned Egypt.",
			[]string{"country:ITA supports country:LBY", "country:ITA condemns country:EGY"}, []string{"country:LBY condemns country:EGY"}},
		{"a pronoun after a fronted clause is that clause's subject",
			"Although Japan does not recognize North Korea, it sent food aid to Somalia in 1995.",
			[]string{"country:JPN aid country:SOM", "NOT country:JPN recognizes country:PRK"}, []string{"country:PRK aid country:SOM"}},
		{"not … until a year is the year it happened",
			"India recognized Israel in 1950, but the two countries did not establish full diplomatic relations until 1992.",
			[]string{"country:IND diplomatic_relations country:ISR", "country:IND recognizes country:ISR"}, []string{"NOT country:IND diplomatic_relations country:ISR"}},
		{"both countries: the two the title names, when the last sentence names more",
			"India–Israel relations\n\nIsrael is the second-largest supplier of arms to India, after Russia.\n\nBoth countries cooperate closely on counter-terrorism.",
			[]string{"country:IND cooperation country:ISR"}, []string{"country:IND cooperation country:RUS", "country:ISR cooperation country:RUS"}},
		{"events the gazetteer does not know, by their name's last word",
			"Turkey fought in the Korean War.\n\nThe Soviet Union took part in the Great Patriotic War.",
			[]string{"country:TUR participated_in event:korean_war", "country:SUN participated_in event:great_patriotic_war"}, nil},
		{"a former state is its successor in a sentence about the present",
			"In 1965 North Vietnam fought on. Currently North Vietnam and Cuba have cooperation agreements.",
			[]string{"country:CUB cooperation country:VNM"}, []string{"country:CUB cooperation country:VDR"}},
		{"a list may repeat its preposition; a person's regime in a country is the country",
			"Mongolia never had relations with Franco's Spain, with the Argentine dictatorship, with the Pinochet dictatorship in Chile.",
			[]string{"NOT country:ESP diplomatic_relations country:MNG", "NOT country:ARG diplomatic_relations country:MNG", "NOT country:CHL diplomatic_relations country:MNG"}, nil},
		{"'the referendum' is the latest referendum named",
			"In 2014 the Crimean referendum was held.\n\nSyria recognized the referendum.",
			[]string{"country:SYR recognizes event:crimea_referendum"}, nil},
		{"relief for a disaster the text describes without naming it is taking part in it",
			"In 1999, Turkey was hit by an earthquake that destroyed a large part of the region. Greece sent doctors to the country.",
			[]string{"country:GRC aid country:TUR", "country:GRC participated_in event:1999_turkey_earthquake"}, nil},
		{"a condemned act's actor is the one condemned",
			"Canada condemned the delivery of Iranian drones to Russia.\n\nPeru condemned the American bombing of Libya.",
			[]string{"country:CAN condemns country:IRN", "country:PER condemns country:USA"}, []string{"country:PER condemns country:LBY"}},
		{"hyphens join countries: 'Iran–Syria relations', 'the Iraqi-Soviet pact'",
			"Iran–Syria relations date back to 1946.\n\nIn 1972 Qadhafi condemned the Iraqi-Soviet friendship pact.",
			[]string{"country:IRN diplomatic_relations country:SYR", "country:IRQ cooperation country:SUN", "person:muammar_gaddafi condemns country:IRQ", "person:muammar_gaddafi condemns country:SUN"}, nil},
		{"a country's titled person",
			"In 2019 Venezuela's President Nicolás Maduro met Vladimir Putin.",
			[]string{"person:nicolas_maduro leader_of country:VEN", "person:nicolas_maduro meets person:vladimir_putin"}, []string{"country:VEN meets person:vladimir_putin"}},
		{"a reduced passive: 'X, backed by Y,'; 'back' after a phrasal verb is a particle",
			"The Ethiopian army, backed by Cuban troops, pushed back the Somalis.",
			[]string{"country:CUB supports country:ETH"}, []string{"country:ETH supports country:CUB", "country:ETH supports country:SOM"}},
		{"a passive without its agent: the origin of what is given",
			"Egypt's army was armed with Soviet weapons.\n\nThousands of Iranian fighters were deployed to Syria.",
			[]string{"country:SUN arms_transfer country:EGY", "country:IRN military_support country:SYR"}, nil},
		{"people serving in a country: the relation follows what they are",
			"About 1,000 Soviet advisers are serving in Ethiopia.\n\nCuban doctors work in Venezuela.\n\nSome 3,000 Cubans are fighting for Ethiopia.\n\nSweden works in Africa.",
			[]string{"country:SUN military_support country:ETH", "country:CUB aid country:VEN", "country:CUB military_support country:ETH"}, nil},
		{"a participle between an article or demonym and a noun is an adjective",
			"The EU sanctioned three Iranian armed forces generals.",
			[]string{"org:european_union sanctions country:IRN"}, []string{"country:IRN arms_transfer country:IRN"}},
		{"the owner of a thing is no subject",
			"Iran undermined Ukraine's territorial integrity by helping to supply drones to Russia.",
			[]string{"country:IRN arms_transfer country:RUS"}, []string{"country:UKR arms_transfer country:RUS"}},
		{"a transfer's recipient without 'to' stands right after the verb",
			"Russia is accused of sending waves of Iranian-made drones over Ukraine.\n\nThe United States provided Ukraine with Javelin missiles.",
			[]string{"country:USA arms_transfer country:UKR"}, []string{"country:RUS arms_transfer country:IRN"}},
		{"withdrawing or lifting ends it",
			"In 2019 Suriname withdrew its recognition of Kosovo.\n\nIn 2016 the United States lifted sanctions on Myanmar.",
			[]string{"NOT country:SUR recognizes country:XKX", "NOT country:USA sanctions country:MMR"}, []string{"country:SUR recognizes country:XKX"}},
		{"offers and readiness are not yet facts",
			"Russia stood ready to support Venezuela with weapons.\n\nTurkey offered to mediate between Russia and Ukraine.",
			nil, []string{"country:RUS supports country:VEN", "country:RUS meets country:UKR"}},
		{"a complement of a reporting verb has its own subject",
			"Vucic announced that two major countries are preparing to withdraw their recognition of Kosovo.",
			nil, []string{"person:aleksandar_vucic recognizes country:XKX", "NOT person:aleksandar_vucic recognizes country:XKX"}},
		{"a country's leader",
			"The North Korean leader Kim Jong-un visited Beijing in 2018.",
			[]string{"person:kim_jong_un leader_of country:PRK", "country:CHN meets person:kim_jong_un"}, nil},
		{"a person named after a lower-case role",
			"The United States has backed opposition candidate Edmundo Gonzalez Urrutia.\n\nThe opposition Democratic Party backed Chile.",
			[]string{"country:USA supports person:edmundo_gonzalez_urrutia"}, []string{"person:democratic_party supports country:CHL"}},
		{"a noun after an article: 'a visit by X to Y'",
			"The deals were signed during a visit by a senior Kremlin official to Caracas.",
			[]string{"country:RUS meets country:VEN"}, nil},
		{"people deployed are military support",
			"Between 1975 and 1991 some 350,000 Cubans were deployed in Angola.",
			[]string{"country:CUB military_support country:AGO"}, nil},
		{"a dateline dates the document",
			"Ethiopia Goes on the Attack\n\nMonday, Feb. 20, 1978\n\nMoscow has provided Ethiopia with soldiers and technicians.",
			[]string{"country:SUN military_support country:ETH"}, []string{"country:RUS military_support country:ETH"}},
		{"a name qualifying other parties is not the subject",
			"The United States and 15 other UN members sent troops to South Korea in 1950.",
			[]string{"country:USA military_support country:KOR"}, []string{"org:united_nations military_support country:KOR"}},
		{"entering a war is taking part",
			"In 1950 the Korean War began. China entered the war in October.",
			[]string{"country:CHN participated_in event:korean_war"}, nil},
		{"an infinitive of purpose has the clause's subject; after a verb of control, the object's",
			"In 1979, Soviet troops entered Afghanistan to support the Afghan government.\n\nIn 2008, Belarus allowed Russian troops to attack Lithuania.",
			[]string{"country:SUN supports country:AFG", "country:RUS attack country:LTU"}, []string{"country:BLR attack country:LTU"}},
		{"'as well as' coordinates",
			"Cuba sent doctors to Haiti as well as to Venezuela.\n\nIran as well as Russia supplied weapons to Syria.",
			[]string{"country:CUB aid country:HTI", "country:CUB aid country:VEN", "country:IRN arms_transfer country:SYR", "country:RUS arms_transfer country:SYR"}, nil},
		{"'since X has …' opens a clause with X its subject",
			"Syria sent arms to Hezbollah in Lebanon, since Israel has attacked Syria.",
			[]string{"country:ISR attack country:SYR"}, []string{"org:hezbollah attack country:SYR"}},
		{"the future is not yet a fact",
			"Germany will supply tanks to Ukraine.",
			nil, []string{"country:DEU arms_transfer country:UKR"}},
		{"neither … nor denies",
			"Neither France nor Germany condemned Chile.",
			[]string{"NOT country:DEU condemns country:CHL"}, []string{"country:DEU condemns country:CHL"}},
		{"the agent of a noun trigger after by",
			"Egypt condemned the invasion of Kuwait by Iraq.",
			[]string{"country:IRQ attack country:KWT"}, []string{"country:EGY attack country:KWT"}},
		{"the subject of a relative clause is its antecedent",
			"Kenya was one of the first countries that recognized South Sudan.",
			[]string{"country:KEN recognizes country:SSD"}, nil},
		{"a demonym adjective of a thing is no object",
			"The EU condemned the use of Iranian drones.",
			nil, []string{"org:european_union condemns country:IRN"}},
		{"a demonym of a body that acts is an object",
			"Brazil supported the Cuban government.",
			[]string{"country:BRA supports country:CUB"}, nil},
		{"with the backing of, fronted",
			"With the backing of Russia and China, Serbia lobbied against Kosovo.",
			[]string{"country:RUS supports country:SRB", "country:CHN supports country:SRB"}, []string{"country:RUS supports country:XKX"}},
		{"with the military help of, at the end",
			"Ethiopia pushed back Somalia in 1978 with the military help of Cuba.",
			[]string{"country:CUB military_support country:ETH"}, []string{"country:CUB military_support country:SOM"}},
		{"receiving from: the giver follows from",
			"Syria receives weapons from Russia.\n\nIndia bought fighter jets from France in 2016.",
			[]string{"country:RUS arms_transfer country:SYR", "country:FRA arms_transfer country:IND"},
			[]string{"country:RUS meets country:SYR", "country:SYR arms_transfer country:RUS"}},
		{"receiving a person is a visit",
			"In 2019 Egypt received the Sudanese Prime Minister.",
			[]string{"country:EGY meets country:SDN"}, nil},
		{"nominal transfers: arms sales",
			"Russian arms sales to India rose in 2010.",
			[]string{"country:RUS arms_transfer country:IND"}, nil},
		{"joint exercises and alliances are cooperation",
			"Pakistan and China held joint military exercises in 2019.\n\nVenezuela is a close ally of Russia.",
			[]string{"country:CHN cooperation country:PAK", "country:RUS cooperation country:VEN"}, nil},
		{"title of country, person",
			"The President of France, Emmanuel Macron, met Narendra Modi in Paris.",
			[]string{"person:emmanuel_macron leader_of country:FRA", "person:emmanuel_macron meets person:narendra_modi"}, nil},
		{"person, the title of country",
			"Olaf Scholz, the Chancellor of Germany, visited Kyiv.",
			[]string{"person:olaf_scholz leader_of country:DEU"}, nil},
		{"a former state from the paragraph's year when the fact has none",
			"In 1966 the war in Asia went on. Cuba sent doctors to Vietnam.",
			[]string{"country:CUB aid country:VDR"}, []string{"country:CUB aid country:VNM"}},
		{"a sentence about the present keeps present names",
			"In 1966 the war in Asia went on. Currently Cuba sends doctors to Vietnam.",
			[]string{"country:CUB aid country:VNM"}, []string{"country:CUB aid country:VDR"}},
		{"a story that has named a later year keeps present names",
			"In 2022 the war began.\n\nSince 1991 the border has held.\n\nMoscow threatened Kyiv with retaliation.",
			[]string{"country:RUS threatens country:UKR"}, []string{"country:SUN threatens country:UKR"}},
		{"a history that has not reached the successor's time",
			"In 1969 a coup brought a new regime to Libya.\n\nMoscow quickly recognized the new regime in Libya.",
			[]string{"country:SUN recognizes country:LBY"}, nil},
		{"nothing given is a denial",
			"Finland supplied no weapons to Ukraine in 2014.",
			[]string{"NOT country:FIN arms_transfer country:UKR"}, []string{"country:FIN arms_transfer country:UKR"}},
		{"the target of an attack may be a demonym",
			"Turkey shot down a Russian jet in 2015.",
			[]string{"country:TUR attack country:RUS"}, nil},
		{"economic assistance is aid",
			"China provided economic assistance to Tanzania and Zambia in the 1970s.",
			[]string{"country:CHN aid country:TZA", "country:CHN aid country:ZMB"}, nil},
		{"during an event, every member of the subject list took part",
			"During the Gulf War, Egypt and Syria joined the coalition.",
			[]string{"country:EGY participated_in event:gulf_war", "country:SYR participated_in event:gulf_war"}, nil},
		{"a list ends at its conjunction",
			"With the backing of Russia and China, Serbia lobbied.",
			nil, []string{"country:RUS supports country:CHN", "country:SRB supports country:SRB"}},
		{"coordinated verb phrases share the subject, not the object",
			"Brazil met Spain in 1950 and began relations with Angola in 1975.",
			[]string{"country:BRA meets country:ESP", "country:AGO diplomatic_relations country:BRA"},
			[]string{"country:AGO meets country:BRA", "country:AGO diplomatic_relations country:ESP"}},
		{"a negation stays in its own verb phrase",
			"Brazil began relations with Spain, did not suspend them after the coup or began its relations with Angola.",
			[]string{"country:AGO diplomatic_relations country:BRA"}, []string{"NOT country:AGO diplomatic_relations country:BRA"}},
		{"a bare second verb shares the negated auxiliary",
			"Iran did not recognize Israel or establish relations with it.",
			[]string{"NOT country:IRN recognizes country:ISR", "NOT country:IRN diplomatic_relations country:ISR"}, nil},
		{"a verb with nothing before the next shares its object",
			"Iran financed and armed Hezbollah.",
			[]string{"country:IRN aid org:hezbollah"}, nil},
		{"what is sent, in the passive, is the subject",
			"In 1973, Cuban pilots were sent to provide Syria with training.",
			[]string{"country:CUB military_support country:SYR"}, []string{"country:CUB aid country:SYR"}},
		{"an infinitive after a verb has its own object",
			"Kim Il-sung said it was a duty to fight to defend the Cuban Revolution.",
			[]string{"person:kim_il_sung supports event:cuban_revolution"}, []string{"person:kim_il_sung participated_in event:cuban_revolution"}},
		{"a region descriptor stands for the latest country of that region",
			"Cuba and Spain signed a treaty. North Korea sent doctors to the Caribbean country.",
			[]string{"country:PRK aid country:CUB"}, []string{"country:PRK aid country:ESP"}},
		{"a two-word region",
			"Syria and North Korea are allies. Iran sent weapons to the East Asian country.",
			[]string{"country:IRN arms_transfer country:PRK"}, []string{"country:IRN arms_transfer country:SYR"}},
		{"a repeated preposition's member may come a few words in",
			"Iran never had relations with Franco's Spain, with the Argentine Dictatorship, with the Pinochet dictatorship in Chile.",
			[]string{"NOT country:ESP diplomatic_relations country:IRN", "NOT country:ARG diplomatic_relations country:IRN", "NOT country:CHL diplomatic_relations country:IRN"}, nil},
		{"a regime in a country is the country",
			"Iran never had relations with the regime in Chile.",
			[]string{"NOT country:CHL diplomatic_relations country:IRN"}, nil},
		{"a noun trigger in an opening phrase takes the clause's subject",
			"Later, in 2001, after talks with Cuba, Spain signed the deal.",
			[]string{"country:CUB meets country:ESP"}, nil},
		{"the subject before an opening phrase is the clause's",
			"Cuba, after talks with Spain, attacked Angola.",
			[]string{"country:CUB attack country:AGO", "country:CUB meets country:ESP"}, nil},
		{"'the North' is the northern state of the text",
			"North Vietnam and South Vietnam fought for years. The North invaded the South in 1975.",
			[]string{"country:VDR attack country:RVN"}, nil},
		{"'the north of' is a direction",
			"Vietnam and North Korea met. The United States attacked the north of the country.",
			nil, []string{"country:PRK attack country:USA"}},
		{"an invasion by a country, in a section about another",
			"A short history\n\nWestern Sahara\n\nDespite the invasion by Morocco, the situation has not changed.",
			[]string{"country:MAR attack country:ESH"}, nil},
		{"a cause's holder is what is supported",
			"Peru sympathizes with issues such as the blockade and the independence of Kosovo.",
			[]string{"country:PER supports country:XKX"}, nil},
		{"recognizing a leader",
			"Iran is one of the few countries to have recognized Nicolas Maduro's claim to have won.",
			[]string{"country:IRN recognizes person:nicolas_maduro"}, nil},
		{"a leading verb with its object right after it",
			"Havana drew closer to Beijing under Fidel Castro, who led the country from 1959. Fidel Castro led a delegation to Angola.",
			[]string{"person:fidel_castro leader_of country:CUB"}, []string{"person:fidel_castro leader_of country:CHN", "person:fidel_castro leader_of country:AGO"}},
		{"examples of a relation with the document's main country",
			"Peru sent aid to Haiti. Peru met Chile. Peru is poor. Peru is big. Peru is old.\n\nWhen the juntas fell, relations resumed, as in the case of Argentina or Bolivia.",
			[]string{"country:ARG diplomatic_relations country:PER", "country:BOL diplomatic_relations country:PER"},
			[]string{"country:ARG diplomatic_relations country:BOL"}},
		{"no main country, no examples' relation",
			"Peru met Chile.\n\nWhen the juntas fell, relations resumed, as in the case of Argentina or Bolivia.",
			nil, []string{"country:ARG diplomatic_relations country:PER", "country:ARG diplomatic_relations country:BOL"}},
		{"designating a state a sponsor of terrorism; a group named by its members",
			"Canada and Australia have designated both nations of Cuba and Libya as State Sponsors of Terrorism.",
			[]string{"country:CAN condemns country:CUB", "country:AUS condemns country:LBY"}, []string{"country:CAN condemns country:AUS"}},
		{"'we' of a titled speaker is the speaker and the country",
			"“We strongly urge Peru to cut ties”, Indian Prime Minister Narendra Modi declared.",
			[]string{"person:narendra_modi demands country:PER", "country:IND demands country:PER"}, nil},
		{"an agent named by its examples",
			"Kosovo declared independence in 2008, a move that was recognized by a number of countries around the world, including the United States and Peru.",
			[]string{"country:USA recognizes country:XKX", "country:PER recognizes country:XKX"}, nil},
		{"people named after coordinated demonyms, a multi-word item",
			"Around 3,500 Soviet and East European military advisers were stationed in Libya. Cuban and Bulgarian troops are stationed in Angola.",
			[]string{"country:SUN military_support country:LBY", "country:CUB military_support country:AGO", "country:BGR military_support country:AGO"}, nil},
		{"presence after a multi-word item",
			"Around 300 Bulgarian military advisers were serving in Angola.",
			[]string{"country:BGR military_support country:AGO"}, nil},
		{"what is given tells who gave it only for giving",
			"Peru is accused of sending Iranian-made drones over Chile.",
			nil, []string{"country:IRN condemns country:PER"}},
		{"a title and a surname name the one known holder",
			"In 1990, President Bush met Mikhail Gorbachev. In 2003, President Bush attacked Iraq.",
			[]string{"person:george_h_w_bush meets person:mikhail_gorbachev", "person:george_w_bush attack country:IRQ"}, nil},
		{"broken-off relations",
			"Bolivia broke off relations with Israel over the war.",
			[]string{"NOT country:BOL diplomatic_relations country:ISR"}, nil},
		{"people and delegations travel; tanks do not visit",
			"Putin arrived in Pyongyang on Tuesday. A Chinese delegation travelled to Havana. In 1970 the first Soviet tanks arrived in Libya.",
			[]string{"country:PRK meets person:vladimir_putin", "country:CHN meets country:CUB"}, []string{"country:LBY meets country:SUN"}},
		{"threatening to act: the threat's object is the act's",
			"Iran threatened to attack Bahrain. Japan refrained from attacking Peru.",
			[]string{"country:IRN threatens country:BHR"}, []string{"country:IRN attack country:BHR", "country:JPN attack country:PER"}},
		{"warning against an act is not the act",
			"Beijing warned Washington against selling weapons to Taiwan.",
			nil, []string{"country:USA arms_transfer country:TWN"}},
		{"a war fought by both sides",
			"Ecuador and Peru fought a border war in 1995. The war between Iran and Iraq lasted eight years. Iraq fought a war against Kuwait.",
			[]string{"country:ECU attack country:PER", "country:PER attack country:ECU", "country:IRN attack country:IRQ", "country:IRQ attack country:IRN", "country:IRQ attack country:KWT"},
			[]string{"country:KWT attack country:IRQ"}},
		{"a verb form after an article is a noun ('an arms embargo')",
			"The UN Security Council imposed an arms embargo on Libya in 2011.",
			[]string{"org:un_security_council sanctions country:LBY"}, nil},
		{"an ally by copula and by apposition",
			"Belarus is Russia's closest ally. Cuba's ally Venezuela sent oil.",
			[]string{"country:BLR cooperation country:RUS", "country:CUB cooperation country:VEN"}, nil},
		{"offensives and strikes",
			"Azerbaijan launched a military offensive against Armenian forces. Israel carried out strikes on Iran.",
			[]string{"country:AZE attack country:ARM", "country:ISR attack country:IRN"}, nil},
		{"'yet to' has not happened",
			"Spain has yet to recognize Kosovo.",
			[]string{"NOT country:ESP recognizes country:XKX"}, []string{"country:ESP recognizes country:XKX"}},
		{"'South American' is a region, not the United States",
			"Paraguay is the only South American country that still recognizes Taiwan.",
			[]string{"country:PRY recognizes country:TWN"}, []string{"country:USA recognizes country:TWN"}},
		{"support received or enjoyed comes from the giver",
			"Hezbollah received support from Iran. The Houthis enjoy the support of Iran.",
			[]string{"country:IRN supports org:hezbollah"}, []string{"org:hezbollah supports country:IRN", "country:IRN meets org:hezbollah"}},
		{"a capitalised rank before a name makes a person",
			"Egypt and the UAE backed General Khalifa Haftar.",
			[]string{"country:EGY supports person:khalifa_haftar", "country:ARE supports person:khalifa_haftar"}, nil},
		{"trade is cooperation",
			"Trade between China and Brazil reached $150 billion in 2021. Japan is Vietnam's largest trading partner.",
			[]string{"country:BRA cooperation country:CHN", "country:JPN cooperation country:VNM"}, nil},
		{"hosting an event is taking part in it",
			"Brazil hosted the 2014 FIFA World Cup.",
			[]string{"country:BRA participated_in event:2014_fifa_world_cup"}, nil},
		{"failing to reach an agreement is no agreement",
			"Egypt and Ethiopia have failed to reach an agreement.",
			[]string{"NOT country:EGY cooperation country:ETH"}, []string{"country:EGY cooperation country:ETH"}},
		{"led by: the named state, not a delegation",
			"A Cuban delegation led by Raul Castro visited Hanoi. Libya was ruled by Colonel Muammar Gaddafi.",
			[]string{"person:muammar_gaddafi leader_of country:LBY"}, []string{"person:raul_castro leader_of country:CUB"}},
		{"a participle with 'by' after a bare noun qualifies that noun",
			"The Angolan people fought against movements supported by the United States.",
			nil, []string{"country:AGO supports country:USA", "country:USA supports country:AGO"}},
	})
}

// Reported speech keeps who said it; a reporting verb of denial denies.
func TestClaims(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text, fact, claimedBy string
		negated               bool
	}{
		{"Israel accused Iran of arming Hezbollah.", "country:IRN arms_transfer org:hezbollah", "country:ISR", false},
		{"According to Ukraine, Belarus sent troops to Russia.", "country:BLR military_support country:RUS", "country:UKR", false},
		{"Moscow denied that it had supplied weapons to the Taliban.", "country:RUS arms_transfer org:taliban", "country:RUS", true},
		{"Turkish officials said Ankara had shot down a Syrian helicopter.", "country:TUR attack country:SYR", "country:TUR", false},
		{"\u201cWe will never recognize Kosovo,\u201d Serbian President Aleksandar Vucic said.", "person:aleksandar_vucic recognizes country:XKX", "person:aleksandar_vucic", true},
		{"Cuba sent doctors to Haiti.", "country:CUB aid country:HTI", "", false},
		{"The ministry denied reports that Egypt had supplied weapons to Libya.", "country:EGY arms_transfer country:LBY", "", true},
		{"Reports that Iran sent drones to Russia were dismissed by Tehran.", "country:IRN arms_transfer country:RUS", "country:IRN", true},
		{"Reports say that Egypt supplied weapons to Libya.", "country:EGY arms_transfer country:LBY", "", false},
		{"Iran is believed to have supplied drones to Russia.", "country:IRN arms_transfer country:RUS", "", false},
		{"Germany will not send Taurus missiles to Ukraine, Chancellor Olaf Scholz said on Monday.", "country:DEU arms_transfer country:UKR", "person:olaf_scholz", true},
	}
	for _, c := range cases {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Subject+" "+f.Relation+" "+f.Object != c.fact {
				continue
			}
			found = true
			if f.ClaimedBy != c.claimedBy || f.Negated != c.negated {
				t.Errorf("%q: claimed_by %q negated %v, want %q %v", c.text, f.ClaimedBy, f.Negated, c.claimedBy, c.negated)
			}
		}
		if !found {
			t.Errorf("%q: no fact %q", c.text, c.fact)
		}
	}
}

// The year of a fact: the nearest one that dates it, not one that ends a
// span.
func TestYears(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want int
	}{
		{"Cuba sent troops to Angola in 1975.", 1975},
		{"Until the revolution in 1979, Iran supported Syria.", 0},
		{"In 1946 Syria became independent. Until the revolution in 1979, Iran supported Syria.", 1946},
		{"India did not establish diplomatic relations with Israel until 1992.", 1992},
	} {
		fs := extractText(t, x, c.text)
		if len(fs) == 0 {
			t.Errorf("%q: no facts", c.text)
			continue
		}
		if got := fs[len(fs)-1].Year; got != c.want {
			t.Errorf("%q: year %d, want %d", c.text, got, c.want)
		}
	}
}

func TestQuantities(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text, fact string
		n          int64
		unit, item string
	}{
		{"North Korea sent 7,500,000 kilograms of rice to Laos.", "country:PRK aid country:LAO", 7500000, "kilograms", "rice"},
		{"Russia delivered 12 MiG-29 fighter jets to Syria.", "country:RUS arms_transfer country:SYR", 12, "jets", "MiG-29 fighter jets"},
		{"Japan donated $5 million to Haiti.", "country:JPN aid country:HTI", 5000000, "USD", ""},
		{"Germany gave 500 million euros to Jordan.", "country:DEU aid country:JOR", 500000000, "euros", "euros"},
	}
	for _, c := range cases {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Subject+" "+f.Relation+" "+f.Object != c.fact {
				continue
			}
			found = true
			if f.Quantity != c.n || f.Unit != c.unit || f.Item != c.item {
				t.Errorf("%q: quantity %d %q %q, want %d %q %q", c.text, f.Quantity, f.Unit, f.Item, c.n, c.unit, c.item)
			}
		}
		if !found {
			t.Errorf("%q: no fact %q", c.text, c.fact)
		}
	}
}
