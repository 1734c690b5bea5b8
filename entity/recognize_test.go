package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestRecognizerTypes checks names that the rules alone took for people
// (issue 12): with the recogniser they are typed, or found to name no
// actor; a name of words the recogniser never saw stays a person.
func TestRecognizerTypes(t *testing.T) {
	tests := []typeCase{
		{"The Hunting Act came into force last year.", "Hunting Act", schema.Person, "", "a law is no actor"},
		{"Shops opened early on Boxing Day this year.", "Boxing Day", schema.Person, "", "a holiday is no actor"},
		{"Shops closed on Memorial Day this year.", "Memorial Day", schema.Person, "", "a holiday is no actor"},
		{"Couples dined out on Valentine Day in Oslo.", "Valentine Day", schema.Person, "", "a holiday named after someone is no actor"},
		{"Anna Day met Halvik Records on Monday.", "Anna Day", schema.Person, schema.Person, "a given name and Day name a person"},
		{"Pilgrims arrive in the city each year for the Hajj.", "Hajj", "", "", "a pilgrimage is no actor"},
		{"Crowds celebrated the New Year in the capital.", "New Year", schema.Person, "", "a date is no actor"},
		{"Cyclone Norvik hit the coast of Kenya on Monday.", "Cyclone Norvik", schema.Person, "", "a storm is no actor"},
		{"The map in Figure 1, taken from Ethnologue, shows Kenya.", "Figure", "", "", "a part of the text with its number is no actor"},
		{"Tom Wu runs a firm in Oslo which specialises in Robotics.", "Robotics", "", "", "a field of study capitalised as a school subject is no actor"},
		{"Ann Lee taught Physics to pupils in Bergen.", "Physics", "", "", "a field of study capitalised as a school subject is no actor"},
		{"Fans watched the World Cup final in bars.", "World Cup", schema.Person, "", "an event is no actor"},
		{"The Velmora Rapid and Blitz Championship was held in Oslo.", "Velmora Rapid", schema.Person, "", "a contest's name with and: its first half is no actor"},
		{"Lea Park won silver at the 7th European Championships in Oslo.", "Championships", "", "", "a contest's head noun alone is no actor, after an ordinal too"},
		{"Tom Wu left Oslo to fight in the Spanish Civil War in Spain.", "Civil War", schema.Person, "", "a war is no actor"},
		{"In 1990, he swam at the 3rd Asian Championships in Oslo.", "Championships", "", "", "a contest's head noun alone is no actor, after an ordinal too"},
		{"Thousands prayed at the Grand Mosque on Friday.", "Grand Mosque", schema.Person, schema.Location, "a site"},
		{"Members of the Velvet Underground met Warhol.", "Velvet Underground", schema.Person, schema.Organization, "a band"},
		{"He flew from Regional Airport to Berlin.", "Regional Airport", schema.Person, schema.Location, "a site"},
		{"The secretary general of Norway, Lea Park, agreed.", "Lea Park", schema.Person, schema.Person, "an apposition to a role noun names a person"},
		{"Lea Park, a spokeswoman for the ministry, denied it.", "Lea Park", schema.Person, schema.Person, "an apposition to a role noun names a person"},
		{"The Federal Reserve raised rates.", "Federal Reserve", schema.Organization, schema.Organization, "in the gazetteer"},
		{"Tom Wu won the vote. His party is allied with the nationalist MHP.", "MHP", schema.Organization, schema.Organization, "the and an adjective before an acronym: a body's short name, no concept"},
		{"The team built a new SUT for the test.", "SUT", "", "", "a and an adjective before an acronym: a thing"},
		{"Ann Lee worked at General Dynamics for ten years.", "General Dynamics", schema.Organization, schema.Organization, "a title before a company's head word alone opens the company's name"},
		{"Reporters met General Patton in Paris.", "Patton", schema.Person, schema.Person, "a title before a surname stays a title"},
		{"The Republican People's Party won the vote.", "Republican People's Party", schema.Organization, schema.Organization, "a plural's possessive inside a name; a party's adjective opening it"},
		{"A crane fell into Oslo's Grand Mosque on Friday.", "Grand Mosque", schema.Person, schema.Location, "a site's head noun ends the name, a state's possessive before it notwithstanding"},
		{"Fighting spread to Aleppo Province on Monday.", "Aleppo Province", schema.GPE, schema.GPE, "a known town and a region's head noun name one region"},
		{"Tourists visited Oslo Cathedral on Sunday.", "Oslo Cathedral", schema.Location, schema.Location, "a known town and a site's head noun name one site"},
		{"William Ross Heights III, known as Bill Heights, praised Tom Wu.", "Bill Heights", schema.Person, schema.Person, "a given name and the surname of a person the text names is that person, though the surname reads as a place's head noun"},
		{"Officials were disappointed with the Administration's decision.", "Administration", "", "", "a capitalised common noun after the"},
		{"The talks follow a week in which North and South Korea traded threats.", "North Korea", schema.GPE, schema.GPE, "a compass word listed with another that shares a known place's last word names that place (North Korea)"},
		{"Analysts fear the North Korean-Russian military collaboration.", "North", "", "", "a name cut by a hyphen is no actor of its own"},
		{"Critics praised Maxime Bernier after the vote.", "Maxime Bernier", schema.Person, schema.Person, "an unknown name of unknown words stays a person"},
		{"A print of Ann Lee is among the Warhol Lithographs given to the college.", "Warhol Lithographs", schema.Person, "", "a collection of prints: the recogniser reads a non-actor's name"},
		{"Visitors can also see Warhol Polaroid prints at the Halvik Art Museum.", "Warhol Polaroid", "", "", "Polaroid is a product: no person's surname"},
		{"The rocket will be shown at the Adler Planetarium next year.", "Adler Planetarium", schema.Person, schema.Organization, "a person's name takes no article"},
		{"The Australian National Iodine Nutrition Study found a deficiency.", "National Iodine Nutrition Study", schema.Person, "", "a study is no actor, a nationality before it notwithstanding"},
		{"Space Shuttle Atlantis landed in Florida on Monday.", "Space Shuttle Atlantis", schema.Person, "", "a spacecraft is no actor"},
		{"Sailors boarded USS Cole Lincoln in the harbour.", "USS Cole Lincoln", schema.Person, "", "a ship is no actor"},
		{"The navy bought two ships, the CSS Florida and the HMS Norway.", "Florida", "", "", "a ship named after a state is no state"},
		{"Senators Ann Lee and Tom Wu criticised the plan.", "Ann Lee", schema.Person, schema.Person, "a plural title before a given name opens a list of its holders"},
		{"On Monday, Prime Ministers Ann Lee and Tom Wu met.", "Ann Lee", schema.Person, schema.Person, "a two-word title in the plural before a given name opens a list of its holders"},
		{"On Monday, Senior Advisors Ann Lee and Tom Wu met.", "Ann Lee", schema.Person, schema.Person, "a role noun the gazetteer lacks, in the plural after a title's modifier, opens a list of its holders too"},
		{"On Monday, Senior Advisors Ann Lee and Tom Wu met.", "Senior Advisors Ann Lee", "", "", "the plural role noun is no part of the first name"},
		{"Voters backed the Clean Air Act last year.", "Clean Air Act", schema.Person, "", "a law is no actor"},
		{"He favours simplification of Oregon's Tax Code.", "Tax Code", schema.Person, "", "a code of laws is no actor"},
		{"Gun owners cite the Second Amendment in court.", "Second Amendment", schema.Person, "", "an amendment is no actor"},
		{"Crews towed the rocket to Launch Pad on Monday.", "Launch Pad", schema.Person, schema.Location, "a site's head noun ends the name"},
		{"Engineers met at Orbiter Processing Facility-1 on Monday.", "Orbiter Processing Facility-1", schema.Person, schema.Location, "a site's head noun with a number"},
		{"It was the last Space Shuttle mission.", "Space Shuttle", schema.Person, "", "a kind of spacecraft is no actor"},
		{"Critics praised the lawyer Maxime Bernier after the vote.", "Maxime Bernier", schema.Person, schema.Person, "a role noun before the name keeps it a person after the"},
		// Business and politics news (UK, 2004-05 style).
		{"Shares in Norvik fell 10% in Oslo.", "Norvik", schema.Organization, schema.Organization, "shares in a company"},
		{"Norvik said profits fell. Shares in Norvik rose.", "Norvik", schema.Organization, schema.Organization, "the document says company where said alone says person"},
		{"Toyota and Norvik said profits would fall.", "Norvik", schema.Organization, schema.Organization, "listed with a company"},
		{"Former Norvik boss Ann Lee was jailed.", "Norvik", schema.Organization, schema.Organization, "a company's boss; Former opens no name"},
		{"Former Norvik boss Ann Lee was jailed.", "Former Norvik", "", "", "a describing word opening the sentence is no part of the name"},
		{"Former midfielder Peter Moss will take charge of the team.", "Former", "", "", "a describing word opening the sentence before a common noun is no name"},
		{"State-owned Norvik bought the unit.", "Norvik", schema.Organization, schema.Organization, "only bodies are state-owned"},
		{"Economists at Halden Economics said rates would rise.", "Halden Economics", schema.Organization, schema.Organization, "a consultancy's head noun"},
		{"Strong sales lifted the shares.", "Strong", "", "", "an adjective opening the sentence"},
		{"The men are held at Belmarsh Prison in London.", "Belmarsh Prison", schema.Person, schema.Location, "a prison is a site, no person"},
		{"Tourists visited Mount Vernon last year.", "Mount Vernon", schema.Person, schema.Location, "a mountain's first word"},
		{"The crew of the International Space Station returned.", "International Space Station", schema.Person, "", "a spacecraft is no actor"},
		{"The role won her a nomination for Best Supporting Actress in 2010.", "Best Supporting Actress", schema.Person, "", "a superlative opens an award's category"},
		{"He was voted Most Valuable Player of the season.", "Most Valuable Player", schema.Person, "", "a superlative opens an award's category"},
		{"She was nominated at the Film Critics Awards for Breakout Screen Star.", "Breakout Screen Star", schema.Person, "", "a category after an award's name and for"},
		{"Ann Lee was nominated for Breakout Screen Star in 2010.", "Breakout Screen Star", schema.Person, "", "a category after nominated for"},
		{"In 2015 the architect received the Royal Silver Medal in London.", "Royal Silver Medal", schema.Person, "", "a medal is no actor"},
		{"Crowds watched the Kiwi Masters Games in Apia.", "Kiwi Masters Games", schema.Person, "", "games are an event, no actor"},
		{"His Fourth Symphony was first played in Oslo.", "Fourth Symphony", schema.Person, "", "a piece of music: an ordinal and its form"},
		{"She played the Violin Concerto with the orchestra.", "Violin Concerto", schema.Person, "", "a piece of music: an instrument and its form"},
		{"He wrote the Symphony From the Northern Hills in Oslo.", "Symphony From", schema.Person, "", "a piece of music opens with its form"},
		{"During the Middle Ages, Lisbon declined.", "Middle Ages", schema.Person, "", "a period is no actor"},
		{"Late in life he published Modern Phonology (1931) in Oslo.", "Modern Phonology", schema.Person, "", "what an author publishes is a work"},
		{"In 1890 she wrote her Halvik Suite for the king.", "Halvik Suite", schema.Person, "", "what an author writes is a work"},
		{"In 1890 she wrote Anna Holt's biography.", "Anna Holt", schema.Person, schema.Person, "a possessive after the name: its owner"},
		{"In 2014 she launched a Kickstarter to fund the trip.", "Kickstarter", "", "", "a name after a is a kind of thing"},
		{"The island was designated a UNESCO Biosphere Reserve in 2003.", "UNESCO Biosphere Reserve", "", "", "a name after a is one of a kind"},
		{"She attended a unique Arctic Survival Course in 1990.", "Arctic Survival Course", "", "", "a name after a and adjectives is a kind"},
		{"He was chosen to attend a unique Jet Survival Program in 1980.", "Jet Survival Program", "", "", "a body's head word after a names a kind of body"},
		{"Ann Lee joined the Jet Survival Program in 1980.", "Jet Survival Program", schema.Organization, schema.Organization, "a body's head word after the names a body"},
		{"She chaired the Nordic Meeting on Coastal Erosion in Bergen.", "Coastal Erosion", "", "", "the topic of a meeting after on is no actor"},
		{"She chaired the Nordic Meeting on Coastal Erosion in Bergen.", "Nordic Meeting on Coastal Erosion", "", "", "a meeting is no actor"},
		{"Growth is driven by successive Long Range Plans in the region.", "Long Range Plans", schema.Person, "", "plans are no actor"},
		{"Wales won the Six Nations in 2019.", "Six Nations", "", "", "a tournament between nations is no actor"},
		{"He was named in the squad for the Tri Nations on Monday.", "Tri Nations", "", "", "a tournament between nations is no actor"},
		{"She starred in the crime drama Silver Harbour last year.", "Silver Harbour", schema.Person, "", "a kind of work right before the name: a work"},
		{"He first appeared on the television series Quiet Minds.", "Quiet Minds", schema.Person, "", "a kind of work right before the name: a work"},
		{"In 2009 she appeared in Red Wolf, another horror film, as Anna.", "Red Wolf", schema.Person, "", "an apposition headed by a kind of work: a work"},
		{"He wrote Lorena, a book of poems, in 1820.", "Lorena", "", "", "an apposition headed by a kind of work: a work"},
		{"She met Anna Holt, a producer of the film, in Oslo.", "Anna Holt", schema.Person, schema.Person, "an apposition headed by a role noun stays a person"},
		{"The film director Anna Holt praised the crew.", "Anna Holt", schema.Person, schema.Person, "a role noun, not a kind of work, right before the name"},
		{"Ann Lee, director of the National Iodine Nutrition study, spoke.", "National Iodine Nutrition", schema.Person, "", "a name before a study's noun names the study"},
		{"Tesco, the biggest supermarket, said sales rose. Sales at Tesco fell.", "Tesco", schema.Organization, schema.Organization, "in the gazetteer"},
		{"Miss Ruth Perry said she would sell.", "Ruth Perry", schema.Person, schema.Person, "Miss is a title"},
		{"Investors met Bob Lord on Monday.", "Bob Lord", schema.Person, schema.Person, "a title-like word after a short given name is a surname"},
		{"He told MPs he would study it.", "MPs", "", "", "a capitalised group noun opens no name"},
		{"Wall Street rose on Monday.", "Wall Street", schema.Person, schema.Location, "a street is a place"},
		{"The Countryside Alliance will sue. Alliance chairman John Jackson said so.", "Alliance", "", "", "the head noun alone is the body named with it"},
		{"The Ways and Means Committee wrote the bill.", "Ways", "", "", "a name cut by and is no list"},
		{"Muslims prayed in the city on Friday.", "Muslims", schema.Group, schema.Group, "a people named by faith"},
		{"Canadians voted on Monday, officials said.", "Canadians", schema.Group, schema.Group, "a state's people, no article"},
		{"The Belgians took the lead after ten minutes.", "Belgians", schema.Group, schema.Group, "a state's people after the"},
		{"Italians and Germans crossed the border to shop.", "Germans", schema.Group, schema.Group, "a state's people in a list"},
		{"Space Shuttle Columbia landed. Columbia will go on display.", "Columbia", "", "", "a spacecraft named in full before is no actor alone"},
		{"The Campaign Against Arms Trade sued the government.", "Campaign Against Arms Trade", schema.Organization, schema.Organization, "Against with a capital inside a body's name"},
		{"Mothers Against Drunk Driving met the senator.", "Mothers Against Drunk Driving", schema.Organization, schema.Organization, "Against with a capital inside a campaign's name"},
		{"The Royal Society for the Protection of Birds said numbers fell.", "Royal Society for the Protection of Birds", schema.Organization, schema.Organization, "for the inside a body's name"},
		{"He left the Museum for the Arts Council.", "Arts Council", schema.Organization, schema.Organization, "one word before for the is no name of several"},
		{"Oil prices hit a record on Monday.", "Oil", "", "", "a trade's word alone names no body"},
		{"The rally was held in Washington, D.C. on Monday.", "Washington D.C.", schema.GPE, schema.GPE, "a district's abbreviation after a town is part of its name"},
		{"The team arrived in Washington D.C. last week.", "Washington D.C.", schema.GPE, schema.GPE, "a district's abbreviation after a town, no comma"},
		{"British Gas raised its prices.", "British Gas", schema.Organization, schema.Organization, "a nationality before the trade's word names the body"},
		{"Analysts at Barclays Capital said prices could fall.", "Barclays Capital", schema.Organization, schema.Organization, "a company's head after a known name"},
		{"He flew out as job cuts at Heathrow were announced.", "Heathrow", schema.GPE, schema.GPE, "jobs at a place: no company"},
		{"Democratic Unionist leader Ian Paisley spoke.", "Democratic Unionist Party", schema.Organization, schema.Organization, "a party's adjective"},
		{"Officials from the State and Commerce Departments met.", "State", "", "", "a region's head noun alone names no region"},
		{"Ann Lee had disputes with Dahl Administration officials. President Dahl agreed.", "Dahl Administration", schema.Person, schema.Organization, "an administration named after its head is a body"},
		{"Ann Lee had disputes with Dahl Administration officials. President Dahl agreed.", "Dahl", "", schema.Person, "a titled surname is a person, not the body named after the person"},
		{"Workers at Halden Motors went on strike. President Halden said it would end.", "Halden", schema.Person, schema.Person, "a titled word is no short name of a company"},
		{"Users dropped Internet Explorer 6. IE could fall to fourth place.", "IE", "", "", "the acronym of a product is the product"},
		{"Tom Wu said Lua was chosen because it is small.", "Lua", schema.Concept, schema.Concept, "a programming language is a product"},
		{"Germany said that Tom Wu was poisoned with Novichok.", "Novichok", schema.Concept, schema.Concept, "a poison is a product, no actor"},
		{"Tom Wu said Parliament should stop debating Brexit.", "Brexit", schema.Concept, schema.Concept, "a political process is no actor"},
		{"Tom Wu, a member of the Brexit Party, spoke.", "Brexit Party", schema.Organization, schema.Organization, "a party named after the process is a body"},
		// An unknown name before the people only a body has: the body.
		{"Velmorpeace activists boarded the ship.", "Velmorpeace", schema.Organization, schema.Organization, "a lone unknown name"},
		{"Velmorpeace activists boarded the ship.", "Velmorpeace activists", schema.Group, schema.Group, "its activists are a group of it"},
		{"Police arrested three Norland Rebellion members on Monday.", "Norland Rebellion", schema.Organization, schema.Organization, "two unknown words"},
		{"Student activists blocked the bridge.", "Student", "", "", "a common noun opening the sentence"},
		// A team, a band or a club before or after the name: a body.
		{"The finals saw US team Velmor face off against Brazil.", "Velmor", schema.Organization, schema.Organization, "a team's noun before the name"},
		{"Velmor, a Brazilian team, won the title.", "Velmor", schema.Organization, schema.Organization, "a team's noun in an apposition"},
		{"The band Velmor played in Oslo.", "Velmor", schema.Organization, schema.Organization, "a band's noun before the name"},
		{"Team captain Ann Lee scored.", "Ann Lee", schema.Person, schema.Person, "a role noun after the team's noun heads the description"},
		// A lone name before a comma and a known state: a town of it,
		// though the recogniser knows its word as a given name.
		{"Engineer Ann Lee of Kobe, Japan, found the records.", "Kobe", schema.GPE, schema.GPE, "a word the recogniser knows as a given name"},
		{"Residents of Velmor, Norway fled the fire.", "Velmor", schema.GPE, schema.GPE, "an unknown word"},
		{"Tom Wu of Velmor, Texas, was arrested.", "Velmor", schema.GPE, schema.GPE, "a US state"},
		{"The relic was carried through Velmors, Norway.", "Velmors", schema.GPE, schema.GPE, "a name ending in s that the tagger reads as a common plural"},
		{"Yesterday, Norway fired two rockets.", "Yesterday", "", "", "an adverb opening the sentence is no town"},
		{"She ran for Sheriff of Velmor County, Texas in 2014.", "County", "", "", "a region's head word alone is no town"},
		{"Tanaka, Japan's envoy, met Tom Wu.", "Tanaka", "", schema.Person, "a possessive state: the name before it is no town of it; the envoy apposed to it is a person ([apposedKind])"},
	}
	runTypeCases(t, tests)
}

