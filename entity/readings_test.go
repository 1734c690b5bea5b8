package entity

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// render writes an extraction as "subject; lemma; object; role=text ...",
// with "not " before a negated lemma.
func render(x schema.Extraction) string {
	lemma := x.Lemma
	if x.Negated {
		lemma = "not " + lemma
	}
	parts := []string{x.Subject.Text, lemma, x.Object.Text}
	for _, e := range x.Extra {
		parts = append(parts, e.Role+"="+e.Text)
	}
	return strings.Join(parts, "; ")
}

func TestReadings(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence string
		want     []string // readings that must be there
		noLemma  []string // lemmas that must not be there
		why      string
	}{
		{
			sentence: "NATO began a two-week naval exercise in the Baltic Sea.",
			want:     []string{"NATO; begin; a two-week naval exercise; place=in the Baltic Sea"},
			noLemma:  []string{"begin_two-week_naval_exercise_in"},
			why:      "the second reading folds the object into the relation; the first reading keeps the place",
		},
		{
			sentence: "The alliance's northern maritime group sailed north.",
			noLemma:  []string{"have"},
			why:      "a possessive's \"has\" is no fact; names give the useful ones",
		},
		{
			sentence: "Seoul and Tokyo needed to share missile warning data.",
			want: []string{"Seoul; share; missile warning data; modal=needed to",
				"Tokyo; share; missile warning data; modal=needed to"},
			noLemma: []string{"need_to_share"},
			why:     "the infinitive after a catenative verb is the relation; the outer verb is kept as modal",
		},
		{
			sentence: "His sailors were ready to defend Russian interests.",
			want:     []string{"His sailors; defend; Russian interests; modal=were ready to"},
			why:      "\"be\" and an adjective before an infinitive give way to it",
		},
		{
			sentence: "Moscow sent troops to protect the border.",
			want:     []string{"Moscow; send; troops", "Moscow; protect; the border"},
			why:      "an infinitive after an object is a purpose: its own fact, and the verb keeps its object",
		},
		{
			sentence: "The ships will be based in Nuuk, the capital of Greenland.",
			want:     []string{"Nuuk; capital_of; Greenland"},
			why:      "an apposition \"the N of X\" that names a vocabulary relation relates to X",
		},
		{
			sentence: "The storm passed 40 km north of Velmar, the capital of Orvania.",
			want:     []string{"Velmar; capital_of; Orvania"},
			why:      "after a bearing and \"of\" the apposition is the place's, not the bearing's",
		},
		{
			sentence: "Tom Wu was part of the Halvik Party.",
			want:     []string{"Tom Wu; part_of; the Halvik Party"},
			why:      "\"part of\" without an article gives the fact \"a part of\" gives",
		},
		{
			sentence: "Floods hit the town of Velmar, the capital of Orvania.",
			want:     []string{"Velmar; capital_of; Orvania"},
			why:      "\"the town of X\" is X: the apposition after it is X's",
		},
		{
			sentence: "Kim Jong Bok, a close confidant of Kim Jong Un, arrived.",
			want:     []string{"Kim Jong Bok; be; a close confidant of Kim Jong Un"},
			why:      "an apposition with more than one word before \"of\", or outside the vocabulary, stays \"is\"",
		},
		{
			sentence: "The government refused to sign the treaty.",
			want:     []string{"The government; not sign; the treaty; modal=refused to"},
			why:      "refusing to do something negates it",
		},
		{
			sentence: "Pyongyang gained increased political leverage with Moscow.",
			want:     []string{"Pyongyang; gain; increased political leverage; with=Moscow"},
			noLemma:  []string{"gain_increased_political_leverage_with"},
			why:      "a noun phrase inside the relation becomes the object, the object an argument named by the preposition",
		},
		{
			sentence: "The European Union imposed sanctions on Russia.",
			want:     []string{"The European Union; impose_sanctions_on; Russia"},
			why:      "a light verb phrase that maps to the vocabulary (sanction) stays whole",
		},
		{
			sentence: "Maria Lopez is a senior adviser to the prime minister.",
			want:     []string{"Maria Lopez; be; a senior adviser; to=the prime minister"},
			why:      "a copula with a noun is \"be\" with the noun as object",
		},
		{
			sentence: "Selim Korkmaz rejected the suggestion that Ankara was helping Russia.",
			want: []string{"Selim Korkmaz; reject; the suggestion; that=Ankara was helping Russia",
				"Ankara; help; Russia"},
			why: "a noun taking a clause: the clause becomes a \"that\" argument",
		},
	}
	for _, tc := range tests {
		t.Run(tc.sentence, func(t *testing.T) {
			s := a.Tag(tc.sentence)
			exts := x.Sentence(s)
			var got []string
			for _, y := range r.readings(s, exts) {
				got = append(got, render(y))
				if slices.Contains(tc.noLemma, y.Lemma) {
					t.Errorf("reading %q has lemma %q (%s)", render(y), y.Lemma, tc.why)
				}
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("readings(%q) = %q, want %q among them (%s)", tc.sentence, got, w, tc.why)
				}
			}
		})
	}
}

