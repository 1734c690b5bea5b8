package entity

import "testing"

// TestInvitedVisit checks a state visit made at a leader's invitation
// when the host is named with the state of the office after "of", or the
// guest's company is named with the guest: the host invited the guest.
func TestInvitedVisit(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Lena Varga arrived in Ghana at the invitation of President of Ghana Kofi Mensah.",
			[]string{"Kofi Mensah -invite-> Lena Varga"}, []string{"Ghana -invite-> Lena Varga"},
			"the title, its state after of, then the name"},
		{"Prime Minister Lena Varga arrived in Ghana at the invitation of the President of Ghana, Kofi Mensah.",
			[]string{"Kofi Mensah -invite-> Lena Varga"}, nil,
			"the name set off by a comma after the office"},
		{"Prime Minister Lena Varga and her delegation left for Ghana at the invitation of Ghanaian President Kofi Mensah.",
			[]string{"Kofi Mensah -invite-> Lena Varga"}, nil,
			"the guest and her delegation"},
	})
}