// A typeCase is a sentence, a name in it, and the type of the name's
// entity by the rules alone and with the recogniser ("" for no entity).
type typeCase struct {
	text, name string
	rulesAlone schema.EntityType
	want       schema.EntityType
	why        string
}

// runTypeCases resolves each case's sentence with and without the
// recogniser and checks the type of the case's name.
func runTypeCases(t *testing.T, tests []typeCase) {
	t.Helper()
	a, r := newTest(t, Options{})
	rules := *r
	rules.rec = nil
	typeOf := func(r *Resolver, text, name string) schema.EntityType {
		ents, _ := r.Resolve(a.Split(text), nil)
		for _, e := range ents {
			if e.Name == name {
				return e.Type
			}
		}
		return ""
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := typeOf(&rules, tt.text, tt.name); got != tt.rulesAlone {
				t.Errorf("rules alone on %q: %s typed %q, want %q", tt.text, tt.name, got, tt.rulesAlone)
			}
			if got := typeOf(r, tt.text, tt.name); got != tt.want {
				t.Errorf("Resolve(%q): %s typed %q, want %q (%s)", tt.text, tt.name, got, tt.want, tt.why)
			}
		})
	}
}

// TestGivenThenPlace checks a capitalised word before a place's one-word
// name (issue 12): a person's name when the word is a known given name or
// the recogniser reads the two as a person's name; a place's when the word
// opens places' names or the run is a known place.
func TestGivenThenPlace(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Valeska Paris was held on the ship for twelve years. She said she was afraid.", "Valeska Paris", "", schema.Person,
			"an unknown first word: the recogniser reads a woman's name"},
		{"Valeska Paris was held on the ship for twelve years.", "Paris", schema.GPE, "", "no place besides the person"},
		{"Helen Georgia met the mayor on Monday.", "Helen Georgia", schema.Person, schema.Person, "a known given name before a state's name"},
		{"Helen Georgia met the mayor on Monday.", "Georgia", "", "", "no place besides the person"},
		{"Valeska Paris was held on the ship. Paris was born in Switzerland.", "Paris", schema.GPE, "",
			"the person's surname alone is she, not the city, once her full name is read"},
		{"Helen Georgia met the mayor. Georgia said she had moved to Georgia.", "Georgia", schema.GPE, schema.GPE,
			"after a preposition of place the surname is the place"},
		{"George Washington crossed the river.", "George Washington", schema.Person, schema.Person, "a known given name"},
		{"Virginia passed a law on guns last week.", "Virginia", schema.GPE, schema.GPE, "a state that is also a given name: the state when alone"},
		{"Virginia Mott wrote two novels.", "Virginia Mott", schema.Person, schema.Person, "a state that is also a given name, before a surname"},
		{"They sailed on Lake Geneva last week.", "Geneva", "", "", "the lake is no town"},
		{"Atlético Madrid beat Getafe on Sunday.", "Atlético Madrid", schema.Organization, schema.Organization, "a club named after its town"},
		{"Atlético Madrid beat Getafe on Sunday.", "Madrid", "", "", "no town besides the club"},
		{"Inter Milan drew with Lazio on Sunday.", "Inter Milan", schema.Organization, schema.Organization, "a club named after its town"},
		{"Tom Wu played for PSV Leeds before joining Lazio.", "PSV Leeds", schema.Organization, schema.Organization, "an acronym before a town: a club named after it"},
		{"Tom Wu played for PSV Leeds before joining Lazio.", "Leeds", "", "", "no town besides the club"},
		{"Tom Wu signed for FC Leeds.", "FC Leeds", schema.Organization, schema.Organization, "a club's opening word before a town that ends the sentence"},
		{"Ann Lee spoke to KTV Wales on Monday.", "KTV Wales", schema.Organization, schema.Organization, "a body's branch named after its region"},
		{"The crew of HMS Leeds sailed on Monday.", "HMS Leeds", "", "", "a ship's prefix opens no club"},
		{"They sailed on Lake Geneva last week.", "Lake Geneva", schema.Location, schema.Location, "a lake named after a town is one place"},
		{"He moved from New York to Fort Worth in May.", "New York", schema.GPE, schema.GPE, "a known place as a whole"},
		{"Floods hit Upper Egypt last year.", "Egypt", schema.GPE, schema.GPE, "a place's first word keeps the place"},
		{"The storm hit Eastern Ukraine on Monday.", "Eastern Ukraine", schema.GPE, schema.GPE, "a compass word keeps the place, as a region of its own"},
		{"Paris Hilton arrived on Monday. She smiled.", "Paris Hilton", "", schema.Person,
			"a place's name before an unknown word: the recogniser reads a person's name"},
		{"Kansas City won on Monday.", "Kansas City", schema.GPE, schema.GPE, "a town named after its state, no person"},
		{"Kansas City won on Monday.", "Kansas", "", "", "the state is no part of it"},
		{"The Paris Council met on Monday.", "Paris Council", schema.Organization, schema.Organization,
			"an organisation's head noun after the place keeps the organisation"},
		{"Tourists Visit Paris in the spring.", "Paris", schema.GPE, schema.GPE, "a verb written with a capital keeps the place"},
		{"Leeds Wanderers sacked their manager on Sunday.", "Leeds Wanderers", schema.Organization, schema.Organization,
			"a known town and a plural: a team named after the town"},
		{"Leeds Wanderers sacked their manager on Sunday.", "Leeds", "", "", "no town besides the team"},
		{"Fans cheered as Nairobi United beat Oslo Rovers.", "Nairobi United", schema.Organization, schema.Organization,
			"a known town and a club's last word"},
		{"Fans cheered as Nairobi United beat Oslo Rovers.", "Oslo Rovers", schema.Organization, schema.Organization,
			"a known town and a plural"},
		{"The New York Otters signed Tom Wu.", "New York Otters", schema.Organization, schema.Organization,
			"a town of two words before a team's plural"},
		{"The Seattle Golden Otters signed Tom Wu.", "Seattle Golden Otters", schema.Organization, schema.Organization,
			"two words after the town"},
		{"Ann Lee told the Lagos Courier that she would resign.", "Lagos Courier", schema.Organization, schema.Organization,
			"a newspaper named after its town"},
		{"The Lagos Sun and the Leeds Star reported it.", "Leeds Star", schema.Organization, schema.Organization,
			"a newspaper named after its town"},
		{"Tom Wu, the MP for Leeds East, resigned.", "Leeds East", schema.GPE, schema.GPE, "a town and a compass word: a constituency"},
		{"Leeds City Council approved the plan.", "Leeds City Council", schema.Organization, schema.Organization, "a council named after its town"},
		{"Fans filled the Halvik Center for the Leeds Golden Otters basketball team.", "Leeds Golden Otters", schema.Organization, schema.Organization,
			"a team named after its town inside a longer name"},
		{"Tom Wu later joined Triple-A Leeds Norwegians.", "Leeds Norwegians", schema.Organization, schema.Organization,
			"a plural of another country's people after a town names a team"},
		{"Riots broke out among Baghdad Iraqis on Friday.", "Baghdad", schema.GPE, schema.GPE, "the town's own people are no team"},
		{"Riots broke out among Baghdad Sunnis on Friday.", "Baghdad", schema.GPE, schema.GPE, "a people's plural is no team"},
		{"Leaders met at the Oslo Talks on Friday.", "Oslo", schema.GPE, schema.GPE, "an event's plural is no team"},
		{"He was born in Lodi Italy.", "Lodi", schema.GPE, schema.GPE, "a town and its country"},
		{"Tourists crossed Leeds Bridge on Monday.", "Leeds Bridge", schema.Location, schema.Location, "a site's head noun after a town"},
		{"Officials in Dallas County closed the road.", "Dallas County", schema.GPE, schema.GPE, "a region's head noun after a town"},
	})
}