// TestSubjectsAndPlaces checks facts that must not become edges between
// entities, through the whole pipeline.
func TestSubjectsAndPlaces(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		noFct string // "SUBJECT -lemma-> OBJECT" that must not be stored
		why   string
	}{
		{"Russia warned Norway on Monday. It was not clear whether talks would resume.",
			"Russia -be-> ", "an expletive \"it\" names no actor"},
		{"NATO began drills. Irina Volkova accused the alliance of provoking tensions near Kaliningrad.",
			"Irina Volkova -locate_near-> Kaliningrad", "a place after an \"of\" phrase belongs to that phrase"},
		{"The list names a trading firm registered in Dubai, Norland Steel Corp.",
			"Dubai -locate_in-> Norland Steel Corp", "a place is never in an organisation"},
		{"The presence of North Korean soldiers in the conflict has stirred alarm. Russia sent North Korean soldiers deployed in the conflict to Kursk.",
			"North Korean troops -locate_in-> conflict", "a concept is no place"},
		{"Ukraine's Black Sea ports reopened.",
			"Black Sea -locate_in-> Ukraine", "a possessive does not place a sea"},
		{"This is a serious problem, one diplomat said. The question remains open.",
			"-be->", "a demonstrative or a common noun subject is no entity"},
	}
	for _, tc := range tests {
		t.Run(tc.noFct, func(t *testing.T) {
			_, facts := pipelineFacts(a, x, r, tc.text)
			for _, f := range facts {
				if f.SubjectEntity == "" {
					continue
				}
				e := fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity)
				if strings.HasPrefix(e, tc.noFct) || strings.HasPrefix(tc.noFct, "-") && strings.Contains(e, tc.noFct) {
					t.Errorf("Resolve(%q) stored %s (%s)", tc.text, e, tc.why)
				}
			}
		})
	}
}

// TestArgumentEdges checks edges that come from inside an argument,
// through the whole pipeline.
func TestArgumentEdges(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string // want: "SUBJECT -lemma-> OBJECT" that must be stored
		why        string
	}{
		{"Estonian Defence Minister Mart Tamm spoke on Monday. Tamm said his country had asked NATO for help.",
			"Estonia -ask-> NATO", "\"his country\" is the country the person serves"},
		{"General Kim Tae Sik, who heads the missile bureau of the Korean People's Army, was present.",
			"Kim Tae Sik -member_of-> Korean People's Army", "leading a unit of an organisation makes a member"},
		{"President Han Seung-woo arrived in Tokyo for a summit with Prime Minister Kenji Moriyama.",
			"Han Seung-woo -meet-> Kenji Moriyama", "a summit with an actor is a meeting"},
		{"General Tom Wu, a close ally of former president Ann Lee, spoke. Ola Berg, the former head of the Green Party, agreed.",
			"Tom Wu -ally_of-> Ann Lee", "a word of degree between the article and the noun keeps the appositive relation"},
		{"The Green Party on Monday named Ann Lee as its new leader, replacing Tom Wu.",
			"Ann Lee -replace-> Tom Wu", "after an active appointment the appointee replaces, not who appoints"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			got := pipelineEdges(a, x, r, tc.text, true)
			if !slices.Contains(got, tc.want) {
				t.Errorf("Resolve(%q) edges = %q, want %q among them (%s)", tc.text, got, tc.want, tc.why)
			}
		})
	}
}

