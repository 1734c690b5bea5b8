package entity

import "testing"

// TestNationalSociety checks that a nationality before "Red Cross" or "Red
// Crescent" names the national society, an organisation of its own, not
// the International Committee of the Red Cross that "Red Cross" alone
// names, on sentences written for this test.
func TestNationalSociety(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu and Ann Lee met in Oslo on Monday. Ann Lee, president of the Philippine Red Cross, visited Manila.",
			[]string{"Ann Lee -lead-> Philippine Red Cross"}, []string{"Ann Lee -lead-> International Committee of the Red Cross"},
			"a national society's president"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. Tom Wu, the head of the Norwegian Red Cross, visited Kabul.",
			[]string{"Tom Wu -lead-> Norwegian Red Cross"}, []string{"Tom Wu -lead-> International Committee of the Red Cross"},
			"a national society by its nationality's adjective"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. Norwegian Red Cross spokesman Tom Wu said the camp was full.",
			[]string{"Tom Wu -work_for-> Norwegian Red Cross"}, []string{"Tom Wu -work_for-> International Committee of the Red Cross"},
			"a national society before a title and a name"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. The Turkish Red Crescent sent aid to Syria.",
			[]string{"Turkish Red Crescent -aid-> Syria"}, nil,
			"a Red Crescent society"},
		{"Tom Wu and Ann Lee met in Oslo on Monday. Ann Lee, a spokeswoman for the Red Cross, visited Kabul.",
			[]string{"Ann Lee -work_for-> International Committee of the Red Cross"}, nil,
			"the Red Cross alone is still the international committee"},
	})
}
