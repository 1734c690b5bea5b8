package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGazetteerPeoplesAndTitles covers the gazetteer's regions' and
// cities' peoples ("Coloradans", "Quebecers", "Glaswegians"), the
// Democratic Party's plural and local legislators' titles, on invented
// sentences.
func TestGazetteerPeoplesAndTitles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Governor Dana Pruitt of Colorado faced a recall vote on Tuesday. Many Texans criticized Pruitt after the result. Quebecers elected Luc Fontaine as premier of Quebec last year.",
			[]string{"Texans -criticize-> Dana Pruitt", "Quebecers -elect-> Luc Fontaine"},
			nil,
			"the plural of a region's adjective or noun for its people names a group, as a country's does"},
		{"Save the Children urged Israel to allow aid into Gaza. Reporters Without Borders condemned Iran. The Committee to Protect Journalists urged Russia to release Tom Wu.",
			[]string{"Save the Children -urge-> Israel", "Reporters Without Borders -condemn-> Iran", "Committee to Protect Journalists -urge-> Russia"},
			nil,
			"aid and press-freedom groups news names often, a verb first in one's name"},
		{"Glaswegians protested against Councilman Rory Baird on Monday.",
			[]string{"Glaswegians -protest_against-> Rory Baird"},
			[]string{"Glaswegians -protest_against-> Councilman Rory Baird"},
			"a city's people are a group; a councilman's title is no part of his name"},
		{"Texan businessman Carl Voss funded Assemblywoman Rita Solis.",
			[]string{"Carl Voss -from-> Texas", "Carl Voss -fund-> Rita Solis"},
			nil,
			"a region's adjective before a person's name says where the person is from"},
		{"Democrats blocked a bill written by Senator Joan Avery on Thursday. Assemblywoman Rita Solis praised the Democrats.",
			[]string{"Rita Solis -praise-> Democratic Party"},
			[]string{"Assemblywoman Rita Solis -praise-> Democrats"},
			"\"Democrats\" alone is the Democratic Party, as \"Republicans\" is the Republican Party"},
		{"The Social Democrats won the election in Halvia. The Liberal Democrats criticized Anna Berg.",
			[]string{"Social Democrats -win_in-> Halvia", "Liberal Democrats -criticize-> Anna Berg"},
			[]string{"Democratic Party -win_in-> Halvia", "Democratic Party -criticize-> Anna Berg"},
			"a longer party name ending in Democrats stays that party"},
		{"Alderman Pete Huang met MLA Bo Kamal and Assemblyman Tom Radley in Denver. State Senator Ann Vessey criticized Kamal.",
			[]string{"Pete Huang -meet-> Bo Kamal", "Ann Vessey -criticize-> Bo Kamal"},
			[]string{"Alderman Pete Huang -meet-> MLA Bo Kamal", "Ann Vessey -member_of-> State"},
			"local and state legislators' titles before a name are titles"},
		{"Chad's president, Idriss Kebir, was killed on Monday. Chad held elections in May. The armed forces arrested Saleh Doumi on Tuesday. Abdel Gor, the head of the armed forces, praised Omar Zell.",
			[]string{"Chadian military -arrest-> Saleh Doumi", "Abdel Gor -lead-> Chadian military"},
			[]string{"Chadian troops -arrest-> Saleh Doumi"},
			"a bare \"the armed forces\" is the military of the state the report is about, as \"the military\" is"},
	})
}