// TestVerbsPlace checks that a place phrase after a verb's object belongs
// to the verb when the verb takes it as its place, except after an
// institution, a court or a body that sits there.
func TestVerbsPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"About 5,000 people marched against Tom Wu in Bergen on Monday.",
			nil, []string{"Tom Wu -locate_in-> Bergen"},
			"the march was in Bergen, not the man it was against"},
		{"Ann Lee is hoping to win her first title since arriving at Norland FC from Harwick.",
			nil, []string{"Norland FC -from-> Harwick"},
			"one arrives from a place; the place one arrives at is not from there"},
		{"Globex made an offer for Tom Wu from Bergen.",
			nil, []string{"Tom Wu -from-> Bergen"},
			"an offer from a place is the bidder's, not the player's origin"},
		{"Tom Wu visited the Nordic Institute in Bergen. The order was issued at Vik Local Court in Oslo.",
			[]string{"Nordic Institute -locate_in-> Bergen", "Vik Local Court -locate_in-> Oslo"}, nil,
			"an institution or a court stays where it is"},
		{"Ann Lee wrote to the Kurds in Kelton.",
			[]string{"Kurds -locate_in-> Kelton"}, nil,
			"a people lives where it is"},
		{"Tom Wu and Ola Berg are doubtful for the opener in Bergen on Monday.",
			nil, []string{"Tom Wu -locate_in-> Bergen", "Ola Berg -locate_in-> Bergen"},
			"a place after an event noun that for or against introduces is the event's"},
		{"Ann Lee was at the meeting in Oslo. Tom Wu lives with his son in Bergen.",
			[]string{"Ann Lee -locate_in-> Oslo", "Tom Wu -live_in-> Bergen"}, nil,
			"one at an event is where they are; one who lives with a companion somewhere lives there"},
		{"The prize was awarded today to Dr Ann Lee from Kenya.",
			[]string{"Ann Lee -from-> Kenya"}, nil,
			"from a country is where a person comes from"},
	})
}

// TestClauseHead checks that a reporting verb's clause object is not cut
// down to its first noun phrase.
func TestClauseHead(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu has revealed defender Ann Lee and striker Ola Berg will be in the line-up.",
			nil, []string{"Tom Wu -reveal-> Ann Lee"},
			"a coordinated subject opens the revealed clause"},
		{"Tom Wu admitted their trip to Kelton to face Norland was the toughest draw.",
			[]string{"Tom Wu -face-> Norland"}, []string{"Tom Wu -admit_to-> Kelton"},
			"the admitted clause's subject has a phrase after its head"},
		{"Tom Wu conceded any deal for Ola Berg was unlikely.",
			nil, []string{"Tom Wu -concede_for-> Ola Berg"},
			"the conceded clause's subject has a phrase after its head"},
		{"Tom Wu met Ann Lee and Ola Berg in Oslo. Tom Wu revealed Ola Berg will leave Norland.",
			[]string{"Tom Wu -meet-> Ann Lee", "Tom Wu -meet-> Ola Berg", "Ola Berg -leave-> Norland"}, nil,
			"a list of objects and a clause object read as before"},
	})
}
