package entity

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/schema"
)

// TestCanonJoin joins documents one after another, as a store does, and
// checks the node names each document's entities get and the stored nodes
// merged.
func TestCanonJoin(t *testing.T) {
	person := func(name string, aliases ...string) schema.Entity {
		return schema.Entity{Name: name, Type: schema.Person, Aliases: aliases, Mentions: []int{0}}
	}
	org := func(name string) schema.Entity {
		return schema.Entity{Name: name, Type: schema.Organization, Mentions: []int{0}}
	}
	type step struct {
		ents   []schema.Entity
		want   []string // entity names after Join
		merges []schema.Merge
	}
	tests := []struct {
		name   string
		forbid [][2]string
		steps  []step
		why    string
	}{
		{
			name: "full name first",
			steps: []step{
				{ents: []schema.Entity{person("George Osborne")}, want: []string{"George Osborne"}},
				{ents: []schema.Entity{person("Osborne", "Mr Osborne")}, want: []string{"George Osborne"}},
			},
			why: "a surname alone joins the one known person with that surname and a full name",
		},
		{
			name: "short name first",
			steps: []step{
				{ents: []schema.Entity{person("Osborne", "Mr Osborne")}, want: []string{"Osborne"}},
				{ents: []schema.Entity{person("George Osborne")}, want: []string{"George Osborne"},
					merges: []schema.Merge{{From: "Osborne", To: "George Osborne", Joined: true}}},
				{ents: []schema.Entity{person("Osborne")}, want: []string{"George Osborne"}},
			},
			why: "the stored surname node is merged into the full name when it arrives: the longest full name wins",
		},
		{
			name: "regnal name after a saint",
			steps: []step{
				{ents: []schema.Entity{person("Saint Francis")}, want: []string{"Saint Francis"}},
				{ents: []schema.Entity{person("Francis", "Pope Francis")}, want: []string{"Francis"}},
				{ents: []schema.Entity{person("Joe Francis")}, want: []string{"Joe Francis"}},
			},
			why: "a pope's, king's or saint's one name is no surname: Pope Francis is neither Saint Francis nor a later Joe Francis",
		},
		{
			name: "saint after a regnal name",
			steps: []step{
				{ents: []schema.Entity{person("Francis", "Pope Francis")}, want: []string{"Francis"}},
				{ents: []schema.Entity{person("Saint Francis")}, want: []string{"Saint Francis"}},
				{ents: []schema.Entity{person("Francis")}, want: []string{"Francis"}},
			},
			why: "a saint's name takes over no stored pope's, and a bare Francis stays with the name's node",
		},
		{
			name: "surname clash",
			steps: []step{
				{ents: []schema.Entity{person("Kenneth Clarke", "Clarke")}, want: []string{"Kenneth Clarke"}},
				{ents: []schema.Entity{person("Charles Clarke", "Clarke")}, want: []string{"Charles Clarke"}},
				{ents: []schema.Entity{person("Clarke", "Mr Clarke")}, want: []string{"Clarke"}},
			},
			why: "two people share the surname: both stay, and a bare Clarke is neither",
		},
		{
			name: "surname clash after a merge",
			steps: []step{
				{ents: []schema.Entity{person("Clarke")}, want: []string{"Clarke"}},
				{ents: []schema.Entity{person("Kenneth Clarke")}, want: []string{"Kenneth Clarke"},
					merges: []schema.Merge{{From: "Clarke", To: "Kenneth Clarke", Joined: true}}},
				{ents: []schema.Entity{person("Charles Clarke")}, want: []string{"Charles Clarke"},
					merges: []schema.Merge{{From: "Kenneth Clarke", To: "Clarke", Docs: []string{"d1"}}}},
				{ents: []schema.Entity{person("Clarke")}, want: []string{"Clarke"}},
			},
			why: "once a second Clarke is known, the bare Clarke that the first took over goes back to a node of its own, and a later one is no longer given to him",
		},
		{
			name: "surname clash arrives later",
			steps: []step{
				{ents: []schema.Entity{person("Kenneth Clarke")}, want: []string{"Kenneth Clarke"}},
				{ents: []schema.Entity{person("Clarke", "Mr Clarke")}, want: []string{"Kenneth Clarke"}},
				{ents: []schema.Entity{person("Kenneth Clarke", "Clarke")}, want: []string{"Kenneth Clarke"}},
				{ents: []schema.Entity{person("Clarke")}, want: []string{"Kenneth Clarke"}},
				{ents: []schema.Entity{person("Charles Clarke")}, want: []string{"Charles Clarke"},
					merges: []schema.Merge{{From: "Kenneth Clarke", To: "Clarke", Docs: []string{"d2", "d4"}}}},
				{ents: []schema.Entity{person("Clarke", "Mr Clarke")}, want: []string{"Clarke"}},
			},
			why: "the documents that named Kenneth Clarke only as Clarke, joined while he was the one Clarke known, are split off when a second Clarke arrives: the order of documents does not decide",
		},
		{
			name: "surname clash of the other sex",
			steps: []step{
				{ents: []schema.Entity{person("Michael Howard")}, want: []string{"Michael Howard"}},
				{ents: []schema.Entity{person("Howard", "Mr Howard")}, want: []string{"Michael Howard"}},
				{ents: []schema.Entity{person("Howard")}, want: []string{"Michael Howard"}},
				{ents: []schema.Entity{person("Sandra Howard")}, want: []string{"Sandra Howard"},
					merges: []schema.Merge{{From: "Michael Howard", To: "Howard", Docs: []string{"d3"}}}},
				{ents: []schema.Entity{person("Howard", "Mr Howard")}, want: []string{"Michael Howard"}},
			},
			why: "a woman of the surname splits off the bare Howard, which may be her, but not Mr Howard",
		},
		{
			name: "Mrs is not Michael",
			steps: []step{
				{ents: []schema.Entity{person("Michael Howard")}, want: []string{"Michael Howard"}},
				{ents: []schema.Entity{person("Howard", "Mrs Howard")}, want: []string{"Howard"}},
				{ents: []schema.Entity{person("Howard")}, want: []string{"Howard"}},
				{ents: []schema.Entity{person("Howard", "Mr Howard")}, want: []string{"Michael Howard"}},
			},
			why: "Mrs Howard is not the man Michael Howard; a later bare Howard could be either, a later Mr Howard is him",
		},
		{
			name: "Mr is Michael",
			steps: []step{
				{ents: []schema.Entity{person("Michael Howard")}, want: []string{"Michael Howard"}},
				{ents: []schema.Entity{person("Howard", "Mr Howard")}, want: []string{"Michael Howard"}},
			},
			why: "a title of the same sex joins",
		},
		{
			name: "Mrs stored, Michael arrives",
			steps: []step{
				{ents: []schema.Entity{person("Howard", "Mrs Howard")}, want: []string{"Howard"}},
				{ents: []schema.Entity{person("Michael Howard")}, want: []string{"Michael Howard"}},
			},
			why: "a stored Mrs Howard is not merged into a man named later",
		},
		{
			name: "Mrs picks the woman",
			steps: []step{
				{ents: []schema.Entity{person("Michael Howard"), person("Sandra Howard")}, want: []string{"Michael Howard", "Sandra Howard"}},
				{ents: []schema.Entity{person("Howard", "Mrs Howard")}, want: []string{"Sandra Howard"}},
				{ents: []schema.Entity{person("Howard", "Mr Howard")}, want: []string{"Michael Howard"}},
				{ents: []schema.Entity{person("Howard")}, want: []string{"Howard"}},
			},
			why: "with a man and a woman of one surname known, a title's sex picks one; a bare surname stays apart",
		},
		{
			name: "Mrs stored, the couple arrives",
			steps: []step{
				{ents: []schema.Entity{person("Howard", "Mrs Howard")}, want: []string{"Howard"}},
				{ents: []schema.Entity{person("Michael Howard"), person("Sandra Howard")}, want: []string{"Michael Howard", "Sandra Howard"},
					merges: []schema.Merge{{From: "Howard", To: "Sandra Howard", Joined: true}}},
			},
			why: "a stored Mrs Howard is merged into the one woman of that surname, though a man of it arrives with her",
		},
		{
			name: "Mrs stored, the man first",
			steps: []step{
				{ents: []schema.Entity{person("Howard", "Mrs Howard")}, want: []string{"Howard"}},
				{ents: []schema.Entity{person("Michael Howard")}, want: []string{"Michael Howard"}},
				{ents: []schema.Entity{person("Sandra Howard")}, want: []string{"Sandra Howard"},
					merges: []schema.Merge{{From: "Howard", To: "Sandra Howard", Joined: true}}},
			},
			why: "the woman named later takes over the stored Mrs Howard, the man named before her notwithstanding",
		},
		{
			name: "two women",
			steps: []step{
				{ents: []schema.Entity{person("Sandra Howard")}, want: []string{"Sandra Howard"}},
				{ents: []schema.Entity{person("Anna Howard")}, want: []string{"Anna Howard"}},
				{ents: []schema.Entity{person("Howard", "Mrs Howard")}, want: []string{"Howard"}},
			},
			why: "two women of one surname: Mrs Howard is neither",
		},
		{
			name: "initials after",
			steps: []step{
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart Tamm"}},
				{ents: []schema.Entity{person("Mart K. Tamm")}, want: []string{"Mart K. Tamm"},
					merges: []schema.Merge{{From: "Mart Tamm", To: "Mart K. Tamm"}}},
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart K. Tamm"}},
				{ents: []schema.Entity{person("Tamm")}, want: []string{"Mart K. Tamm"}},
			},
			why: "a name with initials between given name and surname is the longer full name of the plain one",
		},
		{
			name: "initials first",
			steps: []step{
				{ents: []schema.Entity{person("Mart K. Tamm")}, want: []string{"Mart K. Tamm"}},
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart K. Tamm"}},
			},
			why: "the plain name joins the one known name with initials",
		},
		{
			name: "two initialled",
			steps: []step{
				{ents: []schema.Entity{person("Mart K. Tamm")}, want: []string{"Mart K. Tamm"}},
				{ents: []schema.Entity{person("Mart J. K. Tamm")}, want: []string{"Mart J. K. Tamm"}},
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart Tamm"}},
			},
			why: "father and son: a plain Mart Tamm could be either",
		},
		{
			name: "middle name after",
			steps: []step{
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart Tamm"}},
				{ents: []schema.Entity{person("Mart K. Tamm")}, want: []string{"Mart K. Tamm"},
					merges: []schema.Merge{{From: "Mart Tamm", To: "Mart K. Tamm"}}},
				{ents: []schema.Entity{person("Mart Kalev Tamm")}, want: []string{"Mart Kalev Tamm"},
					merges: []schema.Merge{{From: "Mart K. Tamm", To: "Mart Kalev Tamm"}}},
				{ents: []schema.Entity{person("Mart K Tamm")}, want: []string{"Mart Kalev Tamm"}},
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart Kalev Tamm"}},
			},
			why: "a middle name and its initial are one person's, named by the longest full name seen",
		},
		{
			name: "middle name first",
			steps: []step{
				{ents: []schema.Entity{person("Mart Kalev Tamm")}, want: []string{"Mart Kalev Tamm"}},
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart Kalev Tamm"}},
				{ents: []schema.Entity{person("Mart K. Tamm")}, want: []string{"Mart Kalev Tamm"}},
			},
			why: "the plain name and the initial join the one known name with a middle name",
		},
		{
			name: "other middle name",
			steps: []step{
				{ents: []schema.Entity{person("Mart Kalev Tamm")}, want: []string{"Mart Kalev Tamm"}},
				{ents: []schema.Entity{person("Mart Juhan Tamm")}, want: []string{"Mart Juhan Tamm"}},
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart Tamm"}},
				{ents: []schema.Entity{person("Mart J. Tamm")}, want: []string{"Mart Juhan Tamm"}},
			},
			why: "two middle names are two people; a plain name could be either, an initial picks one",
		},
		{
			name: "particle",
			steps: []step{
				{ents: []schema.Entity{person("Anna van Tamm")}, want: []string{"Anna van Tamm"}},
				{ents: []schema.Entity{person("Anna Tamm")}, want: []string{"Anna Tamm"}},
			},
			why: "a lower-case particle belongs to the surname: no middle name",
		},
		{
			name: "two-word surname after",
			steps: []step{
				{ents: []schema.Entity{person("Iain Duncan Smith")}, want: []string{"Iain Duncan Smith"}},
				{ents: []schema.Entity{person("Duncan Smith", "Mr Duncan Smith")}, want: []string{"Iain Duncan Smith"}},
				{ents: []schema.Entity{person("Duncan Smith")}, want: []string{"Duncan Smith"}},
			},
			why: "Mr before two words makes them a surname: the one known person whose name ends in them; without a title they are a given name and a surname",
		},
		{
			name: "two-word surname first",
			steps: []step{
				{ents: []schema.Entity{person("Duncan Smith", "Mr Duncan Smith")}, want: []string{"Duncan Smith"}},
				{ents: []schema.Entity{person("Iain Duncan Smith")}, want: []string{"Iain Duncan Smith"},
					merges: []schema.Merge{{From: "Duncan Smith", To: "Iain Duncan Smith"}}},
			},
			why: "the full name takes over the stored surname of two words",
		},
		{
			name: "two-word surname, two people",
			steps: []step{
				{ents: []schema.Entity{person("Iain Duncan Smith")}, want: []string{"Iain Duncan Smith"}},
				{ents: []schema.Entity{person("Peter Duncan Smith")}, want: []string{"Peter Duncan Smith"}},
				{ents: []schema.Entity{person("Duncan Smith", "Mr Duncan Smith")}, want: []string{"Duncan Smith"}},
			},
			why: "two men of that surname: Mr Duncan Smith is neither",
		},
		{
			name: "other given name",
			steps: []step{
				{ents: []schema.Entity{person("Mart K. Tamm")}, want: []string{"Mart K. Tamm"}},
				{ents: []schema.Entity{person("Anna Tamm")}, want: []string{"Anna Tamm"}},
			},
			why: "another given name is another person",
		},
		{
			name: "given name",
			steps: []step{
				{ents: []schema.Entity{person("Jack Daniel")}, want: []string{"Jack Daniel"}},
				{ents: []schema.Entity{person("Daniel")}, want: []string{"Daniel"}},
			},
			why: "a lone common given name is not taken for a surname",
		},
		{
			name: "caption label",
			steps: []step{
				{ents: []schema.Entity{person("Space Station Image")}, want: []string{"Space Station Image"}},
				{ents: []schema.Entity{person("Image")}, want: []string{"Image"}},
				{ents: []schema.Entity{person("Photo")}, want: []string{"Photo"}},
				{ents: []schema.Entity{person("Marian Photo")}, want: []string{"Marian Photo"}},
			},
			why: "a caption's label read as a one-word person is no surname: it joins no full name, and no full name takes it over",
		},
		{
			name: "never a name",
			steps: []step{
				{ents: []schema.Entity{person("Alice International")}, want: []string{"Alice International"}},
				{ents: []schema.Entity{person("International")}, want: []string{"International"}},
			},
			why: "a word the gazetteer says never makes a name is no surname",
		},
		{
			name: "church of",
			steps: []step{
				{ents: []schema.Entity{org("Church of Scientology")}, want: []string{"Church of Scientology"}},
				{ents: []schema.Entity{org("Scientology")}, want: []string{"Scientology"},
					merges: []schema.Merge{{From: "Church of Scientology", To: "Scientology"}}},
				{ents: []schema.Entity{org("Church of Scientology")}, want: []string{"Scientology"}},
			},
			why: `the organisations "Church of X" and "X" are one node, named X`,
		},
		{
			name: "church of, one document",
			steps: []step{
				{ents: []schema.Entity{org("Church of Scientology"), org("Scientology")}, want: []string{"Scientology"}},
			},
			why: "inside a document the two become one entity",
		},
		{
			name: "church of a country",
			steps: []step{
				{ents: []schema.Entity{{Name: "England", Type: schema.GPE, Mentions: []int{0}}}, want: []string{"England"}},
				{ents: []schema.Entity{org("Church of England")}, want: []string{"Church of England"}},
			},
			why: "the rule joins two organisations, never a church and a state",
		},
		{
			name: "company suffix after",
			steps: []step{
				{ents: []schema.Entity{org("Vodafone Group")}, want: []string{"Vodafone Group"}},
				{ents: []schema.Entity{org("Vodafone plc")}, want: []string{"Vodafone Group"}},
				{ents: []schema.Entity{org("Vodafone")}, want: []string{"Vodafone"},
					merges: []schema.Merge{{From: "Vodafone Group", To: "Vodafone"}}},
				{ents: []schema.Entity{org("Vodafone Group plc")}, want: []string{"Vodafone"}},
			},
			why: "a company named with its group or legal suffix is the company named without it, the name it goes by",
		},
		{
			name: "company suffix, one document",
			steps: []step{
				{ents: []schema.Entity{org("Acme Holdings Inc."), org("Acme")}, want: []string{"Acme"}},
			},
			why: "inside a document the two become one entity",
		},
		{
			name: "company suffix of a person",
			steps: []step{
				{ents: []schema.Entity{person("Carlyle")}, want: []string{"Carlyle"}},
				{ents: []schema.Entity{org("Carlyle Group")}, want: []string{"Carlyle Group"}},
				{ents: []schema.Entity{org("Group")}, want: []string{"Group"}},
			},
			why: "the rule joins two organisations only, and leaves at least one word",
		},
		{
			name:   "forbidden",
			forbid: [][2]string{{"Mart Tamm", "Tamm"}},
			steps: []step{
				{ents: []schema.Entity{person("Mart Tamm")}, want: []string{"Mart Tamm"}},
				{ents: []schema.Entity{person("Tamm")}, want: []string{"Tamm"}},
			},
			why: "an alias file's NAME != OTHER keeps the names apart across documents too",
		},
		{
			name: "case",
			steps: []step{
				{ents: []schema.Entity{org("Sea Org")}, want: []string{"Sea Org"}},
				{ents: []schema.Entity{org("SEA ORG")}, want: []string{"Sea Org"}},
			},
			why: "a name in other case takes the stored spelling, whose IRI it would otherwise miss",
		},
		{
			name: "accents later",
			steps: []step{
				{ents: []schema.Entity{person("Halvor Sørnes")}, want: []string{"Halvor Sørnes"}},
				{ents: []schema.Entity{person("Halvor Sornes")}, want: []string{"Halvor Sørnes"}},
				{ents: []schema.Entity{org("Brødrene Ågren")}, want: []string{"Brødrene Ågren"}},
			},
			why: "a name written without the accents takes the stored spelling that has them",
		},
		{
			name: "accents first stored plain",
			steps: []step{
				{ents: []schema.Entity{person("Ayse Kaya Demir")}, want: []string{"Ayse Kaya Demir"}},
				{ents: []schema.Entity{person("Ayşe Kaya Demir")}, want: []string{"Ayşe Kaya Demir"},
					merges: []schema.Merge{{From: "Ayse Kaya Demir", To: "Ayşe Kaya Demir"}}},
				{ents: []schema.Entity{person("Ayse Kaya Demir")}, want: []string{"Ayşe Kaya Demir"}},
				{ents: []schema.Entity{org("HALVIK ÅS")}, want: []string{"HALVIK ÅS"}},
				{ents: []schema.Entity{org("Halvik As")}, want: []string{"HALVIK ÅS"}},
			},
			why: "a stored name without accents takes those a later report writes, whichever comes first; a name that also differs in case keeps the stored spelling",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCanon(Options{Forbid: tc.forbid})
			if err != nil {
				t.Fatal(err)
			}
			for i, st := range tc.steps {
				doc := schema.Document{ID: fmt.Sprintf("d%d", i+1), Entities: st.ents}
				out, merges := c.Join(doc)
				var got []string
				for _, e := range out.Entities {
					got = append(got, e.Name)
				}
				if diff := cmp.Diff(st.want, got); diff != "" {
					t.Errorf("document %d: names mismatch (-want +got):\n%s(%s)", i+1, diff, tc.why)
				}
				if diff := cmp.Diff(st.merges, merges); diff != "" {
					t.Errorf("document %d: merges mismatch (-want +got):\n%s(%s)", i+1, diff, tc.why)
				}
			}
		})
	}
}

