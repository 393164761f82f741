package graph

import "sort"

// Entity types of the ontology.
const (
	TypeCountry      = "Country"
	TypePerson       = "Person"
	TypeOrganization = "Organization"
	TypeEvent        = "Event"
	TypeLocation     = "Location"
)

// EntityTypes lists the entity types in the order kg prints them.
var EntityTypes = []string{TypeCountry, TypePerson, TypeOrganization, TypeEvent, TypeLocation}

// Relation describes one relation type of the ontology.
type Relation struct {
	Name      string
	Symmetric bool
	Meaning   string
}

// Relations are the relation types of docs/ONTOLOGY.md, in its order.
var Relations = []Relation{
	{"diplomatic_relations", true, "the two hold, established or restored formal diplomatic relations"},
	{"recognizes", false, "A recognizes B as a state or government, or an event's outcome"},
	{"aid", false, "A gives B non-military help"},
	{"arms_transfer", false, "A supplies weapons, ammunition or military equipment to B"},
	{"military_support", false, "A sends troops, pilots, officers, advisers or air support to B"},
	{"cooperation", true, "an agreement or standing programme between the two"},
	{"attack", false, "A strikes, bombs, invades or wages war on B"},
	{"sanctions", false, "A imposes sanctions, an embargo or a blockade on B"},
	{"supports", false, "A publicly backs, praises or declares solidarity with B"},
	{"condemns", false, "A criticizes, denounces or condemns B"},
	{"demands", false, "A urges, appeals to or demands of B that it act"},
	{"threatens", false, "A threatens B"},
	{"meets", true, "officials of the two meet or one visits the other"},
	{"leader_of", false, "head of state or government, party leader, commander"},
	{"participated_in", false, "took part in a war, conference, tournament, disaster relief"},
}

var relationByName = func() map[string]Relation {
	m := make(map[string]Relation, len(Relations))
	for _, r := range Relations {
		m[r.Name] = r
	}
	return m
}()

// LookupRelation returns the relation type with the given name.
func LookupRelation(name string) (Relation, bool) {
	r, ok := relationByName[name]
	return r, ok
}

// RelationNames returns the names of all relation types, sorted.
func RelationNames() []string {
	names := make([]string, 0, len(Relations))
	for _, r := range Relations {
		names = append(names, r.Name)
	}
	sort.Strings(names)
	return names
}