// TestNameOpeners checks words written with a capital before or as a name
// that are no part of it (issue 12): an occupation before a full name, a
// pronoun's contraction, and a nationality's word as a surname after Mr.
func TestNameOpeners(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Drummer Ola Dahl has left the band.", "Ola Dahl", schema.Person, schema.Person, "an occupation opening the sentence"},
		{"Drummer Ola Dahl has left the band.", "Drummer Ola Dahl", "", "", "the occupation is no part of the name"},
		{"\"Tycoon Ann Berg sold it,\" he said.", "Ann Berg", schema.Person, schema.Person, "an occupation opening a quotation"},
		{"The band hired Footballer Tom Hart last week.", "Tom Hart", schema.Person, schema.Person, "an occupation before a common given name"},
		{"Boxer Jed Voss Kimani won the bout.", "Jed Voss Kimani", schema.Person, schema.Person, "a name of three words"},
		{"Fly-half Tom Hart kicked three goals.", "Tom Hart", schema.Person, schema.Person, "a player's position"},
		{"Sometimes I've said it and not meant it.", "I've", "", "", "a pronoun's contraction before said"},
		{"We'll see, he said.", "We'll", "", "", "a pronoun's contraction opening the sentence"},
		{"\"Prices will rise,\" said Mr Welsh. Mr Welsh runs a shop.", "Welsh", schema.Person, schema.Person, "a nationality's word after Mr is a surname"},
		{"\"Prices will rise,\" said Mr Welsh. Mr Welsh runs a shop.", "Wales", "", "", "no state besides the person"},
		{"Mrs Irish met Irish officials in Dublin.", "Ireland", schema.GPE, schema.GPE, "the adjective alone still names the state"},
		{"Mr King said the pound was strong.", "King", schema.Person, schema.Person, "a title's word after Mr is a surname"},
		{"Rates will rise, Mrs Judge said.", "Judge", schema.Person, schema.Person, "the same after Mrs"},
		{"Mr King Abdullah visited.", "Abdullah", schema.Person, schema.Person, "a title with a name after it stays a title"},
		{"Oswin King said rates would rise. Mr King spoke in Leeds.", "Oswin King", schema.Person, schema.Person, "the full name of the person called Mr King"},
		{"Oswin King said rates would rise.", "Oswin King", "", "", "without Mr King, King after an unknown word stays a title"},
	})
}

