package entity

import "testing"

// TestTitleBodies checks that a councillor's, a commissioner's and a
// regional governor's title ties its holder to the one body of its kind
// the document names, and never to one of two, on sentences written for
// this test.
func TestTitleBodies(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Rally banned\n\nThe leader of Velby Council, Tom Harker, said the march would be banned. Councillor Harker described the group as dangerous.",
			[]string{"Tom Harker -member_of-> Velby Council"}, nil,
			"a councillor of the one council named"},
		{"Rally banned\n\nVelby Council and Lund City Council met on Monday. Councillor Tom Harker described the group as dangerous.",
			nil, []string{"Tom Harker -member_of-> Velby Council", "Tom Harker -member_of-> Lund City Council"},
			"two councils: no guess"},
		{"Trade talks\n\nA European Commission spokeswoman, speaking for Commissioner Olli Varga, told reporters that the plan was sound.",
			[]string{"Olli Varga -member_of-> European Commission"}, nil,
			"a bare commissioner of the one commission named"},
		{"Bombing\n\nThe police of the Velmar Autonomous Region said nine people died in the town of Lorn, Kessa provincial officials said. Regional Governor Joel Tolan agreed.",
			[]string{"Joel Tolan -lead-> Velmar Autonomous Region"}, nil,
			"a regional governor of the one region named as a Region"},
		{"Bombing\n\nThe police of the Velmar Autonomous Region said nine people died in Kessa Province. Regional Governor Joel Tolan agreed.",
			nil, []string{"Joel Tolan -lead-> Velmar Autonomous Region", "Joel Tolan -lead-> Kessa Province"},
			"a region and a province: no guess"},
	})
}

// TestBenchSeat checks that a judge who is on a named court's bench sits
// in the court, and that a judge replaced by one who moves from another
// court is not put in that court, on sentences written for this test.
func TestBenchSeat(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"New judge\n\nAnn Lee will replace Justice Tom Wu, who has been on the Halden High Court bench since 1997.",
			[]string{"Tom Wu -member_of-> Halden High Court"}, nil,
			"on the court's bench"},
		{"New judge\n\nLund Federal Court Justice Ann Lee has been appointed a judge of the Halden High Court, replacing her husband, Justice Tom Wu, who retires in June.",
			nil, []string{"Tom Wu -member_of-> Lund Federal Court"},
			"the replaced judge is of the court she moves to, not the one she leaves"},
	})
}

// TestWhiteHouseStaff checks that a president's staff titled before the
// name work for the White House a report names, and that a senior adviser
// beside another body is left alone, on sentences written for this test.
func TestWhiteHouseStaff(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"President ill\n\nThe president was flown from the White House to a hospital on Friday. Presidential physician Ann Lee issued a statement.",
			[]string{"Ann Lee -work_for-> White House"}, nil,
			"the president's physician"},
		{"President ill\n\nThe president was flown from the White House to a hospital on Friday. Senior advisor Tom Wu had tested positive on Thursday.",
			[]string{"Tom Wu -work_for-> White House"}, nil,
			"a senior adviser in a report on the White House"},
		{"President ill\n\nThe president was flown from the White House to a hospital on Friday. Senior advisor Tom Wu of Halvik Motors had tested positive on Thursday.",
			nil, []string{"Tom Wu -work_for-> White House"},
			"a senior adviser beside another body"},
	})
}

// TestTitleHeldState checks that a head of state's bare title in a report
// on two states restates the one state the report has the person head,
// on sentences written for this test.
func TestTitleHeldState(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Talks\n\nThe leaders of Norway and Sweden, Ann Lee and Tom Wu respectively, held talks in Oslo on Wednesday. President Lee said the partnership between Norway and Sweden was strong. Sweden and Norway signed a deal.",
			"Ann Lee -lead-> Norway", 2, "the title restates the state she heads"},
		{"Talks\n\nAnn Lee and Tom Wu held talks in Oslo on Wednesday. President Lee said the partnership between Norway and Sweden was strong. Sweden and Norway signed a deal.",
			"", 2, "no state given her: none guessed"},
	}, "lead")
}

// TestReplacedJudge checks that a judge whom one appointed to a court
// replaces sat in that court, on sentences written for this test.
func TestReplacedJudge(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"New judge\n\nLund Federal Court Justice Ann Lee has been appointed a judge of the Halden High Court, replacing her husband, Justice Tom Wu, who retires in June.",
			[]string{"Tom Wu -work_for-> Halden High Court"}, []string{"Tom Wu -member_of-> Lund Federal Court"},
			"the replaced judge's seat is the one the appointee takes"},
		{"New judge\n\nLund Federal Court Justice Ann Lee has been appointed a judge of the Halden High Court, replacing her husband, Tom Wu, who retires in June.",
			nil, []string{"Tom Wu -work_for-> Halden High Court"},
			"no judge's title: nothing said of his seat"},
	})
}
