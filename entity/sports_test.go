package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestMatchReports checks, through the whole pipeline, the results that
// score lines state and who scored for whom.
func TestMatchReports(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Kelton manager Ola Berg praised his players.\n\nKelton beat Dunmore 2–1 at the stadium on Saturday.\n\nDunmore's striker Tom Wu missed a penalty.",
			[]string{"Ola Berg -work_for-> Kelton", "Kelton -beat-> Dunmore", "Tom Wu -member_of-> Dunmore"}, nil,
			"a name no list knows before a manager or a player's position is a club's, and so are its other lone mentions"},
		{"Ann Lee's manager Tom Wu declined to comment.",
			nil, []string{"Tom Wu -work_for-> Ann Lee", "Tom Wu -lead-> Ann Lee"},
			"a person's manager: only the players' positions make a possessive name a club's"},
		{"Berg defeats Lund to win Oslo Open\n\nNorwegian player Ola Berg won the final against Swedish player Tom Lund on Sunday. Lund congratulated Berg.",
			[]string{"Ola Berg -defeat-> Tom Lund"}, nil,
			"a headline's surnames are the people the text names in full, and its fact joins them"},
		{"Group B — Norway 2 – 1 Chile\n\nGroup C — Peru 0 – 3 Japan\n\nGroup D — Spain 1 – 1 Portugal",
			[]string{"Norway -defeat-> Chile", "Peru -lose_to-> Japan", "Spain -draw_with-> Portugal"}, nil,
			"a score line between two sides"},
		{"Kelton manager Ola Berg praised his players. Kelton sacked Tom Wu on Sunday, a day after the club lost 3-1 to Dunmore.",
			[]string{"Kelton -lose_to-> Dunmore"}, nil,
			"the club is the club named before, whose name says no more than a business's"},
		{"The Harbor Party met Halden Steel on Monday. Later the club lost 3-1 to Dunmore.",
			nil, []string{"Harbor Party -lose_to-> Dunmore"},
			"a party is no club"},
		{"Halden United sacked Tom Wu on Sunday. Wu played for United for eleven years.",
			[]string{"Tom Wu -play_for-> Halden United"}, []string{"Tom Wu -play_for-> United"},
			"a two-word name's last word alone is the organisation"},
		{"Halden United beat Norden United 2-0. Tom Wu played for United for eleven years.",
			nil, []string{"Tom Wu -play_for-> Halden United", "Tom Wu -play_for-> Norden United"},
			"two names ending in the word leave it to neither"},
		{"Real Madrid beat Barcelona on Sunday. Tom Wu flew to Madrid on Monday.",
			[]string{"Tom Wu -fly_to-> Madrid"}, []string{"Tom Wu -fly_to-> Real Madrid"},
			"a place's name is the place"},
		{"Kelton signed Brazilian striker Tom Wu from Dunmore for 40 million euros. Norden sold their goalkeeper Ola Berg.",
			[]string{"Kelton -sign-> Tom Wu", "Norden -sell-> Ola Berg"}, nil,
			"a lone name that signs or sells a player named by his position is a club"},
		{"Kelton signed Brazilian striker Tom Wu from Dunmore. Norden Records signed rapper Ann Lee from Atlanta.",
			[]string{"Tom Wu -leave-> Dunmore"}, []string{"Ann Lee -leave-> Atlanta", "Tom Wu -from-> Dunmore"},
			"a player signed from a club has left it; a signed rapper's from is where she comes from"},
		{"Norwegian captain Ola Berg scored a header in the 20th minute.",
			[]string{"Ola Berg -score_for-> Norway"}, nil,
			"a scorer named with his country"},
		{"Tom Wu scored from the penalty spot, putting Chile 1 – 0 up.",
			[]string{"Tom Wu -score_for-> Chile"}, []string{"Tom Wu -put-> Chile"},
			"a scorer who puts a side ahead scored for it"},
		{"Chile opened the scoring when Tom Wu scored a volley.",
			[]string{"Tom Wu -score_for-> Chile"}, nil,
			"the side that opened the scoring"},
		{"In the 69th minute, Tom Wu doubled the lead for Chile.",
			[]string{"Tom Wu -score_for-> Chile"}, []string{"Tom Wu -double_for-> Chile"},
			"doubling the lead for a side is scoring for it"},
		{"In the 20th minute, Ola Berg missed a chance to put Norway in the lead.",
			[]string{"Ola Berg -member_of-> Norway"}, []string{"Ola Berg -put-> Norway", "Ola Berg -score_for-> Norway"},
			"a missed chance to put a side ahead: no goal, but the player plays for it"},
		{"In the 70th minute, Tom Wu scored a header from Kevin Moore's assist.",
			[]string{"Kevin Moore -assist-> Tom Wu"}, nil,
			"an assist from a player to the one scorer"},
		{"Chile substituted Tom Wu in the 28th minute. Later, Chile made a change, as Ana Ruiz replaced Ola Berg.",
			[]string{"Tom Wu -member_of-> Chile", "Ana Ruiz -member_of-> Chile", "Ola Berg -member_of-> Chile"}, nil,
			"the players of a side's substitution play for it"},
		{"Belgium faced Panama. Dries Mertens scored a goal from a volley, putting the Belgians in the lead.",
			[]string{"Dries Mertens -score_for-> Belgians"}, []string{"Dries Mertens -score_for-> Belgium"},
			"the plural of a state's adjective names a group, the side here"},
		{"Chile started the match with attempts from Tom Wu, Ana Ruiz, and Ola Berg early in the game.",
			[]string{"Tom Wu -member_of-> Chile", "Ana Ruiz -member_of-> Chile", "Ola Berg -member_of-> Chile"}, nil,
			"the players whose attempts a side's sentence lists play for it"},
		{"Norway started the game with Tom Wu and Ana Ruiz making early attempts to score. Chile's attempt in the 54th minute, by Ola Berg, was saved.",
			[]string{"Tom Wu -member_of-> Norway", "Ana Ruiz -member_of-> Norway", "Ola Berg -member_of-> Chile"},
			[]string{"Ola Berg -member_of-> Norway"},
			"players making attempts; a side's possessive attempt by a player"},
		{"Chile substituted Tom Wu in the 28th minute due to injury and was replaced by Ola Berg.",
			[]string{"Ola Berg -replace-> Tom Wu", "Ola Berg -member_of-> Chile"}, []string{"Ola Berg -replace-> Chile"},
			"a side substitutes a player and is replaced by another: the player is replaced"},
		{"Norway's goalkeeper Tom Wu was substituted off due to injury and replaced by Ola Berg.",
			[]string{"Ola Berg -member_of-> Norway"}, nil,
			"who replaces a side's player plays for the side"},
		{"In the injury time, Ola Berg's header went wide, missing a chance to equalise for Chile.",
			[]string{"Ola Berg -member_of-> Chile"}, nil,
			"a player's header that misses a chance for a side"},
		{"Norway won with a late goal from Norwegian striker Ola Berg.",
			[]string{"Ola Berg -score_for-> Norway"}, nil,
			"a goal from a player named with his country"},
	})
}