// TestCompanyShapes checks names whose shape makes them companies (issue
// 12): a company's arm named by its region of the world, a research firm,
// and a head word alone that names an activity, not a body.
func TestCompanyShapes(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"A deal by Velmora Europe to sell phones has stalled.", "Velmora Europe", schema.Organization, schema.Organization, "a company's arm named by its continent"},
		{"A deal by Velmora Europe has stalled. No one at Velmora was available.", "Velmora", "", "", "the first word alone is the arm named before"},
		{"Aid to Eastern Europe rose last year.", "Eastern Europe", schema.Location, schema.Location, "a compass word keeps the continent, as a region of its own"},
		{"He asked the governments of South East Asia to help.", "Asia", schema.Location, schema.Location, "South East narrows the region"},
		{"Analysts at Harwell Research said sales would grow.", "Harwell Research", schema.Organization, schema.Organization, "a research firm"},
		{"Trust in the bank fell, Ola Dahl said.", "Trust", "", "", "a body's head word opening the sentence alone names no body"},
	})
}

// TestNewsArm checks that a known medium named with "News" is that medium
// (issue 12: "BBC News" and "BBC" were two nodes).
func TestNewsArm(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Ola Dahl told BBC News he was happy.", "BBC", schema.Organization, schema.Organization, "a broadcaster's news service is the broadcaster"},
		{"Ola Dahl told BBC News he was happy.", "BBC News", "", "", "no second organisation"},
		{"Ola Dahl told Harbor Valley News he was happy.", "Harbor Valley News", schema.Organization, schema.Organization, "an unknown medium keeps its whole name"},
	})
}

