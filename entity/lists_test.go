package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListMembers checks that each member of a list of actors, in the
// subject or the object, takes part in the act, on sentences written for
// this test.
func TestListMembers(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee, the chief executive of Halvik Holdings, and Tom Wu, the head of the Marren Group, signed the accord. Ann Lee, 45, and Tom Wu, 52, sued the Nordic Institute.",
			[]string{"Ann Lee -sign-> accord", "Tom Wu -sign-> accord", "Ann Lee -sue-> Nordic Institute", "Tom Wu -sue-> Nordic Institute"},
			[]string{"Halvik Holdings -sign-> accord"},
			"a subject list whose members carry appositions in commas: each named member acts, the apposition's organisation does not"},
		{"Tom Wu met Ann Lee, the head of the Marren Group, and Ola Berg on Monday. Police arrested Per Dahl, 45, and Kari Holm, 52.",
			[]string{"Tom Wu -meet-> Ann Lee", "Tom Wu -meet-> Ola Berg", "Police -arrest-> Per Dahl", "Police -arrest-> Kari Holm"}, nil,
			"an object list goes on after a member's apposition when ', and' and a name follow it"},
		{"Tom Wu, who founded the Marren Group, and Ann Lee met Ola Berg. Per Dahl and his wife Kari Holm sued Halvik Holdings.",
			[]string{"Tom Wu -meet-> Ola Berg", "Ann Lee -meet-> Ola Berg", "Per Dahl -sue-> Halvik Holdings", "Kari Holm -sue-> Halvik Holdings"}, nil,
			"a member's relative clause in commas, or its noun before the name, keeps the member in the list"},
		{"Germany, France and Italy signed a treaty. Ann Lee, Tom Wu and Ola Berg signed the accord with Halvik Holdings. Per Dahl and Kari Holm are in talks to sign up for the new series.",
			[]string{"Germany -sign_with-> France", "Germany -sign_with-> Italy", "France -sign_with-> Italy", "Ann Lee -sign_with-> Halvik Holdings", "Ola Berg -sign_with-> Halvik Holdings"},
			[]string{"Ann Lee -sign_with-> Tom Wu", "Tom Wu -sign_with-> Ola Berg", "Per Dahl -sign_up_with-> Kari Holm", "Per Dahl -sign_with-> Kari Holm"},
			"a reciprocal verb pairs every two members of its subject list, unless a with-phrase names the partner; sign up is not reciprocal"},
		{"Manufacturing firms, including Halvik Holdings, Globex and Initech, have been negotiating with unions over pay. Norway and Sweden held talks with the rebels. Norway and Denmark negotiated for weeks.",
			[]string{"Norway -negotiate_with-> Denmark"},
			[]string{"Halvik Holdings -negotiate_with-> Globex", "Globex -negotiate_with-> Initech", "Norway -talk_with-> Sweden"},
			"a partner named by a plural noun, no name, makes the act a shared one too"},
		{"Ann Lee, Tom Wu and Ola Berg signed a letter to the Marren Group.",
			[]string{"Ann Lee -sign_to-> Marren Group"}, []string{"Ann Lee -sign_with-> Tom Wu", "Ann Lee -sign_with-> Ola Berg"},
			"a list that acts towards another actor acts together, not with each other"},
		{"Ann Lee and Tom Wu each sued the Marren Group. Police arrested two men, Per Dahl and Ola Berg, on Monday. Two firms, Halvik Holdings and the Nordic Institute, sued Kari Holm.",
			[]string{"Ann Lee -sue-> Marren Group", "Tom Wu -sue-> Marren Group", "Police -arrest-> Per Dahl", "Police -arrest-> Ola Berg",
				"Halvik Holdings -sue-> Kari Holm", "Nordic Institute -sue-> Kari Holm"}, nil,
			"a floating each after a list, and names in apposition to a plural noun, give each member the act"},
		{"Ann Lee, along with Tom Wu and Ola Berg, sued the Marren Group.",
			[]string{"Ann Lee -sue-> Marren Group", "Tom Wu -sue-> Marren Group", "Ola Berg -sue-> Marren Group"}, nil,
			"a list after along with, set off by commas, acts with the subject"},
		{"Tom Wu met Ann Lee, who leads the Marren Group, and Ola Berg.",
			[]string{"Tom Wu -meet-> Ann Lee", "Tom Wu -meet-> Ola Berg", "Ann Lee -lead-> Marren Group"}, []string{"Ann Lee -lead-> Ola Berg"},
			"a comma and and after a member's relative clause go on with the main clause's list, not the relative's"},
		{"The accord was signed by Ann Lee, Tom Wu and Ola Berg. The Marren Group will sue either Halvik Holdings or the Nordic Institute.",
			[]string{"Ann Lee -sign_with-> Ola Berg", "Marren Group -sue-> Halvik Holdings", "Marren Group -sue-> Nordic Institute"}, nil,
			"listed agents of a reciprocal passive are all paired; either opens an object list"},
		{"Tom Wu was questioned, arrested and charged by the police. Ann Lee was arrested and later released by the Harbor Council.",
			[]string{"Harbor Council -arrest-> Ann Lee", "Harbor Council -release-> Ann Lee"}, nil,
			"coordinated passives share the agent that follows the last of them, across commas and an adverb"},
		{"Three firms, Halvik Holdings, the Marren Group and the Nordic Institute, sued Kari Holm.",
			[]string{"Halvik Holdings -sue-> Kari Holm", "Marren Group -sue-> Kari Holm", "Nordic Institute -sue-> Kari Holm"}, nil,
			"a list of three or more names in apposition to a plural subject: the commas inside the list open no apposition"},
		{"Kari Holm spoke on Monday. Three firms — Halvik Holdings, the Marren Group and the Nordic Institute — have sued Per Dahl.",
			[]string{"Halvik Holdings -sue-> Per Dahl", "Marren Group -sue-> Per Dahl", "Nordic Institute -sue-> Per Dahl"}, nil,
			"dashes set off the apposed list as commas do"},
		{"Kari Holm met three executives — Ann Lee, Ola Berg and Per Dahl — on Monday.",
			[]string{"Kari Holm -meet-> Ann Lee", "Kari Holm -meet-> Ola Berg", "Kari Holm -meet-> Per Dahl"}, nil,
			"names between dashes after a plural object are its members"},
		{"The Varo Assembly has impeached two presidents in the history of Halvik, Ann Lee and Tom Wu. Kari Holm sent letters to the mayor, Ola Berg and Per Dahl.",
			[]string{"Varo Assembly -impeach-> Ann Lee", "Varo Assembly -impeach-> Tom Wu"},
			[]string{"Varo Assembly -impeach-> Halvik"},
			"names closing the sentence after a plural object and its in-phrase, set off by a comma, are the object's members"},
		{"Halvik Holdings and the Marren Group, both members of the Nordic Steel Association, sued Kari Holm.",
			[]string{"Halvik Holdings -member_of-> Nordic Steel Association", "Marren Group -member_of-> Nordic Steel Association",
				"Halvik Holdings -sue-> Kari Holm", "Marren Group -sue-> Kari Holm"}, nil,
			"both members of after a list of organisations gives each the membership"},
		{"Officials from Halvik Holdings, the Marren Group and the Nordic Institute criticised Kari Holm. Per Dahl met representatives of Halvik Holdings and the Marren Group.",
			[]string{"Halvik Holdings -criticise-> Kari Holm", "Marren Group -criticise-> Kari Holm", "Nordic Institute -criticise-> Kari Holm",
				"Per Dahl -meet-> Halvik Holdings", "Per Dahl -meet-> Marren Group"},
			[]string{"Halvik Holdings -from-> Marren Group", "Halvik Holdings -from-> Nordic Institute"},
			"envoys from or of a list of bodies act for each body; their from-phrase is no fact between the bodies"},
		{"Ola Berg met officials from the Marren Group. Per Dahl was criticised by officials from Halvik Holdings. A lawyer from the Nordic Institute sued Kari Holm.",
			[]string{"Ola Berg -meet-> Marren Group", "Halvik Holdings -criticise-> Per Dahl"}, []string{"Nordic Institute -sue-> Kari Holm"},
			"officials from a body act for it, in the object and the by-agent; a lawyer from a place or body is not its envoy"},
		{"An official from the Velby Transit Authority said: \"We are working with colleagues in the Velby Police.\" Ola Berg met counterparts at the Marren Group.",
			[]string{"Velby Transit Authority -work_with-> Velby Police", "Ola Berg -meet-> Marren Group"}, nil,
			"colleagues or counterparts in or at a body act for it, as its officials do"},
		{"Police in Norway, Sweden and Finland arrested Per Dahl.",
			[]string{"Police -locate_in-> Norway", "Police -locate_in-> Finland", "Police -arrest-> Per Dahl"}, nil,
			"a place list after the subject's noun goes on to its last member, right before the verb"},
		{"Ann Lee of the Green Party and Tom Wu of the Labour Party criticised the Marren Group. Halvik Holdings sued Ola Berg of the Centre Party and Per Dahl of the Nordic Institute.",
			[]string{"Ann Lee -criticise-> Marren Group", "Tom Wu -criticise-> Marren Group", "Ann Lee -member_of-> Green Party", "Tom Wu -member_of-> Labour Party",
				"Halvik Holdings -sue-> Ola Berg", "Halvik Holdings -sue-> Per Dahl"}, nil,
			"names each with an of-phrase of its own are listed, in the subject and the object"},
		{"Ann Lee criticised and later sued the Marren Group. Tom Wu resigned, and later joined the Nordic Institute.",
			[]string{"Ann Lee -criticise-> Marren Group", "Ann Lee -sue-> Marren Group", "Tom Wu -join-> Nordic Institute"},
			[]string{"Tom Wu -resign-> Nordic Institute"},
			"coordinated verbs share their object across an adverb, but not across a comma before the coordinator"},
		{"Ann Lee was criticised yesterday by officials from Norway, Sweden and Finland.",
			[]string{"Norway -criticise-> Ann Lee", "Sweden -criticise-> Ann Lee", "Finland -criticise-> Ann Lee"}, nil,
			"the last member of a by-list after an adverb ends at the sentence's full stop, which is no part of its name"},
		{"British, French and German officials criticised Ann Lee. Tom Wu was questioned by Italian and Spanish police. Per Dahl met Egyptian, Jordanian and Saudi diplomats.",
			[]string{"British officials -criticise-> Ann Lee", "French officials -criticise-> Ann Lee", "German officials -criticise-> Ann Lee",
				"Italian police -question-> Tom Wu", "Spanish police -question-> Tom Wu",
				"Per Dahl -meet-> Egyptian diplomats", "Per Dahl -meet-> Jordanian diplomats", "Per Dahl -meet-> Saudi diplomats"}, nil,
			"a list of nationality adjectives before a group noun names one group for each, in the subject, the by-agent and the object"},
		{"Ann Lee was condemned by government officials from Norway, Sweden and Finland. Tom Wu was criticised by the leaders of Norway, Denmark and Iceland. Kari Holm was criticised by delegations from Estonia and Latvia.",
			[]string{"Norway -condemn-> Ann Lee", "Sweden -condemn-> Ann Lee", "Finland -condemn-> Ann Lee",
				"Norway -criticise-> Tom Wu", "Denmark -criticise-> Tom Wu", "Iceland -criticise-> Tom Wu",
				"Estonia -criticise-> Kari Holm", "Latvia -criticise-> Kari Holm"}, nil,
			"envoys and leaders of a by-list of states act for each, also with a noun before the envoys"},
		{"The governments of Chile, Peru and Bolivia criticised Per Dahl. Ola Berg told the delegates at the Nordic Forum that he would resign.",
			[]string{"Chilean government -criticise-> Per Dahl", "Peru -criticise-> Per Dahl", "Bolivia -criticise-> Per Dahl"},
			[]string{"Ola Berg -tell-> Nordic Forum"},
			"the governments of a list of states: the first is its state's government; delegates at a meeting are not its envoys"},
		{"Ann Lee was condemned by officials from both Norway and Sweden. Tom Wu was criticised by Norway, Sweden and Denmark, along with Iceland.",
			[]string{"Norway -condemn-> Ann Lee", "Sweden -condemn-> Ann Lee", "Norway -criticise-> Tom Wu", "Denmark -criticise-> Tom Wu", "Iceland -criticise-> Tom Wu"},
			[]string{"Norway -from-> Sweden"},
			"envoys from both A and B act for each; a partner after along with at the end of a by-list acts too"},
		{"Officials from Norway, Sweden and Denmark, as well as Iceland, criticised Per Dahl.",
			[]string{"Norway -criticise-> Per Dahl", "Sweden -criticise-> Per Dahl", "Denmark -criticise-> Per Dahl", "Iceland -criticise-> Per Dahl"}, nil,
			"envoys from a list before a partner set off by commas act for each listed state"},
		{"Norway, Sweden, as well as Denmark, criticised Per Dahl. Ann Lee was condemned by Iceland and officials from Estonia, Latvia and Lithuania.",
			[]string{"Norway -criticise-> Per Dahl", "Sweden -criticise-> Per Dahl", "Denmark -criticise-> Per Dahl",
				"Iceland -condemn-> Ann Lee", "Estonia -condemn-> Ann Lee", "Latvia -condemn-> Ann Lee", "Lithuania -condemn-> Ann Lee"}, nil,
			"names joined by commas before an as-well-as partner are a list; envoys from a list may end a by-list"},
		{"The British, French and German governments criticised Per Dahl. Ann Lee met the Dutch, Belgian and Swedish ambassadors. Tom Wu was criticised by Danish, Finnish, and Norwegian officials.",
			[]string{"British government -criticise-> Per Dahl", "French government -criticise-> Per Dahl", "German government -criticise-> Per Dahl",
				"Ann Lee -meet-> Netherlands", "Ann Lee -meet-> Belgium", "Ann Lee -meet-> Sweden",
				"Danish officials -criticise-> Tom Wu", "Finnish officials -criticise-> Tom Wu", "Norwegian officials -criticise-> Tom Wu"}, nil,
			"nationality adjectives listed before governments or state officials stand for each state, also with a comma before and"},
		{"Per Dahl was criticised by the presidents of Chile, Peru and Bolivia, who met Ann Lee.",
			[]string{"Chile -meet-> Ann Lee", "Peru -meet-> Ann Lee", "Bolivia -meet-> Ann Lee"}, nil,
			"a relative clause set off after a list, with a verb that is not singular, is about every member"},
		{"Per Dahl was sharply criticised by Austrian, Czech and Slovak officials. Tom Wu was welcomed by both the Irish and British prime ministers.",
			[]string{"Austrian officials -criticise-> Per Dahl", "Czech officials -criticise-> Per Dahl", "Slovak officials -criticise-> Per Dahl",
				"Ireland -welcome-> Tom Wu", "United Kingdom -welcome-> Tom Wu"}, nil,
			"a list of nationalities some of which the tagger reads as proper nouns; both the A and B ministers"},
		{"Representatives of the Norwegian, Swedish and Danish governments met Ann Lee. Per Dahl was criticised by spokesmen for Norway, Sweden and Denmark.",
			[]string{"Norwegian government -meet-> Ann Lee", "Swedish government -meet-> Ann Lee", "Danish government -meet-> Ann Lee",
				"Norway -criticise-> Per Dahl", "Sweden -criticise-> Per Dahl", "Denmark -criticise-> Per Dahl"}, nil,
			"envoys of a list of governments named by adjectives, and spokesmen for a list of states, act for each"},
		{"Ann Lee was criticised by Tom Wu and Per Dahl, both members of the Green Party.",
			[]string{"Tom Wu -member_of-> Green Party", "Per Dahl -member_of-> Green Party", "Tom Wu -criticise-> Ann Lee", "Per Dahl -criticise-> Ann Lee"}, nil,
			"both members of after a by-list gives each agent the membership"},
		{"Ann Lee and Tom Wu, senior researchers at the Halvik Institute, wrote the report. Norway and Sweden, members of NATO, signed the deal. Ann Lee met Per Dahl and Ola Berg, leaders of the Harbor Party.",
			[]string{"Ann Lee -work_for-> Halvik Institute", "Tom Wu -work_for-> Halvik Institute", "Norway -member_of-> NATO", "Sweden -member_of-> NATO",
				"Per Dahl -lead-> Harbor Party", "Ola Berg -lead-> Harbor Party"},
			[]string{"Ann Lee -lead-> Harbor Party"},
			"a plural role noun in apposition to a list, with no both, gives each member the role"},
		{"Ann Lee and Tom Wu, both of Halvik University, found the gene. Per Dahl and Ola Berg, both from the University of Oslo, won.",
			[]string{"Ann Lee -work_for-> Halvik University", "Tom Wu -work_for-> Halvik University"},
			[]string{"Ann Lee -member_of-> Halvik University", "Per Dahl -work_for-> University of Oslo"},
			"both of a university: its staff, as one of it is; both from it says no more than membership"},
		{"Ann Lee was condemned by officials from Norway and Sweden, as well as by the Nordic Council.",
			[]string{"Norway -condemn-> Ann Lee", "Sweden -condemn-> Ann Lee", "Nordic Council -condemn-> Ann Lee"}, nil,
			"a second by-phrase after as well as names another agent"},
		{"Per Dahl met the British, and French officials said they would protest.",
			nil, []string{"Per Dahl -meet-> British officials", "Per Dahl -meet-> French officials"},
			"a first comma and and after a nationality end the clause, not a list of adjectives"},
	})
}

