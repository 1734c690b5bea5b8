package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitlesBeforeNames checks, through the whole pipeline, what a party's
// label, a legislator's title and a body's name written before a person's
// name make the person, on sentences written for this test.
func TestTitlesBeforeNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []edgeCase{
		{"US Representative Tom Wu voted against the bill. The House of Representatives passed it.",
			[]string{"Tom Wu -member_of-> House of Representatives"},
			[]string{"Tom Wu -work_for-> United States", "Tom Wu -member_of-> United States"},
			"a country's legislator sits in the chamber the document names, and works for no state"},
		{"United States Representative Ann Lee voted against the bill. Former US Congressman Tom Wu said it would pass.",
			nil,
			[]string{"Ann Lee -work_for-> United States", "Tom Wu -work_for-> United States", "Ann Lee -member_of-> United States"},
			"a country's legislator, in a document that names no chamber, is no staff of the state"},
		{"British MP Tom Wu spoke in the House of Commons on Monday.",
			[]string{"Tom Wu -member_of-> House of Commons"},
			[]string{"Tom Wu -work_for-> United Kingdom"},
			"an MP sits in the House of Commons when the document names no parliament"},
		{"Ohio Senator Ann Lee voted for the bill.",
			[]string{"Ann Lee -represent-> Ohio"},
			[]string{"Ann Lee -member_of-> Ohio"},
			"a region's senator holds its seat, as before"},
		{"Republican President Tom Wu signed the bill. Democratic Unionist Governor Ann Lee vetoed it.",
			[]string{"Tom Wu -member_of-> Republican Party", "Ann Lee -member_of-> Democratic Unionist Party"},
			[]string{"Tom Wu -lead-> Republican Party", "Ann Lee -lead-> Democratic Unionist Party"},
			"a party's adjective before an office of the state makes the holder the party's member, not its leader"},
		{"Republican Ann Lee, the current governor, vetoed the bill.",
			[]string{"Ann Lee -member_of-> Republican Party"},
			[]string{"Ann Lee -lead-> Republican Party"},
			"a party's adjective before a name with an apposed office: a member"},
		{"Tory leader Tom Wu said the election would be held in May. Labour chairman Ann Lee agreed.",
			[]string{"Tom Wu -lead-> Conservative Party", "Ann Lee -lead-> Labour Party"},
			nil,
			"a party's adjective before a party head's title leads the party, as before"},
		{"Tom Wu is the Republican governor. Ann Lee is a US congresswoman.",
			[]string{"Tom Wu -member_of-> Republican Party"},
			[]string{"Tom Wu -lead-> Republican Party", "Ann Lee -work_for-> United States", "Ann Lee -member_of-> United States"},
			"a copula's party adjective and office; a country's legislator with no chamber named"},
		{"Ann Lee, the Senate minority leader, criticised the plan. Senate Majority Leader Tom Wu agreed. Ola Berg is the Senate majority whip.",
			[]string{"Ann Lee -member_of-> US Senate", "Tom Wu -member_of-> US Senate", "Ola Berg -member_of-> US Senate"},
			[]string{"Ann Lee -work_for-> US Senate", "Tom Wu -work_for-> US Senate", "Ann Lee -lead-> US Senate", "Tom Wu -lead-> US Senate", "Ola Berg -work_for-> US Senate", "Ola Berg -lead-> US Senate"},
			"the leader or whip of a chamber's majority or minority sits in the chamber and leads none of it"},
		{"Ann Lee, a US congresswoman, spoke in the House of Representatives.",
			[]string{"Ann Lee -member_of-> House of Representatives"},
			[]string{"Ann Lee -member_of-> United States"},
			"an apposed country's legislator sits in the chamber the document names"},
		{"Tom Wu, the US representative to the United Nations, spoke. US Representative to the United Nations Ann Lee agreed.",
			[]string{"Tom Wu -work_for-> United States", "Ann Lee -work_for-> United States"},
			nil,
			"a representative to a body is the state's envoy, not a legislator"},
		{"House of Commons Speaker Ann Lee said the vote would be held. Harvard Law School Dean Tom Wu agreed. Manhattan District Attorney Mary Holt disagreed.",
			[]string{"Ann Lee -lead-> House of Commons", "Tom Wu -lead-> Harvard Law School", "Mary Holt -work_for-> Manhattan"},
			nil,
			"a capitalised role noun between a body's name and a person's full name is the body's title, not a word of one name"},
		{"Democrat Ann Lee criticised the plan. Democratic Senator Tom Wu agreed. Democratic Dean Mary Holt said the school would close.",
			[]string{"Ann Lee -member_of-> Democratic Party", "Tom Wu -member_of-> Democratic Party", "Mary Holt -member_of-> Democratic Party"},
			[]string{"Mary Holt -lead-> Democratic Party"},
			"a party's noun or adjective before a full name or a title and a full name is the party's label, no word of a person's name"},
		{"Democrat Ann Lee, the Senate minority leader, criticised the plan.",
			[]string{"Ann Lee -member_of-> Democratic Party", "Ann Lee -member_of-> US Senate"},
			[]string{"Ann Lee -lead-> Democratic Party", "Ann Lee -work_for-> US Senate"},
			"a party's member who leads its group in a chamber leads neither"},
		{"Democratic Republic of the Congo President Tom Wu spoke. Democratic Alliance leader Ann Lee agreed.",
			[]string{"Tom Wu -lead-> Democratic Republic of the Congo", "Ann Lee -lead-> Democratic Alliance"},
			[]string{"Tom Wu -member_of-> Democratic Party", "Ann Lee -member_of-> Democratic Party"},
			"a name that opens with Democratic stays whole"},
		{"The Oslo director of Amnesty International Ann Lee said the law was unfair.",
			[]string{"Ann Lee -lead-> Amnesty International"},
			nil,
			"a known body's name and a person's full name after it are two names"},
		{"Queen Elizabeth II opened the new session of the British Parliament. The United Kingdom has a new government. Britain voted last year. The UK left the European Union.",
			[]string{"Elizabeth II -lead-> United Kingdom"},
			nil,
			"a queen with a regnal number reigns over the state the report is about"},
		{"Queen Mary Holt opened the fair. The United Kingdom has a new government. Britain voted last year. The UK left the European Union.",
			nil,
			[]string{"Mary Holt -lead-> United Kingdom"},
			"a queen's title without a regnal number may be a nickname's"},
		{"Conservative MP Tom Wu commented on the vote in the House of Commons. Republican Senator Ann Lee criticised the plan. The Senate voted.",
			[]string{"Tom Wu -member_of-> Conservative Party", "Tom Wu -member_of-> House of Commons", "Ann Lee -member_of-> Republican Party", "Ann Lee -member_of-> US Senate"},
			nil,
			"a party's legislator sits in the chamber the document names as well"},
		{"Labour MP Ann Lee criticised the plan.",
			[]string{"Ann Lee -member_of-> Labour Party"},
			nil,
			"with no chamber named, the party alone"},
		{"Tom Wu, a Democrat from Ohio, criticised the plan. Democratic presidential candidate Ann Lee won the primary.",
			[]string{"Tom Wu -member_of-> Democratic Party", "Ann Lee -member_of-> Democratic Party"},
			nil,
			"Democrat or Democratic alone names the party, as Republican does"},
		{"Senate Democratic leader Tom Wu criticised the plan. Conservative leader Ann Lee agreed.",
			[]string{"Tom Wu -member_of-> US Senate", "Ann Lee -lead-> Conservative Party"},
			[]string{"Tom Wu -lead-> US Senate"},
			"a party's leader in a chamber sits in it; the party's leader leads the party"},
	}
	runEdgeCases(t, a, x, r, tests)
}
