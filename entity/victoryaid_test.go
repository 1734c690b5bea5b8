package entity

import "testing"

// TestDeclaredVictoryAndAidPackages checks two acts of war reports written
// as nouns: a victory declared over a foe, and aid sent as a package.
func TestDeclaredVictoryAndAidPackages(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway declared victory over Sweden in December.",
			[]string{"Norway -defeat-> Sweden"}, nil,
			"a victory declared over the actor after over, as one claimed or won"},
		{"Tom Wu announced a new military aid package for Ukraine.",
			[]string{"Tom Wu -aid-> Ukraine"}, []string{"Tom Wu -announce_for-> Ukraine"},
			"an aid package announced for an actor is aid"},
		{"Norway sent a second aid package to Ukraine.",
			[]string{"Norway -aid-> Ukraine"}, []string{"Norway -send_to-> Ukraine"},
			"a package sent is the aid it holds"},
		{"Norway announced a new sanctions package against Russia.",
			[]string{"Norway -sanction-> Russia"}, nil,
			"a package of sanctions"},
		{"Canada adopted a package of sanctions against Belarus.",
			[]string{"Canada -sanction-> Belarus"}, nil,
			"a package with its acts after of"},
		{"Norway announced a fresh wave of sanctions against Iran.",
			[]string{"Norway -sanction-> Iran"}, nil,
			"a wave of acts, as a package of them"},
	})
}
