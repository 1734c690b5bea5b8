package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestNonFacts checks phrases that relate no two actors: a constitution or
// an agreement after a state's possessive and a title in the plural (no
// actors); a copula and a preposition other than one of place or side;
// finding an actor in a state (a verdict aside); and a nationality before
// a body and a headline's verb, which is the body's, not the object's.
func TestNonFacts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee helped draft Norway's Transitional Constitution in 2011.",
			nil, []string{"Transitional Constitution -member_of-> Norway", "Ann Lee -draft-> Transitional Constitution"},
			"a constitution is a document, no member of its state"},
		{"Tom Wu signed Sweden's Northern Trade Agreement with Ann Lee.",
			nil, []string{"Northern Trade Agreement -member_of-> Sweden"},
			"an agreement is a document"},
		{"One of Norway's Vice Presidents, Ann Lee, met Tom Wu.",
			nil, []string{"Vice Presidents -member_of-> Norway"},
			"a title in the plural is an office, no group"},
		{"Norway's Tom Wu met Ann Lee on Monday.",
			[]string{"Tom Wu -member_of-> Norway"}, nil,
			"a person's name after a state's possessive still is one"},
		{"Norway's prime minister Tom Wu died. Ann Lee said how important he was for the country.",
			nil, []string{"Tom Wu -be_for-> Norway"},
			"a copula, an adjective and for relate no two actors"},
		{"Ann Lee said Norway is just behind Sweden and Finland in exports.",
			nil, []string{"Norway -be_behind-> Sweden"},
			"a rank is no relation"},
		{"Last week Norway announced a naval coalition to protect the Baltic Sea which was joined by Sweden and Denmark.",
			nil, []string{"Sweden -join-> Baltic Sea", "Denmark -join-> Baltic Sea"},
			"no one joins a sea: the relative clause's noun is the coalition"},
		{"Croatia joined the European Union in 2013.",
			[]string{"Croatia -join-> European Union"}, nil,
			"a union is joined"},
		{"Tom Wu was in Oslo on Monday.",
			[]string{"Tom Wu -locate_in-> Oslo"}, nil,
			"where one is stays"},
		{"Tom Wu was taken to Oslo University Hospital on Monday. The hospital also found him positive for the virus.",
			nil, []string{"Oslo University Hospital -find-> Tom Wu"},
			"a test result is a state of the patient"},
		{"Police found Ann Lee dead in her home in Bergen.",
			nil, []string{"Police -find-> Ann Lee"},
			"found dead"},
		{"The Oslo District Court found Tom Wu guilty of fraud.",
			[]string{"Oslo District Court -find-> Tom Wu"}, nil,
			"a verdict stays"},
		{"Norwegian military kills Tom Wu in air strike\n\nTom Wu was killed in Halden on Monday.",
			nil, []string{"Tom Wu -from-> Norway"},
			"the nationality of the subject's body is no nationality of the object"},
		{"Tom Wu died of COVID-19 in Oslo last week.\n\nAnn Lee, the mayor, had contracted COVID-19 in March. Mia Berg tested positive for SARS-CoV-2 on Monday.",
			[]string{"Tom Wu -die-> in Oslo"}, []string{"Tom Wu -die_from-> COVID-19", "Tom Wu -die_of-> COVID-19", "Ann Lee -contract-> COVID-19"},
			"a disease or a virus is no actor"},
		{"Jon Dahl died from Ebola in Kelton. Kari Holm died of Marburg in 2003.",
			[]string{"Jon Dahl -die-> in Kelton"}, []string{"Ebola -locate_in-> Kelton", "Kari Holm -die_of-> Marburg"},
			"a virus is in no place; what one dies of is an illness"},
		{"Norway's Institute of Allergy and Infectious Disease's director, Dr. Ann Lee, said it was bad. Tom Wu of the Society for Lyme Disease agreed.\n\nKari Holm had Lyme Disease.",
			[]string{"Ann Lee -lead-> Institute of Allergy and Infectious Disease", "Institute of Allergy and Infectious Disease -part_of-> Norway", "Tom Wu -member_of-> Society for Lyme Disease"},
			[]string{"Kari Holm -have-> Lyme Disease"},
			"a body named for a disease is no disease"},
		{"MAGA stands for Make America Great Again.\n\nSupporters of Tom Wu chanted Make America Great Again at a rally in Ohio.",
			nil, []string{"MAGA -stand_for-> Great Again", "MAGA -stand_for-> United States", "Tom Wu -chant-> Great Again"},
			"a slogan is no actor, nor is an acronym's expansion a relation"},
		{"Ann Lee stood for Parliament in 2010.",
			[]string{"Ann Lee -stand_for-> Parliament"}, nil,
			"a candidate stands for a body"},
		{"An Al Jazeera reporter in Kenya noted that the vote was calm. A US official in Kabul said the talks failed.",
			nil, []string{"Al Jazeera -locate_in-> Kenya", "United States -locate_in-> Kabul"},
			"where a body's reporter or official is, the body is not"},
		{"The Halvik Bank office in Oslo closed.",
			[]string{"Halvik Bank -locate_in-> Oslo"}, nil,
			"a body's office is where the body is"},
		{"Ann Lee met the Supreme Court of the United States on Monday. The High Court of the United Kingdom ruled against Tom Wu.",
			[]string{"High Court -rule_against-> Tom Wu"},
			[]string{"Supreme Court -part_of-> United States", "High Court -part_of-> United Kingdom"},
			"a state named after 'of the' in a state body's capitalised name is part of the name, no fact"},
		{"Tom Wu participated in the first presidential debate against rival Ann Lee. Mia Berg took part in a televised debate with Jon Dahl.",
			[]string{"Tom Wu -debate_against-> Ann Lee", "Mia Berg -debate_with-> Jon Dahl"},
			[]string{"Tom Wu -participate_against-> Ann Lee", "Mia Berg -take_part_with-> Jon Dahl"},
			"a debate against or with a rival is debated with the rival"},
		{"The new chairman of the Halvik Bar Council, Tom Wu QC warned of a risk.",
			[]string{"Tom Wu -lead-> Halvik Bar Council"}, []string{"Tom Wu QC -lead-> Halvik Bar Council"},
			"letters after an apposed name keep the apposition's role"},
		{"Norwegian army officer Tom Wu met Ann Lee. Swiss tennis star Ann Lee met Tom Wu.",
			[]string{"Tom Wu -work_for-> Norwegian army", "Ann Lee -from-> Switzerland"}, nil,
			"a role in the body, or a trade, stays"},
	})
}

