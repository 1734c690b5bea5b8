package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
)

// TestCampFacts checks the memberships that stance words state once a
// document names a political camp, on sentences written for this test.
func TestCampFacts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const camps = "The reformist camp and the pro-Moscow camp both gained seats. "
	runEdgeCases(t, a, x, r, []edgeCase{
		{camps + "Pro-Moscow veteran politician Ivan Sokol was re-elected.",
			[]string{"Ivan Sokol -member_of-> pro-Moscow camp"}, nil,
			"a stance word before lower-case role words and a name"},
		{camps + "Reformist Ana Petrova won easily.",
			[]string{"Ana Petrova -member_of-> reformist camp"}, nil,
			"a stance word right before the name"},
		{camps + "The reformist camp's Ana Petrova and Olga Sidorova were elected.",
			[]string{"Ana Petrova -member_of-> reformist camp", "Olga Sidorova -member_of-> reformist camp"}, nil,
			"the camp's possessive is shared by the list after it"},
		{camps + "Pro-Moscow councillors Ivan Sokol of the Unity Party and Pavel Orlov of the Labour Party kept their seats.",
			[]string{"Ivan Sokol -member_of-> pro-Moscow camp", "Pavel Orlov -member_of-> pro-Moscow camp",
				"Ivan Sokol -member_of-> Unity Party", "Pavel Orlov -member_of-> Labour Party"}, nil,
			"a plural role noun shares the stance with every member of the list, each with their own party"},
		{camps + "Pro-Moscow veteran Ivan Sokol and Pavel Orlov of the Labour Party spoke.",
			[]string{"Ivan Sokol -member_of-> pro-Moscow camp"}, []string{"Pavel Orlov -member_of-> pro-Moscow camp"},
			"a singular role noun keeps the stance to its own name"},
		{camps + "Pro-Moscow Unity Party's Ivan Sokol was re-elected.",
			[]string{"Unity Party -member_of-> pro-Moscow camp", "Ivan Sokol -member_of-> pro-Moscow camp"}, nil,
			"a stance before a party's possessive goes to the party and to its person"},
		{camps + "Other pro-Moscow candidates elected were Ivan Sokol of the Unity Party and Pavel Orlov.",
			[]string{"Ivan Sokol -member_of-> pro-Moscow camp", "Pavel Orlov -member_of-> pro-Moscow camp"},
			[]string{"Unity Party -member_of-> pro-Moscow camp"},
			"a copula after a stance subject lists the camp's members, not their parties"},
		{camps + "The winners were young activists from the reformist camp, Ana Petrova and Olga Sidorova.",
			[]string{"Ana Petrova -member_of-> reformist camp", "Olga Sidorova -member_of-> reformist camp"}, nil,
			"a plural noun from the camp, a comma and a list"},
		{camps + "Ivan Sokol beat another reformist candidate, veteran politician Ana Petrova.",
			[]string{"Ana Petrova -member_of-> reformist camp"}, []string{"Ivan Sokol -member_of-> reformist camp"},
			"a stance crosses a comma after a role noun to the name in apposition"},
		{camps + "Pan-democrat Ana Petrova spoke.",
			[]string{"Ana Petrova -member_of-> pan-democrat camp"}, nil,
			"a pro-, anti- or pan- stance is a camp of its own when the document names camps"},
		{"The anti-war camp met. The Anti-War Camp Committee and the Green Party's Ivan Sokol spoke.",
			[]string{"Ivan Sokol -member_of-> Green Party"}, []string{"Ivan Sokol -member_of-> anti-war camp"},
			"a longer name that holds a camp's words stays that name"},
		{"Pro-Moscow councillor Ivan Sokol and nationalist Pavel Orlov spoke.",
			nil, []string{"Ivan Sokol -member_of-> pro-Moscow camp", "Pavel Orlov -member_of-> nationalist camp"},
			"a document that names no camp has no camp actors"},
	})
}

// An edgeCase is a text, the edges its facts must hold and those they must
// not hold (stated, not background).
type edgeCase struct {
	text      string
	want, not []string
	why       string
}

// runDefaultEdgeCases runs cases through [runEdgeCases] with a resolver of
// the default options and kg's extractor.
func runDefaultEdgeCases(t *testing.T, cases []edgeCase) {
	t.Helper()
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, cases)
}

// runEdgeCases runs the whole pipeline on each case's text as a subtest.
func runEdgeCases(t *testing.T, a *nlp.Analyzer, x *extract.Extractor, r *Resolver, cases []edgeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, tc, pipelineEdges(a, x, r, tc.text, false))
		})
	}
}

// checkEdges reports the edges of tc.want missing from got and those of
// tc.not in it.
func checkEdges(t *testing.T, tc edgeCase, got []string) {
	t.Helper()
	for _, w := range tc.want {
		if !slices.Contains(got, w) {
			t.Errorf("Resolve(%q) edges = %q, want %q among them (%s)", tc.text, got, w, tc.why)
		}
	}
	for _, n := range tc.not {
		if slices.Contains(got, n) {
			t.Errorf("Resolve(%q) stored %q (%s)", tc.text, n, tc.why)
		}
	}
}

func TestSameStance(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"pan-democrat", "pan-democracy", true},
		{"pan-democratic", "pan-democracy", true},
		{"localist", "localists", true},
		{"pro-beijing", "pro-establishment", false},
		{"pro-beijing", "pro-british", false},
	}
	for _, tc := range tests {
		if got := sameStance(tc.a, tc.b); got != tc.want {
			t.Errorf("sameStance(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
