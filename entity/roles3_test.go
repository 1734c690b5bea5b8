package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLeftToBecome covers a post left for another ("resigned to become
// mayor"), which says the new post was taken, on invented sentences.
func TestLeftToBecome(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Lia Dorn resigned to become mayor of Dayton.",
			[]string{"Lia Dorn -lead-> Dayton"}, []string{"Lia Dorn -become-> Dayton"},
			"a post left for another: the new one is held"},
		{"Lia Dorn hopes to become mayor of Dayton.",
			nil, []string{"Lia Dorn -lead-> Dayton"},
			"a post hoped for is not held"},
	})
}

// TestHeldSeat covers a seat for a place that a copula or a verb of
// serving gives its subject ("is the junior Senator from Oregon"), on
// invented sentences.
func TestHeldSeat(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Farm bill stalls\n\nTom Reyes, who backed farm subsidies in his first campaign, is currently serving as the senior Senator from Oregon.",
			[]string{"Tom Reyes -represent-> Oregon", "Tom Reyes -member_of-> United States Senate"}, nil,
			"serving as a senator from a state holds its seat"},
		{"Joel Sand is the Labour MP for Leeds North.",
			[]string{"Joel Sand -represent-> Leeds North"}, nil,
			"a copula's seat for a constituency"},
		{"Joel Sand hopes to be a Senator for Ohio.",
			nil, []string{"Joel Sand -represent-> Ohio"},
			"a seat hoped for is not held"},
		{"Joel Sand is the Special Representative for Syria.",
			nil, []string{"Joel Sand -represent-> Syria"},
			"an envoy's brief is no seat"},
	})
}

// TestApposedParticiple covers a participle after a description in
// apposition with a name, whose subject is the named person ("Ken Aas, a
// lawyer representing Rita Holm,"), on invented sentences.
func TestApposedParticiple(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Trial opens in Oslo\n\nRita Holm sued the city on Monday. Ken Aas, a Bergen attorney representing Holm, declined to comment.",
			[]string{"Ken Aas -represent-> Rita Holm"}, nil,
			"the apposed lawyer is the one who represents her"},
		{"Ken Aas, a diplomat representing Norway, declined to comment.",
			[]string{"Ken Aas -represent-> Norway"}, nil,
			"an apposed role noun before the participle"},
	})
}

// TestElectedMember covers a person elected to a chamber or a council,
// who sits in it, on invented sentences.
func TestElectedMember(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Veteran lawmaker dies\n\nRana Dev was elected to the Lok Sabha in 1999.",
			[]string{"Rana Dev -member_of-> Lok Sabha"}, nil,
			"elected to a chamber: its member"},
		{"Veteran lawmaker dies\n\nTom Wu was re-elected to the Halvik City Council in 2015.",
			[]string{"Tom Wu -member_of-> Halvik City Council"}, nil,
			"re-elected to a council: its member"},
		{"Veteran lawmaker dies\n\nTom Wu hopes to be elected to the Halvik City Council.",
			nil, []string{"Tom Wu -member_of-> Halvik City Council"},
			"a seat hoped for is not held"},
		{"Veteran lawmaker dies\n\nTom Wu had previously represented Kalvo Province in the Halvik National Assembly. Ann Lee represented Halden in the Kalvo Senate.",
			[]string{"Tom Wu -member_of-> Halvik National Assembly", "Tom Wu -represent-> Kalvo Province", "Ann Lee -member_of-> Kalvo Senate"}, nil,
			"one who represents a place in a chamber sits in it"},
		{"Court rules\n\nAnn Lee represented Tom Wu in the Supreme Court. Tom Wu represented Norway in the Halvik Games.",
			nil, []string{"Ann Lee -member_of-> Supreme Court", "Tom Wu -member_of-> Halvik Games"},
			"a court or a contest is no chamber"},
	})
}
