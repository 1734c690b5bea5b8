package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSubnationalTitle checks that an office's title written with a word
// of a region's or a town's office is not taken for the office of the
// state a report is about, on reports written for this test.
func TestSubnationalTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const storm = "A storm hit Norway on Monday. Norway closed its ports.\n\n"
	runEdgeCases(t, a, x, r, []edgeCase{
		{storm + "\"It will worsen,\" said Tom Wu, the regional president, as the storm reached the coast.",
			nil, []string{"Tom Wu -lead-> Norway"},
			"a regional president heads a region, not the state"},
		{storm + "Local president Ann Lee said roads were closed.",
			nil, []string{"Ann Lee -lead-> Norway"},
			"a local office written before the name"},
		{storm + "\"It will worsen,\" said Tom Wu, the president, as the storm reached the coast.",
			[]string{"Tom Wu -lead-> Norway"}, nil,
			"a president with no such word heads the state the report is about"},
	})
}

// TestRegionalHead checks that a president or premier whose title is
// written with "regional" or "provincial" heads the one region the
// sentence, or else the report, names, as a regional governor does, on
// reports written for this test.
func TestRegionalHead(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Floods hit Norway on Monday.\n\n\"It will worsen,\" said Tom Wu, the regional president, as the water reached Velmora Province.",
			[]string{"Tom Wu -lead-> Velmora Province"}, []string{"Tom Wu -lead-> Norway"},
			"an apposed regional president heads the region his sentence names"},
		{"Floods hit Velmora Province in Norway on Monday.\n\nProvincial Premier Ann Lee closed the schools.",
			[]string{"Ann Lee -lead-> Velmora Province"}, []string{"Ann Lee -lead-> Norway"},
			"a provincial premier heads the one region the report names"},
		{"Floods hit Velmora Province and Kalvo Province on Monday.\n\nTom Wu, the regional president, closed the schools.",
			nil, []string{"Tom Wu -lead-> Velmora Province", "Tom Wu -lead-> Kalvo Province"},
			"two regions named: no way to tell whose president he is"},
	})
}

// TestTitleThenWhatOf checks that "of" after a titled name opens the body
// the title belongs to only when a name follows it: what a minister told
// of ("of the damage", a quotation) leaves the title to the state the
// report is about, on reports written for this test.
func TestTitleThenWhatOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const flood = "A flood hit Tomsk, Norway, on Monday. President Oleg Varin was briefed.\n\n"
	runEdgeCases(t, a, x, r, []edgeCase{
		{flood + "He was told by Water Minister Pavel Orlov of the damage to the dams.",
			[]string{"Pavel Orlov -work_for-> Norway", "Pavel Orlov -tell-> Oleg Varin"}, nil,
			"what he was told of is no body of the minister's"},
		{flood + "In a meeting he was told by Emergencies Minister Pavel Orlov of \"many people under the mud\".",
			[]string{"Pavel Orlov -work_for-> Norway"}, nil,
			"a quotation after of is no body either"},
		{flood + "He was told by Minister Pavel Orlov of the Velmora Party that the dams held.",
			nil, []string{"Pavel Orlov -work_for-> Norway"},
			"a name after of opens the body, which the role rules read"},
	})
}

// TestJusticeOfOneCourt checks that "Chief Justice" and "Justice" before a
// name, in a report that names one court, give its head and a member of
// its bench, as "Judge" gives its judge, on reports written for this test.
func TestJusticeOfOneCourt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const died = "Tom Wu, a former justice of the Supreme Court, died on Monday.\n\n"
	runEdgeCases(t, a, x, r, []edgeCase{
		{died + "\"He was kind,\" wrote Chief Justice Ann Lee.",
			[]string{"Ann Lee -lead-> Supreme Court"}, []string{"Ann Lee -work_for-> Supreme Court"},
			"the chief justice heads the one court"},
		{died + "Justice Ann Lee praised him.",
			[]string{"Ann Lee -work_for-> Supreme Court"}, []string{"Ann Lee -lead-> Supreme Court"},
			"a justice sits on its bench"},
		{"Tom Wu lost his case at the Supreme Court and then at the Appeals Court.\n\nChief Justice Ann Lee read the ruling.",
			nil, []string{"Ann Lee -lead-> Supreme Court", "Ann Lee -lead-> Appeals Court"},
			"two courts named: no way to tell whose"},
	})
}
