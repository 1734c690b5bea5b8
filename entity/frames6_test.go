package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFrames6 checks the verb frames of frames6 on sentences written for
// this test: rulings and help on what is an actor's, gatherings in a
// place, and claims.
func TestFrames6(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ola Berg was arrested in March. The Court of Appeals later vacated his conviction. The Nordic Court ruled against Ann Lee's extension. The Oslo District Court ruled on Halvik Holdings' appeal.",
			[]string{"Court of Appeals -vacate-> Ola Berg", "Nordic Court -rule_against-> Ann Lee", "Oslo District Court -rule_on-> Halvik Holdings"}, nil,
			"vacating a conviction, or ruling against or on what is an actor's, rules on the actor"},
		{"The Nordic Court, which rejected a lawsuit filed by Norway, met on Monday. The Senate rejected a bill sponsored by Senator Ann Lee. Halvik Holdings bought a house built by Tom Wu.",
			[]string{"Nordic Court -reject-> Norway", "United States Senate -reject-> Ann Lee"}, []string{"Halvik Holdings -buy-> Tom Wu"},
			"a filing named with its filer after a participle and by is the filer's; a house built by someone is not a filing"},
		{"Ann Lee's cause was helped by Senator Tom Wu. Ola Berg hurt Kari Dahl's campaign. The court ruled that Per Lund's appeal had failed.",
			[]string{"Tom Wu -help-> Ann Lee", "Ola Berg -hurt-> Kari Dahl"}, []string{"court -rule-> Per Lund"},
			"helping or hurting an actor's cause or campaign helps or hurts the actor, active or passive; a clause after ruled is no ruling on an actor"},
		{"Tom Wu helped Ann Lee's dog. Ola Berg damaged Kari Dahl's car.",
			nil, []string{"Tom Wu -help-> Ann Lee", "Ola Berg -damage-> Kari Dahl"},
			"helping or hurting what an actor owns is no act on the actor"},
		{"Tom Wu and his supporters claimed Ann Lee only won due to fraud. Ola Berg claimed Norway had rigged the vote. Kari Dahl claimed Halvik Holdings narrowly won the race.",
			[]string{"Tom Wu -accuse-> Ann Lee", "Ola Berg -accuse-> Norway"}, []string{"Tom Wu -claim-> Ann Lee", "Kari Dahl -claim-> Halvik Holdings", "Kari Dahl -accuse-> Halvik Holdings"},
			"a claim whose clause names a wrong by its verb or its means accuses the clause's subject; the subject of a claimed clause is never claimed"},
		{"Per Lund claimed Ann Lee had exposed fraud at Halvik Holdings.",
			nil, []string{"Per Lund -accuse-> Ann Lee"},
			"a wrong that the clause's subject exposes is no wrong of its own"},
		{"The Harbor Party held a rally in Oslo. Ann Lee scheduled a town hall in Bergen. Tom Wu gathered on Saturday in the capital, Oslo. Kari Dahl spoke on Monday in Narvik.",
			[]string{"Harbor Party -hold-> in Oslo", "Ann Lee -schedule-> in Bergen", "Tom Wu -gather-> in Oslo", "Kari Dahl -speak-> in Narvik"}, nil,
			"a gathering held in a place, or an act with no object placed after a date, happens in the place"},
		{"Ann Lee received medical treatment in Bergen. The Harbor Party has attained ballot access in Utah, Ohio and Idaho. Tom Wu addressed reporters in Narvik. Kari Dahl worked on a campaign in Chile. Per Lund set the record in Lyon, France. Cyd Ho delivered a speech in Tromso. Joe Ng began his political career in Alta. The Halden Times reported that Ola Berg received surgery in Bodo.",
			[]string{"Ola Berg -receive-> in Bodo", "Cyd Ho -deliver-> in Tromso", "Joe Ng -begin-> in Alta", "Ann Lee -receive-> in Bergen", "Harbor Party -attain-> in Utah", "Harbor Party -attain-> in Ohio", "Harbor Party -attain-> in Idaho", "Tom Wu -address-> in Narvik", "Kari Dahl -work_in-> Chile", "Per Lund -set-> in Lyon"},
			[]string{"Per Lund -set_in-> France"},
			"addressing an audience, giving a speech, beginning a career, working or setting a mark with an object that is no actor happens where the in-phrase after it says; a list names each place, a city and its country one; a reported act too"},
		{"Ola Berg told the people in the town there about it. Tom Wu told reporters in Bergen. Halvik Motors sold cars in Oslo. Kari Dahl received her education in Denmark. Cyd Ho gave a book in Tromso.",
			[]string{"Kari Dahl -educate_in-> Denmark"},
			[]string{"Ola Berg -tell_in-> Bergen", "Tom Wu -tell_in-> Bergen", "Halvik Motors -sell_in-> Oslo", "Kari Dahl -receive_in-> Denmark", "Cyd Ho -give_in-> Tromso"},
			"an in-phrase with no name, or after other verbs, is no place of the subject's act by this rule; a schooling keeps its own"},
		{"Both houses of the Nordic Parliament held a minute of silence in Ann Lee's honor today. Both chambers of the Halden Council condemned Tom Wu. The houses of Per Lund burned.",
			[]string{"Nordic Parliament -honor-> Ann Lee", "Halden Council -condemn-> Tom Wu"}, nil,
			"the houses or chambers of a legislature act as the legislature"},
		{"Members of the Harbor Party protested in front of the Nordic Court. Ann Lee made a 14-hour drive to Oslo.",
			[]string{"Harbor Party -protest_at-> Nordic Court", "Ann Lee -drive_to-> Oslo"}, nil,
			"in front of an actor is at it; a drive to a place drives there"},
		{"Tom Wu told an investors' conference in Bergen that prices would rise. Ola Berg impressed during a loan spell at Narvik. Halvik Group, named after a lake in Finland, was sold.",
			nil, []string{"Tom Wu -tell_in-> Bergen", "Ola Berg -impress_at-> Narvik", "Halvik Group -name_in-> Finland"},
			"an audience is no gathering held; a place inside a span or another phrase is not where the act happened"},
		{"Ann Lee ran for mayor. The Lee campaign criticized Tom Wu's refusal to debate. Kari Dahl's campaign sued Halvik Holdings. Ola Berg attacked Per Lund's campaign.",
			[]string{"Ann Lee -criticize-> Tom Wu", "Kari Dahl -sue-> Halvik Holdings", "Ola Berg -criticize-> Per Lund"}, []string{"Ola Berg -attack-> Per Lund"},
			"a candidate's campaign acts for the candidate; an attack on a campaign is in words"},
		{"Ola Berg headed the campaign of Per Lund. Kari Dahl sued the campaign of Ann Lee. The campaign of Tom Wu criticised Halvik Holdings.",
			[]string{"Ola Berg -lead-> Per Lund", "Kari Dahl -sue-> Ann Lee", "Tom Wu -criticise-> Halvik Holdings"}, nil,
			"the campaign of a candidate is the candidate's campaign"},
		{"Ann Lee's campaign manager sued Halvik Holdings.",
			nil, []string{"Ann Lee -sue-> Halvik Holdings"},
			"a campaign's staff member is no campaign"},
		{"Ann Lee was convicted in 2012 in the Western District of Texas. Tom Wu was charged in the Southern District of New York. Ola Berg was sentenced on Monday in Oslo District Court.",
			[]string{"Ann Lee -convict_in-> Western District of Texas", "Tom Wu -charge_in-> Southern District of New York", "Ola Berg -sentence_in-> Oslo District Court"}, nil,
			"a US judicial district names the court that sits for it, where a trial happens"},
		{"Kari Dahl lives in the Central District of Botswana.",
			nil, []string{"Kari Dahl -locate_in-> Central District of Botswana"},
			"a compass district of another state is a region, no court"},
		{"Thousands attended a rally organized by the Harbor Party in Oslo. A vigil was held by the Green Party on Sunday in Bergen. The house was built by Halvik Holdings in Narvik.",
			[]string{"Harbor Party -organize-> in Oslo", "Green Party -hold_in-> Bergen"}, []string{"Halvik Holdings -build_in-> Narvik"},
			"a gathering held by an actor, in the passive, was held where its place phrase says; a house is no gathering"},
		{"Tom Wu was sentenced to two months in the Eastern District of Virginia. Per Lund was sentenced to two years in Oslo.",
			[]string{"Tom Wu -sentence_in-> Eastern District of Virginia"}, []string{"Per Lund -sentence_in-> Oslo"},
			"a term given in a court is given there; a term given in a place is not"},
		{"Ann Lee spent two years in Oslo. Tom Wu spent the next five decades in the Nordic Council. Kari Dahl spent her time in Chile teaching children.",
			[]string{"Ann Lee -spend_in-> Oslo", "Tom Wu -serve_in-> Nordic Council", "Kari Dahl -spend_in-> Chile"}, []string{"Tom Wu -spend_in-> Nordic Council"},
			"a stretch of time spent in a place was spent there; one spent in a body was served in it"},
		{"Ann Lee spent $5 million in Oslo. Tom Wu did not spend two years in Bergen. Kari Dahl plans to spend a year in Chile.",
			nil, []string{"Ann Lee -spend_in-> Oslo", "Tom Wu -spend_in-> Bergen", "Kari Dahl -spend_in-> Chile"},
			"money spent, time denied or time planned is no time spent in the place"},
		{"Tom Wu spoke about Ann Lee with Reuters. Kari Dahl complained about Norway to the Nordic Council.",
			[]string{"Tom Wu -speak_about-> Ann Lee", "Tom Wu -speak_with-> Reuters", "Kari Dahl -complain_to-> Nordic Council"}, nil,
			"the one spoken to is named after the actor spoken of"},
		{"Per Lund spoke about Ann Lee with pride. Ola Berg did not talk about Sweden with the BBC.",
			nil, []string{"Ola Berg -talk_with-> BBC"},
			"a manner is no listener; a denied talk is none"},
		{"The British relinquished control of Halden to Norway in 1997. Sweden ceded sovereignty over Narvik to Finland.",
			[]string{"United Kingdom -relinquish_control_to-> Norway", "Sweden -cede_sovereignty_to-> Finland"}, nil,
			"control of a place handed over goes to the actor after to"},
		{"Sweden refused to cede control of Halden to Norway.",
			nil, []string{"Sweden -cede_control_to-> Norway"},
			"control refused is not handed over"},
	})
}