// TestCompanyWords checks the words around a lone unknown name that say it
// is a company (issue 12: companies of one word were typed Person).
func TestCompanyWords(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Velmora chief executive Ola Dahl said profits rose.", "Velmora", schema.Organization, schema.Organization, "a modifier and a company's role noun after the name"},
		{"Ola Dahl, Velmora's finance director, said profits rose.", "Velmora", schema.Organization, schema.Organization, "the same after a possessive"},
		{"Velmora spokesman Ola Dahl said profits rose.", "Velmora", schema.Organization, schema.Organization, "a spokesman after the name as a word"},
		{"Bookmaker Velmora has cut the odds.", "Velmora", schema.Organization, schema.Organization, "a company's kind opening the sentence"},
		{"Carmaker Velmora said it would cut jobs.", "Velmora", schema.Organization, schema.Organization, "a maker opening the sentence"},
		{"A study by Velmora found that sales would fall.", "Velmora", schema.Organization, schema.Organization, "what a research firm publishes, by the name"},
		{"Velmora analyst Ola Dahl said sales would fall.", "Velmora", schema.Organization, schema.Organization, "an analyst after the name"},
		{"Bookmaker Velmora has cut the odds.", "Bookmaker Velmora", "", "", "the kind is no part of the name"},
	})
}

