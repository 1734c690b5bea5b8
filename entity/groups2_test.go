package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGroups2 checks common-noun groups as actors (groups2 round): an
// armed movement's fighters, a people's adjective before a group noun,
// and bare plurals that refer to the one group of their kind named.
func TestGroups2(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Houthi rebels fired missiles at Norway on Monday. The rebels also attacked Sweden.",
			[]string{"Houthis -fire_missiles_at-> Norway", "Houthis -attack-> Sweden"}, nil,
			"a movement named by its members' plural is named by the singular; its rebels are the movement"},
		{"Taliban fighters attacked Norwegian troops near Halden. The militants later captured Varno.",
			[]string{"Taliban -attack-> Norwegian troops", "Taliban -capture-> Varno"},
			[]string{"Taliban troops -attack-> Norwegian troops"},
			"an armed movement's fighters are the movement, which a later \"the militants\" names"},
		{"Lund Front rebels attacked Norwegian troops on Monday. Tom Wu said Norwegian troops had killed ten rebels.",
			[]string{"Lund Front -attack-> Norwegian troops"}, []string{"Lund Front rebels -attack-> Norwegian troops"},
			"an unknown organisation's rebels are the organisation; a number of rebels is no reference"},
		{"Labour rebels criticised Tony Blair on Monday.",
			[]string{"Labour rebels -criticise-> Tony Blair"}, []string{"Labour Party -criticise-> Tony Blair"},
			"a party's rebels are its dissenters, not the party"},
		{"Hamas militants and Hezbollah fighters met in Varno. The militants attacked Halden.",
			[]string{"Hamas -attack-> Halden"}, []string{"Hezbollah -attack-> Halden"},
			"of two movements, the one named by the same noun"},
		{"NATO troops arrived in Halden. Hamas officials met Ann Lee.",
			[]string{"NATO troops -arrive_in-> Halden", "Hamas officials -meet-> Ann Lee"}, nil,
			"an alliance's troops and a movement's officials stay groups"},
		{"Kurdish fighters attacked Norwegian troops on Monday. The fighters later seized Halden. Sunni militants attacked Sweden.",
			[]string{"Kurdish fighters -attack-> Norwegian troops", "Kurdish fighters -seize-> Halden", "Sunni militants -attack-> Sweden"}, nil,
			"a people's adjective before a group noun names a group, as written"},
		{"Christian Lund met Kurdish leaders in Oslo.",
			[]string{"Christian Lund -meet-> Kurdish leaders"}, nil,
			"a people's adjective before a name is no group"},
		{"European nations refused to recognise the Lund Front. Western powers criticised Norway. Gulf states backed Sweden. Foreign powers attacked Halden. Tom Wu urged European leaders to act.",
			[]string{"European nations -not_recognise-> Lund Front", "Western powers -criticise-> Norway", "Gulf states -back-> Sweden",
				"foreign powers -attack-> Halden", "Tom Wu -urge-> European leaders"}, nil,
			"a region's adjective before a noun for states names a group of states"},
		{"Unlike most European countries, Norway does not iodise salt. Tom Wu met foreign experts in Oslo. European officials visited Halden.",
			nil, []string{"Tom Wu -meet-> foreign experts", "European officials -visit-> Halden", "Norway -unlike-> European countries"},
			"states in general and a region's officials or experts are no group"},
		{"Student groups had given Tom Wu until Thursday to resign. Human rights groups condemned Norway. Rebel groups attacked Norwegian troops.",
			[]string{"human rights groups -condemn-> Norway", "rebel groups -attack-> Norwegian troops"}, nil,
			"a cause's word before groups names a kind of group"},
		{"On Monday, Norwegian opposition groups protested against Tom Wu. OSLO — Swedish student groups criticised Ann Lee.",
			[]string{"opposition groups -protest_against-> Tom Wu", "student groups -criticise-> Ann Lee"}, nil,
			"a nationality's adjective before a cause's word and groups, inside the sentence or after a dateline"},
		{"Campaign groups including the Lund Front criticised Norway. Tom Wu sold bonds to Asian states such as Sweden and Finland. Tom Wu studied age groups.",
			[]string{"Lund Front -criticise-> Norway", "Tom Wu -sell_bonds_to-> Asian states"},
			[]string{"Lund Front -member_of-> campaign groups", "Sweden -member_of-> Asian states", "Tom Wu -study-> age groups"},
			"a kind of states or groups is no body its examples are members of"},
		{"Pro-Russian separatists attacked Ukrainian troops. Anti-government protesters criticised Tom Wu. Pro-government militias attacked Halden. Shiite militias attacked Varno.",
			[]string{"pro-Russian separatists -attack-> Ukrainian troops", "anti-government protesters -criticise-> Tom Wu",
				"pro-government militias -attack-> Halden", "Shiite militias -attack-> Varno", "pro-Russian separatists -support-> Russia"}, nil,
			"an adjective of a stance before a group noun names a group, as written"},
		{"Iranian-backed militias attacked US troops in Syria. Russian-backed separatists shelled Halden. Turkish-funded rebels clashed with Kurdish fighters.",
			[]string{"Iranian-backed militias -attack-> US troops", "Iran -back-> Iranian-backed militias",
				"Russian-backed separatists -shell-> Halden", "Russia -back-> Russian-backed separatists",
				"Turkish-funded rebels -clash_with-> Kurdish fighters", "Turkey -fund-> Turkish-funded rebels"},
			[]string{"Iranian-backed militias -support-> Iran"},
			"a state's adjective backing a group noun names a group, which the state backs"},
		{"Anti-American protesters attacked Tom Wu.",
			[]string{"anti-American protesters -attack-> Tom Wu", "anti-American protesters -oppose-> United States"}, nil,
			"a group against a state opposes it"},
		{"Pro-government newspapers criticised Tom Wu. Anti-war people met Ann Lee.",
			nil, []string{"pro-government newspapers -criticise-> Tom Wu", "anti-war people -meet-> Ann Lee"},
			"a stance's adjective names no group of things or people at large"},
		{"Supporters of Tom Wu attacked Ann Lee. Kari Berg met supporters of the Lund Front in Oslo. Supporters of the bill criticised Ann Lee.",
			[]string{"supporters of Tom Wu -attack-> Ann Lee", "supporters of Tom Wu -support-> Tom Wu",
				"Kari Berg -meet-> supporters of the Lund Front", "supporters of the Lund Front -support-> Lund Front"},
			[]string{"supporters of the bill -criticise-> Ann Lee"},
			"supporters of an actor are a group that supports it"},
		{"Bergen protesters marched on Sunday. Protesters later criticised Tom Wu. Police fired tear gas at demonstrators.",
			[]string{"Bergen protesters -criticise-> Tom Wu"}, nil,
			"a bare plural refers to the one group of its kind named"},
		{"Norwegian activists met Tom Wu. Activists from Sweden criticised Ann Lee. Rebels loyal to Tom Wu attacked Varno.",
			[]string{"Norwegian activists -meet-> Tom Wu"}, []string{"Norwegian activists -criticise-> Ann Lee"},
			"a bare plural that says whose its people are is another group"},
		{"Bergen protesters and Oslo protesters marched on Sunday. Protesters criticised Tom Wu.",
			nil, []string{"Bergen protesters -criticise-> Tom Wu", "Oslo protesters -criticise-> Tom Wu"},
			"a bare plural refers to no group when two of its kind are named"},
	})
}