// TestNonActorNames checks that diseases, viruses, slogans and the names
// of days and of events (an olympiad, a convention, a fair) make no
// entity, though the recogniser may type them as places, bodies or people.
func TestNonActorNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, not string }{
		{"Kari Holm died of COVID-19 in Oslo last week.\n\nJon Dahl, the mayor, had contracted COVID-19 in March.", "COVID-19"},
		{"Supporters of Tom Wu chanted Make America Great Again at a rally in Ohio.", "Great Again"},
		{"Ann Lee won the primary in Ohio. Lee heads into Super Tuesday with a lead over Tom Wu.", "Super"},
		{"Kari Holm won the Surgery Olympiad in Bergen this year.", "Surgery Olympiad"},
		{"The party cancelled the Harbor National Convention planned for Bergen.", "Harbor National Convention"},
		{"Volunteers hung signs for the Mini Maker Faire in Bergen.", "Mini Maker Faire"},
		{"Lund, Holm quit US presidential races after Super Tuesday\n\nOn Tuesday, fourteen states held primaries on a day called \"Super Tuesday\". In the wake of Super Tuesday, two candidates ended their campaigns.", "Super Tuesday"},
	} {
		_, ents, _ := pipelineResolve(a, x, r, tc.text)
		for _, e := range ents {
			if e.Name == tc.not {
				t.Errorf("%q: entity %q (%s), want none", tc.text, e.Name, e.Type)
			}
		}
	}
}

// TestNameEdges checks where a name starts and ends: letters after a
// person's name ("MSP", "QC") and a function word that opens a quote are
// none of it; and that a name after a possessive that "which" takes up is
// a body's.
func TestNameEdges(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Norway's Finance Minister, Tom Wu MSP, said the council had failed.", "Tom Wu", schema.Person, schema.Person, "a seat's letters after the name"},
		{"Norway's Finance Minister, Tom Wu MSP, said the council had failed.", "Tom Wu MSP", "", "", "no name with the letters"},
		{"Ann Lee QC told the court that she would appeal.", "Ann Lee", schema.Person, schema.Person, "a rank at the bar after the name"},
		{"The new chairman of the Bar Council, Tom Wu QC warned of a risk.", "Tom Wu", schema.Person, schema.Person, "letters after an apposed name"},
		{`Ann Lee said: "Since Tom Wu gave those figures they have not moved."`, "Tom Wu", schema.Person, schema.Person, "a quote's first word, capitalised for opening it"},
		{`Ann Lee said: "Since Tom Wu gave those figures they have not moved."`, "Since Tom Wu", "", "", "no name with the conjunction"},
		{"Australia's Halvik Mining - which operates the Kelton mine - plans to invest $1bn.", "Halvik Mining", schema.Organization, schema.Organization, "which, not who: a body"},
		{"Norway's Tom Wu, who leads the party, met Ann Lee.", "Tom Wu", schema.Person, schema.Person, "who: a person"},
	})
}