// TestEventsAndBills checks that the names of bills, shows, fairs and
// contests are no actors (issue 12: laws and events among the actors).
// The rules alone take them for persons' names by their shape; the
// recogniser's reading drops them ([Resolver.recognize]).
func TestEventsAndBills(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"MPs voted on the Harbor Safety Bill on Monday.", "Harbor Safety Bill", schema.Person, "", "a bill"},
		{"The Valdor Home Show opened on Monday.", "Valdor Home Show", schema.Person, "", "a show"},
		{"Ola Dahl won the Valdor Marathon last year.", "Valdor Marathon", schema.Person, "", "a race"},
		{"Bill Dahl met Bill Marr on Monday.", "Bill Marr", schema.Person, schema.Person, "Bill as a given name"},
		{"Ola Dahl won the Norway Cross Country Championship in Bergen.", "Norway Cross Country Championship", "", "", "a contest named after a state"},
		{"The Kenya Music Awards were held in Nairobi.", "Kenya Music Awards", "", "", "awards named after a state"},
		{"Ola Dahl, chairman of the Bergen Marathon, praised the runners.", "Bergen", "", "", "a race named after a town: no town besides it"},
		{"Ola Dahl joined Kenya Harbour Engineering in May.", "Kenya Harbour Engineering", schema.Organization, schema.Organization, "a body named after a state"},
		{"Ola Dahl has won Monday's Presidential Election, his party said.", "Presidential Election", schema.Person, "", "an election"},
		{"Ola Dahl called the Valdor Referendum on Monday.", "Valdor Referendum", schema.Person, "", "a referendum"},
	})
}

// TestConceptAcronyms checks that an acronym defined in brackets after
// lower-case words names no actor, whatever evidence a single mention of
// it gives (issue 12: "P2P" was an organisation).
func TestConceptAcronyms(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Voice over net (VON2) calls grew, said Ola Dahl. Firms profit from VON2 services. VON2 said so.", "VON2", "", "", "an acronym with a digit, defined by lower-case words"},
		{"The Harbor Trade Union (HTU) went on strike. HTU said pay was low.", "Harbor Trade Union", schema.Organization, schema.Organization, "a body's acronym after its name"},
	})
}

// TestTitleThe checks a lone name after "The" written with a capital
// inside the sentence: a newspaper's, a band's or a work's title, never a
// person's (issue 12: "The Aviator" and "The Economist" were persons).
func TestTitleThe(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Bookmakers have given The Hartwell good odds of winning.", "Hartwell", "", schema.Organization, "a title read as a surname"},
	})
}

// TestTechAcronyms checks that formats and devices named by abbreviations
// are no actors, alone or ending a name (issue 12: "HD DVD" was a person,
// "DVD" an organisation).
func TestTechAcronyms(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Sales of DVD players rose, Ola Dahl said.", "DVD", "", "", "a format alone, though sales of it are business words"},
		{"The Valdor DVD format is backed by Velmora.", "Valdor DVD", schema.Person, "", "a name ending in a format's abbreviation"},
		{"Phones with GPS sold well, Ola Dahl said.", "GPS", "", "", "a standard's abbreviation after a preposition"},
		{"Sales of HDTV sets rose, and HDTV will grow, Ola Dahl said.", "HDTV", "", "", "a format alone"},
	})
}

// TestSaysOfItself checks that a lone name that speaks of "its" own is a
// body's (issue 12: companies of one word were persons).
func TestSaysOfItself(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Velmora said its profits rose by 5%.", "Velmora", schema.Organization, schema.Organization, "its right after the reporting verb"},
		{"Velmora said that its shares fell.", "Velmora", schema.Organization, schema.Organization, "its after that"},
		{"Velmora said profits rose by 5%.", "Velmora", schema.Person, schema.Person, "without its, a speaker"},
	})
}