// TestNeitherNor checks that the acts of a neither-nor list's members
// are negated, on sentences written for this test.
func TestNeitherNor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Neither Ann Lee nor Tom Wu criticised the Marren Group. Ola Berg praised neither Per Dahl nor Kari Holm."
	_, facts := pipelineFacts(a, x, r, text)
	n := 0
	for _, f := range facts {
		if f.Lemma != "criticise" && f.Lemma != "praise" || f.ObjectEntity == "" {
			continue
		}
		n++
		if !f.Negated {
			t.Errorf("Resolve(%q): %s -%s-> %s not negated", text, f.SubjectEntity, f.Lemma, f.ObjectEntity)
		}
	}
	if n != 4 {
		t.Errorf("Resolve(%q): %d criticise or praise facts, want 4", text, n)
	}
}

// TestPluralRoleList checks that a plural noun right before a list of
// names is each listed person's, on sentences written for this test.
func TestPluralRoleList(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Acme executives Tom Wu and Ann Lee resigned on Monday.",
			[]string{"Tom Wu -work_for-> Acme", "Ann Lee -work_for-> Acme"}, nil,
			"a body's plural staff noun before two names (a body named by one word, which no other rule lists)"},
		{"Per Dahl and his business partners Ola Berg, Kari Holm and Mia Holt bought the Marren Group in 2017.",
			[]string{"Ola Berg -partner_of-> Per Dahl", "Kari Holm -partner_of-> Per Dahl", "Mia Holt -partner_of-> Per Dahl"}, nil,
			"a person's plural relation noun before three names"},
		{"Per Dahl and partners Ola Berg and Kari Holm bought the Marren Group in 2017. Tom Wu and wife Ann Lee attended the gala.",
			[]string{"Ola Berg -partner_of-> Per Dahl", "Kari Holm -partner_of-> Per Dahl", "Tom Wu -married_to-> Ann Lee"}, nil,
			"a relation noun with no possessor after and: the actor before and is the possessor"},
		{"Halvik Holdings executive Tom Wu and Ann Lee met on Monday.",
			[]string{"Tom Wu -work_for-> Halvik Holdings"}, []string{"Ann Lee -work_for-> Halvik Holdings"},
			"a singular noun is the first name's alone"},
	})
}
