package schema

import "testing"

func TestCanonicalRelation(t *testing.T) {
	tests := []struct {
		lemma, want, why string
	}{
		{"dispatch", Deploy, "a synonym verb maps to the vocabulary"},
		{"dispatch_to", Deploy, "particles after a known verb are dropped"},
		{"position_near", LocateNear, "a whole phrase is looked up first"},
		{"be_in", LocateIn, "copula + preposition is a location"},
		{"travel_to", TravelTo, "vocabulary lemmas map to themselves"},
		{"oversee", Oversee, "vocabulary lemmas map to themselves"},
		{"Accuse", Accuse, "case is ignored"},
		{"according_to", Cite, "attribution phrases are citations"},
		{"lead_to", Cause, "\"leading to\" is causation, not leadership"},
		{"raise_question_about", "raise_question_about", "unknown lemmas pass through"},
		{"say_that_they_will", "say_that_they_will", "a known verb with content words is not collapsed"},
		{"speak_with", Meet, "talking with someone is a meeting"},
		{"shoot_down", Attack, "a verb with its particle as a whole phrase"},
		{"ask_for", Urge, "asking someone for something urges them"},
		{"be_headquartered_in", LocateIn, "a seat is a location"},
		{"lie_in", LocateIn, "a place that lies in another is located in it"},
		{"be_situate_in", LocateIn, "so is one situated in it"},
		{"fire", Launch, "firing alone launches a missile"},
		{"fire_at", Attack, "firing at someone attacks them"},
		{"", "", "empty stays empty"},
		{"dispatch_", "dispatch_", "an empty word after the verb is no particle"},
		{"dispatch__to", "dispatch__to", "nor is one between particles"},
		{"dispatch_to_", "dispatch_to_", "nor one at the end"},
	}
	for _, tc := range tests {
		if got := CanonicalRelation(tc.lemma); got != tc.want {
			t.Errorf("CanonicalRelation(%q) = %q, want %q (%s)", tc.lemma, got, tc.want, tc.why)
		}
	}
}

func TestRelationsCanonical(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Relations {
		if seen[r] {
			t.Errorf("Relations lists %q twice", r)
		}
		seen[r] = true
		if got := CanonicalRelation(r); got != r {
			t.Errorf("CanonicalRelation(%q) = %q: every vocabulary lemma must map to itself", r, got)
		}
		if Slug(r) != r {
			t.Errorf("relation %q is not a valid IRI local part", r)
		}
	}
	for _, m := range []map[string]string{relationPhrases, relationVerbs} {
		for k, v := range m {
			if !seen[v] {
				t.Errorf("%q maps to %q, which is not in Relations", k, v)
			}
		}
	}
}

func TestStatedRelationCite(t *testing.T) {
	tests := []struct {
		lemma, want, why string
	}{
		{"quote", "quote", "a verb of citing is an act and keeps its verb"},
		{"cite", "cite", "the verb cite is its own lemma"},
		{"according_to", Cite, "an attribution phrase takes the class"},
		{"be_member_of", MemberOf, "other states still take their class"},
		{"head", Lead, "heading a body is leading it, as a title says"},
		{"chair", Lead, "so is chairing it"},
		{"head_to", "head_to", "heading somewhere is no role"},
		{"marry_to", "married_to", "being married to someone is the state a spouse's noun states"},
		{"marry", "marry", "the wedding stays an act"},
	}
	for _, tc := range tests {
		if got := StatedRelation(tc.lemma); got != tc.want {
			t.Errorf("StatedRelation(%q) = %q, want %q (%s)", tc.lemma, got, tc.want, tc.why)
		}
	}
}