// TestSiteAfterPerson checks that a building named after a person is a
// site, not that person's longer name (issue 12: "Johnny Carson Theater"
// was the canonical name of Johnny Carson).
func TestSiteAfterPerson(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Ola Dahl sang at the school. Pupils will perform in the Ola Dahl Theater, Ola Dahl said.", "Ola Dahl", "", schema.Person, "the person stays"},
		{"Ola Dahl sang at the school. Pupils will perform in the Ola Dahl Theater, Ola Dahl said.", "Ola Dahl Theater", schema.Person, schema.Location, "the theater is a site"},
	})
}

// TestPeoples checks peoples named by a part of the world, and a
// quantifier opening the sentence before a people (issue 12: "Europeans"
// and "Many Muslims" were persons).
func TestPeoples(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Europeans will not watch films on phones, Ola Dahl said.", "Europeans", schema.Group, schema.Group, "the people of a continent"},
		{"Many Hindus voted for the party.", "Hindus", schema.Group, schema.Group, "a quantifier opening the sentence"},
		{"Many Hindus voted for the party.", "Many Hindus", "", "", "the quantifier is no part of a name"},
		{"Other Senators including Ann Lee voiced concerns.", "Other Senators", "", "", "'Other' opening the sentence is no part of a name"},
	})
}

// TestDocumentEvidence checks types that one mention's context decides for
// the document's other mentions of the name (issue 12, the BBC proxy).
func TestDocumentEvidence(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Lena Dorn won best picture. The film Lena Dorn cost little.", "Lena Dorn", schema.Person, "",
			"a name the document calls a film is a work wherever it is written"},
		{"Lena Dorn star Ann Lee won an award.", "Lena Dorn", schema.Person, "", "a name before star and an actor's name is a work"},
		{"Ann Lee won praise for her role in Lena Dorn.", "Lena Dorn", schema.Person, "", "a role in a name: a work"},
		{"Ann Lee won praise for playing a boxer in Lena Dorn.", "Lena Dorn", schema.Person, "", "playing a part in a name: a work"},
		{"Ann Lee won praise for a speech in Lena Dorn.", "Lena Dorn", schema.Person, schema.Person, "no actor's part before in"},
		{"Bill Heights has opened the Nordic Gadget Show (NGS) in Las Vegas. Mr Heights said it went well.", "Bill Heights", schema.Person, schema.Person,
			"a given name and the surname of a person the text names after an honorific"},
		{"Tom Harwell has opened the Nordic Gadget Show (NGS) in Oslo. The NGS is big.", "NGS", schema.Organization, "",
			"the acronym of a dropped show is no body"},
		{"Ann Lee joined the Kenya Wildlife Service (KWS) in Nairobi.", "KWS", "", "",
			"the acronym of a body is that body (no entity of its own)"},
		{"Scottish rock band Velmora Drift have won two awards. Velmora Drift thanked fans.", "Velmora Drift", schema.Organization, schema.Organization,
			"a band's noun before the name: a band, wherever the document names it (orgNouns has band: the rules say so alone)"},
		{"Velmora Drift were the only band to win.", "Velmora Drift", schema.Person, schema.Organization, "a plural verb after a name opening its clause: a band"},
		{"The Kala Jara Daulah network attacked Norway. Kala Jara Daulah denied it.", "Kala Jara Daulah", schema.Person, schema.Organization,
			"a guessed name between the and a group's noun: a group, wherever the document names it"},
		{"Police said the Kala Jara militant group was behind it.", "Kala Jara", schema.Person, schema.Organization,
			"a word for what the group does may stand before its noun"},
		{"The Tom Velmor group met in Oslo.", "Tom Velmor", schema.Person, schema.Person, "a known given name first: a person's name before the noun"},
		{"His last words to his brother Tom Velmor were kind.", "Tom Velmor", schema.Person, schema.Person, "a plural verb after a name inside a phrase: another subject"},
		{"Leeds boss Tom Wu was angry. Leeds have improved since May.", "Leeds", schema.Organization, schema.Organization,
			"a town's name before a manager's noun and a name, and before a plural verb: its club"},
		{"Tom Wu will join Leeds. He hopes to play for Leeds soon.", "Leeds", schema.Organization, schema.Organization,
			"a town's name after join and play for: its club"},
		{"Tom Wu moved to Leeds in 2001. Leeds and Oslo are cities.", "Leeds", schema.GPE, schema.GPE, "a town in a list before a plural verb stays a town"},
		{"They called themselves Drink Or Sink (DOS). Police raided DOS in May.", "DOS", schema.Organization, schema.Organization,
			"the acronym of a name that is no work's is a body"},
		{"Velmor Drift, whose debut solo album is out, said so.", "Velmor Drift", schema.Person, schema.Person,
			"an apposition opened by whose is a person's clause"},
		{"The Velmor processor is fast. Velmor will sell well, and Sony backs Velmor.", "Velmor", "", "",
			"a name after the and before a kind of product is a product, wherever the document names it"},
		{"Velmor said its new console is fast. Velmor will sell well.", "Velmor", schema.Organization, schema.Organization,
			"a maker's name before its product, without the article, stays the maker"},
		{"Ann Lee, deputy editor of UK magazine Velmor Format, said so. Velmor Format sold well.", "Velmor Format", schema.Organization, schema.Organization,
			"a publication's noun before the name: a body"},
		{"The book is by publisher Velmor Drift of Oslo.", "Velmor Drift", schema.Person, schema.Person, "a publisher may be a person"},
		{"Ann Lee missed the Velmor League clash. The Velmor League said it would act.", "Velmor League", "", "",
			"a league the document writes as a competition is no actor"},
		{"Hull hope to win the Velmor League this year.", "Velmor League", "", "", "a league won is a competition"},
		{"The Velmor League said it would act.", "Velmor League", schema.Organization, schema.Organization, "a league that acts is a body"},
		{"She started the Nordic Farmers' Bill of Rights, a petition.", "Nordic Farmers", schema.Person, "",
			"a plural's possessive opening a law's or a work's title is part of the title"},
		{"Velmo shares rose. Velmo said profits rose. Velmo shares fell.", "Velmo", schema.Organization, schema.Organization,
			"a name before different words stays a name"},
		{"Leeds flanker Tom Wu is out. The game is in Leeds.", "Leeds", schema.GPE, schema.GPE, "one club context in the document leaves the town a town"},
		{"Pocket TV will have to wait. Sales of pocket TV rose.", "Pocket TV", "", "",
			"a name opening a sentence that the document writes with its first word in lower case is a common phrase"},
		{"He recorded the Tom Velmor theme in 1973.", "Tom Velmor", schema.Person, schema.Person, "the article of a noun the name modifies is the noun's"},
		{"Given Tom Velmor's record, he will win.", "Tom Velmor", schema.Person, schema.Person, "a participle opening the sentence opens no name"},
		{"Following Tom Velmor's exit, they lost.", "Tom Velmor", schema.Person, schema.Person, "a participle opening the sentence opens no name"},
	})
}