// TestCanonJoinRewritesFacts checks that a renamed entity keeps its old
// name as an alias, that the facts follow it, and that the document given
// to Join is left as it was.
func TestCanonJoinRewritesFacts(t *testing.T) {
	c, err := NewCanon(Options{})
	if err != nil {
		t.Fatal(err)
	}
	c.Know(schema.Entity{Name: "George Osborne", Type: schema.Person})
	doc := schema.Document{
		Entities: []schema.Entity{
			{Name: "Osborne", Type: schema.Person, Aliases: []string{"Mr Osborne"}, Mentions: []int{1, 0}},
			{Name: "Leeds", Type: schema.GPE, Mentions: []int{1}},
		},
		Facts: []schema.Fact{{Extraction: schema.Extraction{Lemma: "visit"}, SubjectEntity: "Osborne", ObjectEntity: "Leeds",
			SourceEntities: []string{"Osborne"}}},
	}
	out, _ := c.Join(doc)
	want := []schema.Entity{
		{Name: "George Osborne", Type: schema.Person, Aliases: []string{"Mr Osborne", "Osborne"}, Mentions: []int{0, 1}},
		{Name: "Leeds", Type: schema.GPE, Mentions: []int{1}},
	}
	if diff := cmp.Diff(want, out.Entities); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}
	if f := out.Facts[0]; f.SubjectEntity != "George Osborne" || f.ObjectEntity != "Leeds" || f.SourceEntities[0] != "George Osborne" {
		t.Errorf("fact = %+v, want it to name George Osborne", f)
	}
	if doc.Entities[0].Name != "Osborne" || doc.Facts[0].SubjectEntity != "Osborne" || doc.Facts[0].SourceEntities[0] != "Osborne" {
		t.Errorf("Join changed its input: %+v", doc)
	}
}
