package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPhoneCall covers two actors listed as the subject of speaking on
// or by the phone, on invented stories: they spoke with each other, where
// two who speak elsewhere need not have.
func TestPhoneCall(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Sunday, Velmoran President Tom Wu and Tarnish Prime Minister Ann Lee spoke on the phone.",
			[]string{"Tom Wu -speak_with-> Ann Lee"}, nil,
			"on the phone"},
		{"Rita Holm and Joel Sand spoke by telephone on Monday.",
			[]string{"Rita Holm -speak_with-> Joel Sand"}, nil,
			"by telephone"},
		{"Rita Holm and Joel Sand spoke at the conference on Monday.",
			nil, []string{"Rita Holm -speak_with-> Joel Sand"},
			"speaking at a conference is no talk between the speakers"},
		{"Rita Holm and Joel Sand spoke on Tuesday about a possible truce in the north.",
			[]string{"Rita Holm -speak_with-> Joel Sand"}, nil,
			"a bare spoke on a topic is a talk between the two"},
		{"Rita Holm and Joel Sand spoke to reporters about the budget on Monday.",
			nil, []string{"Rita Holm -speak_with-> Joel Sand"},
			"speaking to a third party is no talk between the speakers"},
	})
}