// TestProductNames checks the lone guessed names that productNames drops:
// a name written each time before the same lower-case noun ("Lumo ray")
// three times or more, and a name after "the" and before a product's noun.
func TestProductNames(t *testing.T) {
	a, _ := newTest(t, Options{})
	tests := []struct {
		text string
		want []string // the names kept, in order
		why  string
	}{
		{"Lumo ray won. Both Sony and Lumo ray gained. A Lumo ray disc is big.", nil, "the same lower-case noun after each of three mentions: a compound term"},
		{"Lumo ray won. Both Sony and Lumo ray gained.", []string{"Lumo", "Lumo"}, "two mentions are too few"},
		{"Lumo shares won. Both Sony and Lumo ray gained. A Lumo ray disc is big.", []string{"Lumo", "Lumo", "Lumo"}, "different nouns after the name"},
		{"The Lumo processor won. Lumo gained.", nil, "the name of a product after the and before a product's noun"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			sents := a.Split(tt.text)
			ms := make([][]*mention, len(sents))
			for i, s := range sents {
				for k, tok := range s.Tokens {
					if tok.Text == "Lumo" {
						ms[i] = append(ms[i], &mention{kind: mSingle, start: k, end: k + 1, surface: "Lumo", name: "Lumo", guess: true})
					}
				}
			}
			productNames(sents, ms)
			var got []string
			for _, s := range ms {
				for _, m := range s {
					got = append(got, m.name)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("productNames(%q) kept %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestWorkNames checks that a name the words around one of its mentions
// call a work names no actor anywhere in the document, on sentences
// written for this test.
func TestWorkNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvern, a wine-tasting comedy starring Tom Wu, won two awards. Halvern is written and directed by Ann Lee. Halvern producer Cyd Ho thanked Ann Lee.",
			[]string{"Cyd Ho -thank-> Ann Lee"}, []string{"Ann Lee -direct-> Halvern", "Ann Lee -write-> Halvern", "Cyd Ho -work_for-> Halvern"},
			"a film named so once is a film in the other sentences"},
		{"Bravik, starring Tom Wu, opened in Oslo. Ann Lee praised Bravik.",
			nil, []string{"Ann Lee -praise-> Bravik"},
			"what stars an actor is a film"},
		{"Ann Lee, whose debut album sold well, met Tom Wu. The film Tom Wu directed was shown in Oslo. Tom Wu thanked Ann Lee.",
			[]string{"Ann Lee -meet-> Tom Wu", "Tom Wu -thank-> Ann Lee"}, nil,
			"a relative clause is no apposition, and a given name before a clause's verb names the film's maker"},
		{"Ann Lee met Tom Wu in Oslo. In 1990 Tom Wu hosted his own talk show Tom Wu's Best Friends, and Ann Lee thanked Tom Wu.",
			[]string{"Ann Lee -meet-> Tom Wu", "Ann Lee -thank-> Tom Wu"}, nil,
			"the name before a possessive that opens a show's title is its owner's, no work"},
		{"Norwegian singer Nora Sunday died on Monday in Halden.",
			[]string{"Nora Sunday -die-> in Halden"}, nil,
			"a name ending in a weekday after a person's title is a person's"},
		{`Swedish singer Anna Day died on Monday in Halden. Her name was shortened to "Anna Day," imitating a song.`,
			[]string{"Anna Day -die-> in Halden"}, nil,
			"a participle's clause after a name and a comma is no apposition that calls it a work"},
	})
}

// TestDemonymNouns checks that a nationality's noun before a person's
// name ("Swede", "Briton", "Compatriots") opens no name, on sentences
// written for this test.
func TestDemonymNouns(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee beat Swede Tom Berg in the final.",
			[]string{"Ann Lee -beat-> Tom Berg", "Tom Berg -from-> Sweden"}, []string{"Ann Lee -beat-> Swede Tom Berg"},
			"a nationality's noun says where the person is from"},
		{"Briton Tom Hale beat Frenchman Marc Duval in Oslo.",
			[]string{"Tom Hale -beat-> Marc Duval", "Tom Hale -from-> United Kingdom"}, []string{"Briton Tom Hale -beat-> Frenchman Marc Duval"},
			"a nationality's noun opens no name, at the start or after a verb"},
		{"Compatriots Ola Vik and Ann Lee will race against Tom Berg.",
			[]string{"Ola Vik -race_against-> Tom Berg"}, []string{"Compatriots Ola Vik -race_against-> Tom Berg"},
			"compatriots describe the people named after it"},
		{"Ann Lee won the race. She was followed by Ethiopians Abebe Tolossa, 2:05:46, and Asefa Dumbo, 2:05:48.",
			[]string{"Abebe Tolossa -from-> Ethiopia", "Asefa Dumbo -from-> Ethiopia"}, []string{"Ann Lee -from-> Ethiopia"},
			"a plural nationality's noun before names with no known given name: every listed name, past a time set off by commas, is from there"},
		{"The Harbor Party's Ann Lee, 45, and Tom Wu, 38, resigned.",
			[]string{"Ann Lee -member_of-> Harbor Party", "Tom Wu -member_of-> Harbor Party"}, nil,
			"a body's possessive is shared by a list past an age set off by commas"},
		{"Turk Airlines Group sued Halvik Bank.",
			[]string{"Turk Airlines Group -sue-> Halvik Bank"}, nil,
			"a company's name that opens with a nationality's noun stays whole"},
	})
}

// TestNamedAgain checks that a name of several words the document has
// named an actor's stays one where the words around it make the
// recogniser read it as no one's ([Resolver.recognize]).
func TestNamedAgain(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Floods hit Red Plains, Norway. Red Plains is the county seat for Lunde County.",
			[]string{"Red Plains -locate_in-> Lunde County"}, nil,
			"the town named in the first sentence is the subject of the second"},
	})
}
