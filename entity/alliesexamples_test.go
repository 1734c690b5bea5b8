package entity

import "testing"

// TestAlliesExamples: the examples after a bare "allies" ("allies such as
// Norway", "key allies, including Norway and Denmark") are the clause
// subject's allies, whatever its verb did to them; a possessor before the
// noun names whose allies they are, and a person has none so.
func TestAlliesExamples(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sweden has been encouraging allies such as Norway to restrict the airline. Finland urged key allies, including Poland and Denmark, to act.",
			[]string{"Sweden -ally_of-> Norway", "Sweden -encourage-> Norway", "Finland -ally_of-> Poland", "Finland -ally_of-> Denmark"},
			nil,
			"each example after the bare plural, also later on the list"},
		{"Sweden criticised Norway's allies such as Finland. Tom Wu met allies such as Ann Lee.",
			nil,
			[]string{"Sweden -ally_of-> Finland", "Tom Wu -ally_of-> Ann Lee"},
			"a possessor's allies are not the subject's; a person's are no alliance"},
	})
}

// TestAdverbAllyApposition: an apposition that an adverb of the role's
// time opens ("previously an ally of", "formerly a unit of") relates the
// two bodies as one without the adverb does.
func TestAdverbAllyApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Centre Party, previously an ally of the Labour Party, voted against the bill. Halvik Bank, formerly a unit of Norland Holdings, cut 300 jobs.",
			[]string{"Centre Party -ally_of-> Labour Party", "Halvik Bank -part_of-> Norland Holdings"},
			nil,
			"'previously' and 'formerly' before the apposition"},
	})
}
