package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlaces5 checks headlines, places and movements (places5 round).
func TestPlaces5(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegian Storting Finance Committee questions Halvik Holdings\n\nThe Norwegian Storting Finance Committee on Monday summoned Halvik Holdings to a hearing.",
			[]string{"Norwegian Storting Finance Committee -question-> Halvik Holdings"}, nil,
			"a body's name of several words stays a name in the headline"},
		{"US House of Representatives impeaches President Wu\n\nThe United States House of Representatives voted on Wednesday to fine President Tom Wu. Wu said he would appeal.",
			[]string{"House of Representatives -impeach-> Tom Wu"}, nil,
			"a body's name of several words that the body gives it names it in the headline"},
		{"The Bergen Police Department said the march was peaceful. Tom Wu later moved a few blocks to the police headquarters. Ann Lee's supporters surrounded the city's main police complex.",
			[]string{"Tom Wu -move_to-> Bergen Police Department"}, nil,
			"a police headquarters stands for the police"},
		{"Bergen protesters surround downtown police complex\n\nThe Bergen Police Department said Halvik Holdings staff had joined the protest.",
			nil, []string{"Bergen -surround-> Bergen Police Department"},
			"the protesters of a town are not the town"},
		{"The Bergen Police Department took Tom Wu to a police station in Halden. Tom Wu waited outside the police car.",
			nil, []string{"Bergen Police Department -take_to-> Bergen Police Department"},
			"a police station after a is a place; a police car is no actor"},
		{"Tom Wu appeared in Halvik District Court, Norway yesterday.",
			[]string{"Tom Wu -appear_in-> Halvik District Court", "Halvik District Court -locate_in-> Norway"}, nil,
			"appearing in a court is no part in a film; a date may close the court's place"},
		{"Ann Lee appeared in Dark Harbour, a thriller, in 2004.",
			nil, []string{"Ann Lee -appear_in-> Dark Harbour"},
			"a film one appears in stays no actor"},
		{"Tom Wu visited Halvik Hospital, Oslo and Bergen last week.",
			nil, []string{"Halvik Hospital -locate_in-> Oslo"},
			"a list is no place in apposition"},
		{"Halvik Holdings, a Norwegian shipping firm, sued Tom Wu on Monday. The Norwegian company accused Wu of fraud.",
			[]string{"Halvik Holdings -accuse-> Tom Wu"}, nil,
			"the state's adjective and a noun that describes a named body take the body up"},
		{"Halvik Holdings, a Norwegian shipping firm, sued Tom Wu on Monday. The Swedish company accused Wu of fraud.",
			nil, []string{"Halvik Holdings -accuse-> Tom Wu"},
			"a body placed in another state is not taken up"},
		{"The Court of Session in Edinburgh heard the case on Monday. The Scottish court ordered Tom Wu to pay.",
			[]string{"Court of Session -order-> Tom Wu"}, nil,
			"a court named by its state's adjective"},
		{"Scottish court fines Halvik Holdings\n\nThe Court of Session in Edinburgh ruled on Wednesday that Halvik Holdings had broken the law.",
			[]string{"Court of Session -fine-> Halvik Holdings"}, nil,
			"a headline in sentence case: a state's adjective and a noun describe the body the report names"},
		{"Swedish court fines Halvik Holdings\n\nThe Court of Session in Edinburgh ruled on Wednesday that Halvik Holdings had broken the law.",
			nil, []string{"Court of Session -fine-> Halvik Holdings"},
			"a court of another state is not the one the report names"},
		{"Kari Berg used Instagram to thank the Bergen Football Club on Monday.",
			[]string{"Kari Berg -thank-> Bergen Football Club"}, []string{"Kari Berg -use-> Instagram"},
			"a platform one uses is a medium, no actor acted on"},
		{"Halden was less affected by the storm than other parts of Chile.",
			[]string{"Halden -locate_in-> Chile"}, nil,
			"a place compared with other parts of a place lies in it"},
		{"Unlike other towns in Norway, Kjosen voted against Tom Wu.",
			[]string{"Kjosen -locate_in-> Norway"}, nil,
			"other towns in a state"},
		{"Ann Lee flew from Oslo to Bergen and other cities in Chile.",
			nil, []string{"Oslo -locate_in-> Chile", "Bergen -locate_in-> Chile"},
			"two other places: none is placed"},
		{"Arrest made as mayor of Halden stabbed on stage\n\nTom Wu, the mayor of Halden, was stabbed on stage on Sunday.",
			[]string{"Tom Wu -lead-> Halden"}, nil,
			"a headline's office without a name is the one person the report gives it"},
		{"Mayor of Halden attacks Bergen Football Club\n\nTom Wu, the mayor of Halden, criticised Bergen Football Club on Sunday.",
			[]string{"Tom Wu -lead-> Halden"}, []string{"Halden -attack-> Bergen Football Club"},
			"an office the apposition rules give late: its holder, and the place is not the subject"},
		{"Mayor of Halden attacks Bergen Football Club\n\nTom Wu, the mayor of Halden, and Ann Lee, the mayor of Halden until 2019, criticised Bergen Football Club.",
			nil, []string{"Tom Wu -attack-> Bergen Football Club", "Ann Lee -attack-> Bergen Football Club"},
			"two holders: none"},
		{"Members of the Halden Party marched from Vik Park toward Bergen on Sunday.",
			[]string{"Halden Party -march_to-> Bergen"}, nil,
			"toward names a movement's destination"},
		{"The Halden Party marched from Vik Park to the police headquarters. The Bergen Police Department watched.",
			[]string{"Halden Party -march_to-> Bergen Police Department"}, nil,
			"a body is a destination too"},
		{"Tom Wu moved his company from Oslo toward Bergen.",
			nil, []string{"Tom Wu -move_to-> Bergen"},
			"an object that moved is no path of the subject"},
		{"Halvik Holdings sued Tom Wu on Monday. The Norwegian company accused Wu of fraud.",
			[]string{"Halvik Holdings -locate_in-> Norway"}, nil,
			"the adjective of a description that took a body up places the body, as before a name"},
		{"Tom Wu will join Berg Cars, which owns 44% of the Norwegian carmaker, in April.",
			nil, []string{"Berg Cars -locate_in-> Norway"},
			"a description does not take up a body named before it in its sentence"},
	})
}
