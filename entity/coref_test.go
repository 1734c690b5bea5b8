package entity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCoreference resolves short documents written for it and checks the
// entity each listed word (the n-th occurrence of a token) resolves to.
func TestCoreference(t *testing.T) {
	a, r := newTest(t, Options{})
	type ref struct {
		word string
		n    int    // 1-based occurrence of word as a token in the document
		want string // entity name, "" for none
	}
	tests := []struct {
		name, text string
		refs       []ref
		why        string
	}{
		{
			name: "mr-mrs",
			text: "Michael Howard met voters in Folkestone. Mrs Howard joined him later. " +
				"She said the campaign had been tiring. He thanked her.",
			refs: []ref{{"Howard", 2, "Howard"}, {"him", 1, "Michael Howard"}, {"She", 1, "Howard"},
				{"He", 1, "Michael Howard"}, {"her", 1, "Howard"}},
			why: "a title's gender keeps Mrs Howard apart from Michael Howard, and he and she follow it",
		},
		{
			name: "object-of-subject",
			text: "Norway and Sweden congratulated Tom Wu on Monday. Finnish President Ola Berg called him to offer his support. " +
				"Ola Berg has often called him since.",
			refs: []ref{{"him", 1, "Tom Wu"}, {"him", 2, "Tom Wu"}},
			why:  "an object pronoun right after its clause's verb is not the clause's subject",
		},
		{
			name: "announced-it",
			text: "The Acme Corporation announced it will buy Sears. The Nordic Institute confirmed Monday it had closed.",
			refs: []ref{{"it", 1, "Acme Corporation"}, {"it", 2, "Nordic Institute"}},
			why:  "it after announced or confirmed, with or without that, is the speaker's, as after said",
		},
		{
			name: "bracket-acronym",
			text: "The Green Unity Party (PVE) won the vote on Sunday. Ann Lee said the PVE would govern alone.",
			refs: []ref{{"PVE", 1, "Green Unity Party"}, {"PVE", 2, "Green Unity Party"}},
			why:  "an acronym in brackets after a body's name is its short name, whatever language its initials come from",
		},
		{
			name: "middle-name",
			text: "Martin J. Lark founded the studio in 1990. Martin Lark still runs it. " +
				"Paul A. B. Keller and Paul C. Keller were its first clients.",
			refs: []ref{{"Martin", 2, "Martin J. Lark"}, {"C.", 1, "Paul C. Keller"}},
			why:  "a name without a middle is the same person as one with it; two different middles are two people",
		},
		{
			name: "skipped-given-names",
			text: "Olav Holm dies at 90\n\nKarl Olav Ivar Holm was a Danish linguist. Olav Holm taught in Aarhus.",
			refs: []ref{{"Karl", 1, "Olav Holm"}, {"Holm", 3, "Olav Holm"}},
			why:  "a full name with given names left out of the short one is the same person, who keeps the name he goes by",
		},
		{
			name: "speaker-not-continued",
			text: "\"We played well,\" said Per Lund. \"The referee was poor.\" Tove Rask, the mayor, disagreed. " +
				"\"I think we lost fairly,\" she said.",
			refs: []ref{{"she", 1, "Tove Rask"}, {"I", 1, "Tove Rask"}},
			why:  "a quotation goes on in its speaker's voice only while no other actor who fits comes in between",
		},
		{
			name: "kin-noun-sex",
			text: "Kaja Holm's husband, Per Holm, said she would appeal. She thanked her lawyer. " +
				"After visiting his mother, Tom Wu said he was tired.",
			refs: []ref{{"she", 1, "Kaja Holm"}, {"She", 1, "Kaja Holm"}, {"he", 1, "Tom Wu"}},
			why:  "a family noun right before a name gives its sex; not before a name that opens the clause after a comma",
		},
		{
			name: "passive-after-object",
			text: "Tom Wu met Ola Berg in Oslo. Wu said he was cautious, and Wu left early. " +
				"Police arrested Ivar Dahl on Monday. He was charged with fraud. He has since been released.",
			refs: []ref{{"He", 1, "Ivar Dahl"}, {"He", 2, "Ivar Dahl"}},
			why:  "a passive subject takes up the object of the sentence before, not the actor mentioned most",
		},
		{
			name: "reported-quote-names",
			text: "Tom Wu criticised the ambassador, Ivan Petrov, on Tuesday. \"Mr Petrov has misled us,\" he said. " +
				"Ann Lee praised him.",
			refs: []ref{{"he", 1, "Tom Wu"}, {"him", 1, "Tom Wu"}},
			why:  "the he who reports a quotation is not a person the quotation names",
		},
		{
			name: "given-names",
			text: "Sarah Lund met Peter Holm in Oslo on Monday. She said the talks had gone well, and he agreed.",
			refs: []ref{{"She", 1, "Sarah Lund"}, {"he", 1, "Peter Holm"}},
			why:  "given names give a gender that he and she respect",
		},
		{
			name: "given-names-agreement",
			text: "Greta Moe will run the agency from May. Nigel Dunn announced the choice in Bergen on Monday, " +
				"and officials said her deputy would succeed her at the treasury.",
			refs: []ref{{"her", 1, "Greta Moe"}, {"her", 2, "Greta Moe"}},
			why: "a given name that the agreement lists give one sex (Nigel, Greta) keeps her from the man named last, " +
				"though neither name is in the gazetteer",
		},
		{
			name: "given-names-agreement-weak",
			text: "Vivian Tan opened the new bridge in Tromsø on Friday. Later he thanked the workers. " +
				"Ola Berg met Greta Moe in Oslo. Mrs Moe told him the plan.",
			refs: []ref{{"he", 1, "Vivian Tan"}, {"him", 1, "Ola Berg"}},
			why: "the lists' sex (Vivian is a woman's name in English lists, a man's too) only orders the candidates: " +
				"with no other, he takes the only person named; Ola, a man's name in Norway, gives no sex",
		},
		{
			name: "topic-after-gap",
			text: "Tove Rask was born in Bergen in 1950. Tove Rask studied law in Oslo. Rask became a judge in 1980.\n\n" +
				"The court sat in an old wooden hall. Its roof leaked every winter. The building burned down in 1990.\n\n" +
				"The next spring, she moved to Tromsø, where she founded a law school.",
			refs: []ref{{"she", 1, "Tove Rask"}, {"she", 2, "Tove Rask"}},
			why:  "a life's subject, named three times, takes up a she that follows sentences naming no one who fits",
		},
		{
			name: "topic-not-generic",
			text: "Tom Wu argued the case. Tom Wu cited three rulings. Wu spoke for an hour.\n\n" +
				"The rulings were old. A tenant is not liable for every leak. The rule is clear.\n\n" +
				"He is liable only when he caused the damage.",
			refs: []ref{{"He", 1, ""}},
			why:  "after a rule about anyone (an indefinite subject), a he is no one named",
		},
		{
			name: "object-pronoun",
			text: "Ann Lee arrived in Oslo. Tom Wu met her on Monday. Joe Ng said Wu had inspired him. Joe Ng left behind him a diary.",
			refs: []ref{{"her", 1, "Ann Lee"}, {"him", 1, "Joe Ng"}, {"him", 2, "Joe Ng"}},
			why:  "a direct object pronoun is not the subject of its own clause, though that subject's gender is unknown; after a preposition it may be",
		},
		{
			name: "number",
			text: "The Liberal Democrats opposed the bill. They said it went too far.",
			refs: []ref{{"They", 1, "Liberal Democrats"}},
			why:  "they may be an organisation named in the plural",
		},
		{
			name: "number-singular",
			text: "Brellco Energy Corp raised its prices. They said costs had risen.",
			refs: []ref{{"its", 1, "Brellco Energy Corp"}, {"They", 1, ""}},
			why:  "an organisation named in the singular is it, not they",
		},
		{
			name: "across-paragraphs",
			text: "Anna Berg, the chief executive of Nordvik Shipping Corp, opened the new terminal on Monday.\n\n" +
				"The terminal cost 40 million euros. She said it would double the port's capacity.\n\n" +
				"Berg also announced that the company would hire 200 workers.",
			refs: []ref{{"She", 1, "Anna Berg"}, {"company", 1, "Nordvik Shipping Corp"}},
			why:  "a pronoun finds the person two sentences back, across a paragraph",
		},
		{
			name: "company-after-two",
			text: "Tesvik Motors sold its truck division to Harlan Freight Corp on Friday. " +
				"The company paid 2 billion dollars for it.",
			refs: []ref{{"company", 1, "Harlan Freight Corp"}},
			why:  "the company is the latest business named",
		},
		{
			name: "organization-topic",
			text: "The Halvard Foundation said on Monday that 40 members had left it. " +
				"The Halvard Foundation has 3,000 members. They joined the Brann Circle after they left the organization in May.",
			refs: []ref{{"organization", 1, "Halvard Foundation"}},
			why:  "the organization names no kind: the organisation the report is about, not the latest one named",
		},
		{
			name: "capitalised-head",
			text: "The Church of Vessen denied the claims of Marta Olsen. " +
				"The Church said she had left in 2009.",
			refs: []ref{{"Church", 2, "Church of Vessen"}},
			why:  "the Church after the Church of Vessen is that church, not a new organisation",
		},
		{
			name: "capitalised-head-other",
			text: "Lena Dahl toured the White House on Monday. The House will vote on the bill in May.",
			refs: []ref{{"House", 2, ""}},
			why:  "house is no public body's noun: the House is not the White House",
		},
		{
			name: "company-not-party",
			text: "The Labour Party criticised Brellco Energy over its prices. The firm said costs had risen.",
			refs: []ref{{"firm", 1, "Brellco Energy"}},
			why:  "a party is no company even when it is named later",
		},
		{
			name: "i-in-quote",
			text: "\"I will not resign,\" said Helen Marsh, the health minister. " +
				"\"We have done nothing wrong,\" the ministry said.",
			refs: []ref{{"I", 1, "Helen Marsh"}, {"We", 1, "Health Ministry"}},
			why:  "I in a quotation is the speaker's; we, the ministry's that speaks, which her title names",
		},
		{
			name: "i-speaker-first",
			text: "Mayor Tom Reyes said: \"I have asked the council to act.\"",
			refs: []ref{{"I", 1, "Tom Reyes"}},
			why:  "the speaker may come before the quotation",
		},
		{
			name: "i-no-speaker",
			text: "Tom Reyes spoke first. The crowd chanted \"I want change\" for an hour.",
			refs: []ref{{"I", 1, ""}},
			why:  "a quotation with no reporting verb next to it has no speaker",
		},
		{
			name: "the-city",
			text: "Drones hit Lviv in western Ukraine on Monday. The city declared an emergency.",
			refs: []ref{{"city", 1, "Lviv"}},
			why:  "the city is the latest town, not the country",
		},
		{
			name: "capitalised-title",
			text: "Education Secretary Miguel Arroyo visited Lindgren Academy on Monday. " +
				"The teachers thanked the Secretary for the new laboratory. This Secretary has visited 40 schools.",
			refs: []ref{{"Secretary", 2, "Miguel Arroyo"}, {"Secretary", 3, "Miguel Arroyo"}},
			why:  "a capitalised title alone after the or this is the person last given that title",
		},
		{
			name: "capitalised-title-none",
			text: "Miguel Arroyo visited Lindgren Academy on Monday. The Secretary was not there.",
			refs: []ref{{"Secretary", 1, ""}},
			why:  "no one in the document holds the title: the title names no one",
		},
		{
			name: "interview-unsaid",
			text: "Glass under pressure: Tomas Rieder on his work\n\n" +
				"Tomas Rieder studies glass in Basel. He spoke to us in May.\n\n" +
				"What do you study? I study how glass breaks. My team has six people. " +
				"Why glass? I like it, and you can see through it.",
			refs: []ref{{"you", 1, "Tomas Rieder"}, {"I", 1, "Tomas Rieder"}, {"My", 1, "Tomas Rieder"}, {"you", 2, ""}},
			why: "a headline naming one person and I and you outside quotations make an interview without the word; " +
				"you in an answer is anyone",
		},
		{
			name: "interview-law",
			text: "Speech in support of the Tomas Rieder Glass Safety Act\n\n" +
				"I rise today for this bill. I thank you all. I ask you to vote for it. My colleagues agree. " +
				"Tomas Rieder died in 2019. He was 40.",
			refs: []ref{{"I", 1, ""}, {"My", 1, ""}},
			why:  "a person named inside a law's name in the headline is not the one who speaks",
		},
		{
			name: "it-thing",
			text: "Brellco Energy launched a new browser on Monday. It runs on old phones.",
			refs: []ref{{"It", 1, ""}},
			why:  "it mostly names a thing the resolver does not track, not the latest organisation",
		},
		{
			name: "it-speaks",
			text: "Brellco Energy raised its prices on Monday. It said costs had risen.",
			refs: []ref{{"It", 1, "Brellco Energy"}},
			why:  "it that speaks is an actor: the latest organisation",
		},
		{
			name: "it-reported",
			text: "The Halvard Foundation said in a statement on Monday that it would close its office in Oslo.",
			refs: []ref{{"it", 1, "Halvard Foundation"}},
			why:  "it after a reporting verb is the subject of what the speaker says",
		},
		{
			name: "they-singular-plural",
			text: "The United Nations sent food to Goma. They said more was needed.",
			refs: []ref{{"They", 1, ""}},
			why:  "the United Nations is one body, it: they are its people",
		},
		{
			name: "they-head-of",
			text: "The Centre for Control of Iodine Deficiency Disorders met in May. They said salt should be iodised.",
			refs: []ref{{"They", 1, ""}},
			why:  "a name's head noun, before for or of, decides its number: the Centre is one",
		},
		{
			name: "the-city-topic",
			text: "Tulsa is the second largest city in Oklahoma. Tulsa has a busy airport. " +
				"Most visitors to Tulsa arrive by car from Skiatook or from Sand Springs. The city has many parks.",
			refs: []ref{{"city", 2, "Tulsa"}},
			why:  "the city of a text about one town is that town, not the latest town named",
		},
		{
			name: "concept-acronym",
			text: "We test each system under test (SUT) with 40 faults. A SUT fails when SUT output differs from the oracle.",
			refs: []ref{{"SUT", 2, ""}, {"SUT", 3, ""}},
			why:  "an acronym defined after lower-case words and used after a is a thing of the paper, not an organisation",
		},
		{
			name: "org-acronym-modifier",
			text: "For Kevin Allton, a DFTU instructor, the exhibit was a revelation. DFTU opened the show in May.",
			refs: []ref{{"DFTU", 2, "DFTU"}},
			why:  "a before an acronym that modifies a noun goes with the noun: the acronym still names a body",
		},
		{
			name: "acronym-first",
			text: "The prints were donated to NMI by the artist. The exhibit opened at the Nordic Mining Institute on Friday. NMI will keep it until May.",
			refs: []ref{{"NMI", 1, "Nordic Mining Institute"}, {"NMI", 2, "Nordic Mining Institute"}},
			why:  "an acronym used before its full name is the body the full name names, as it is after it",
		},
		{
			name: "era",
			text: "The temple was built in 450 BC, and the town grew after 120 AD.",
			refs: []ref{{"BC", 1, ""}, {"AD", 1, ""}},
			why:  "eras are no organisations",
		},
		{
			name: "surname-topic",
			text: "Lena Vasquez won the regional science prize on Monday. Vasquez built a water filter from sand. " +
				"Her teacher praised Vasquez in class. Her father, Tomas Vasquez, drove her to the ceremony. " +
				"Reporters asked Vasquez about her plans.",
			refs: []ref{{"Vasquez", 5, "Lena Vasquez"}},
			why:  "a surname two people share is the one the text is about, not the one named last",
		},
		{
			name: "state-abbreviation",
			text: "The U.S. economy grew in May, and the British economy shrank. Lena Hart said the US had gained. " +
				"She drove north on US 75.",
			refs: []ref{{"U.S.", 1, "United States"}, {"US", 1, "United States"}, {"British", 1, ""}, {"US", 2, ""}},
			why:  "a state's abbreviation mentions it even before a noun, but not in a road's number; a nationality adjective does not",
		},
		{
			name: "court-turns",
			text: "We will hear argument next in the case of Hollis against Brandt.\n\nMs. Varga?\n\n" +
				"Thank you. I represent the tenants, and my argument is short. Why do you say so?\n\nMr. Okafor.\n\n" +
				"I disagree with my colleague.",
			refs: []ref{{"I", 1, "Varga"}, {"my", 1, "Varga"}, {"you", 2, "Varga"}, {"I", 2, "Okafor"},
				{"my", 2, "Okafor"}},
			why: "a sentence that only names counsel gives that person the floor: I, and you in a question, are theirs until the next",
		},
		{
			name: "court-turns-you",
			text: "We will hear the claim of Hollis against Brandt.\n\nMr. Okafor?\n\n" +
				"And you brought an action against Mr. Brandt for the repairs. You know, we read your papers twice.\n\n" +
				"That is correct.",
			refs: []ref{{"you", 1, "Okafor"}, {"your", 1, "Okafor"}, {"You", 1, ""}},
			why:  "the bench's you outside a question is the one who has the floor too; the you of a filler is no one",
		},
		{
			name: "our-country",
			text: "Norway has held free elections since 1814. Today our country faces a hard choice.",
			refs: []ref{{"country", 1, "Norway"}},
			why:  "outside quotations our country is the state the text is about",
		},
		{
			name: "our-country-quoted",
			text: "Russia moved troops to the border on Monday. \"Russia wants to invade our country,\" said Ivan Petrenko, Ukraine's foreign minister. " +
				"\"They will never take my country,\" said Oleg Marchuk.",
			refs: []ref{{"country", 1, "Ukraine"}, {"country", 2, ""}},
			why:  "inside a quotation our country is the speaker's state, not the state named last; with no state known for him it is no one",
		},
		{
			name: "court-vocative",
			text: "We will hear argument next in the case of Hollis against Brandt.\n\n" +
				"Mr. Okafor, you do not dispute the facts, as I read the brief.\n\nDo you accept the ruling?\n\n" +
				"I accept it only in part.",
			refs: []ref{{"you", 1, "Okafor"}, {"I", 1, ""}, {"you", 2, "Okafor"}, {"I", 2, "Okafor"}},
			why:  "a sentence that opens by calling counsel gives him the floor from the next sentence on; in it, you is he and I the bench",
		},
		{
			name: "court-turns-self",
			text: "Good morning. My name is Dana Whitfield. I am here for the appellant.",
			refs: []ref{{"I", 1, "Dana Whitfield"}},
			why:  "a speaker who names himself is the I that follows",
		},
		{
			name: "court-turns-none",
			text: "I visited Harlow Bay in May. Tomas Brenner. The harbour was quiet, and I left early.",
			refs: []ref{{"I", 1, ""}},
			why:  "before any turn is given, I is no one",
		},
		{
			name: "predicate",
			text: "Marta Kessel was a Swiss chemist. She became an American citizen in 1950. " +
				"Her brother, a retired teacher, lives in Basel, a city on the Rhine.",
			refs: []ref{{"chemist", 1, "Marta Kessel"}, {"citizen", 1, "Marta Kessel"}, {"teacher", 1, ""},
				{"city", 1, "Basel"}},
			why: "an indefinite phrase after a copula or as an apposition of a name says what it is; " +
				"one after a description no actor is no mention",
		},
		{
			name: "relative",
			text: "Daniel Arvid was born in Malmo in 1901. His father, Johann Arvid, taught him mathematics. " +
				"Later his father moved to Lund. His teacher was strict.",
			refs: []ref{{"father", 1, "Johann Arvid"}, {"father", 2, "Johann Arvid"}, {"teacher", 1, ""}},
			why: "a possessive phrase before a name is that person, and so is the same phrase later; " +
				"one never given a name is no one",
		},
		{
			name: "unclaimed",
			text: "Varnholm\n\nVarnholm is a fishing town. The mayor of Varnholm, Ole Strand, opened a museum in Varnholm in May.",
			refs: []ref{{"Varnholm", 1, "Varnholm"}, {"Varnholm", 3, "Varnholm"}},
			why:  "a title that is a name the text uses twice later is a mention of it",
		},
		{
			name: "quote-we-body",
			text: "Lena Varga, the spokeswoman of the Harlow Shipping Corp, said: \"We will appeal, and our lawyers are ready.\" " +
				"\"I was not told,\" she added.",
			refs: []ref{{"We", 1, "Harlow Shipping Corp"}, {"our", 1, "Harlow Shipping Corp"}, {"I", 1, "Lena Varga"}},
			why:  "a person's we in a quotation is the body the document says she speaks for; her I is she",
		},
		{
			name: "quote-we-state",
			text: "Chile's President Ana Soto met the envoy on Monday. \"We share your concern,\" Soto said.",
			refs: []ref{{"We", 1, "Chile"}},
			why:  "the state a person leads speaks in his we",
		},
		{
			name: "quote-we-none",
			text: "Tom Reese, a farmer, said: \"We lost the harvest.\"",
			refs: []ref{{"We", 1, ""}},
			why:  "a person with no body named speaks for his family or colleagues, no actor of the document",
		},
		{
			name: "place-head",
			text: "Tourists cross the Varholm Bridge every evening. The bridge is lined with cafes.",
			refs: []ref{{"bridge", 1, "Varholm Bridge"}},
			why:  "the head noun of a place's name takes it up",
		},
		{
			name: "speaker-apposition",
			text: "Anna Berg, the chief executive of Nordvik Shipping, said: \"I am proud of my crews.\" " +
				"Per Lund, 54, a lawyer from Bergen, told reporters, \"I will appeal.\"",
			refs: []ref{{"I", 1, "Anna Berg"}, {"my", 1, "Anna Berg"}, {"I", 2, "Per Lund"}},
			why:  "the speaker before an apposition that ends at the reporting verb is the name the apposition follows, not the body that ends it",
		},
		{
			name: "bracket-alias",
			text: "The Halvik Institute of Marine Studies (HIMaS) published a report on Monday. " +
				"HIMaS said the coast was eroding. The Tarsen Group (Norway) disagreed.",
			refs: []ref{{"HIMaS", 1, "Halvik Institute of Marine Studies"}, {"HIMaS", 2, "Halvik Institute of Marine Studies"},
				{"Norway", 1, "Norway"}},
			why: "a short name in brackets right after a body's name is that body's, there and later, though not its initials; a known place in brackets is the place",
		},
		{
			name: "group-they-near",
			text: "Thousands of Estonians crossed the border on Monday. They were met by volunteers. " +
				"The weather was cold. Trains were delayed for hours. They said the camps were full.",
			refs: []ref{{"They", 1, "Estonians"}, {"They", 2, ""}},
			why:  "they takes up a group named in the sentence before, not one named further back: other people have come up since",
		},
		{
			name: "british-spelling",
			text: "The Nordic Trade Organisation met in Oslo. Later the Nordic Trade Organization said prices would rise.",
			refs: []ref{{"Organization", 1, "Nordic Trade Organisation"}},
			why:  "a name spelt the British way (-isation) and the American way (-ization) is one name",
		},
		{
			name: "quote-goes-on",
			text: "\"I am happy with the result,\" said Per Lund, the coach. \"My players worked hard.\" " +
				"The match ended late. \"We go home,\" a fan shouted. \"I want more.\"",
			refs: []ref{{"My", 1, "Per Lund"}, {"I", 2, ""}},
			why:  "a quotation with no reporting verb right after a spoken one is its speaker's; after one with no known speaker it is nobody's",
		},
		{
			name: "apposed-kind",
			text: "Halvik TV, the largest television network in Norway, was founded by Ann Lee. Tom Wu accused the network of fraud. " +
				"The Red Hand, a militia active in the north, attacked Oslo. Norway condemned the militia. " +
				"Norden Post is a newspaper in Bergen. Ann Lee sued the newspaper. " +
				"Fjord Savings Bank, Norway's largest lender, fined Tom Wu. He sued the lender.",
			refs: []ref{{"network", 2, "Halvik TV"}, {"militia", 2, "Red Hand"}, {"newspaper", 2, "Norden Post"}, {"lender", 2, "Fjord Savings Bank"}},
			why:  "the head noun of an apposition or a copula's complement of a body's name describes that body later",
		},
		{
			name: "apposed-kind-not",
			text: "Halvik Group, the subject of an inquiry, closed. Ann Lee led the inquiry. " +
				"Norden Bank, the network's owner, sold it. Tom Wu praised the network.",
			refs: []ref{{"subject", 1, ""}, {"network", 2, ""}},
			why:  "a noun for what a body is to something else, or one that owns what follows, says nothing of its kind",
		},
		{
			name: "name-kind",
			text: "The Islamic Front took over a third of Norway in 2014. Ann Lee fled after the group took Oslo. " +
				"Norden Television was founded in 1990. Tom Wu bought the broadcaster in 2001. " +
				"The Bergen Herald reported the sale. Ann Lee sued the paper.",
			refs: []ref{{"group", 1, "Islamic Front"}, {"broadcaster", 1, "Norden Television"}, {"paper", 1, "Bergen Herald"}},
			why:  "the last word of a body's name tells the nouns that describe it: a front is a group, TV a broadcaster, a herald a paper",
		},
		{
			name: "description-tie-topic",
			text: "Norden Holdings reported a loss on Monday. Norden Holdings has 900 workers. " +
				"Norden Holdings said Halvik Shipping owed it money. The company will sue. " +
				"Ann Lee sued Tove Bank on Monday. Tom Wu praised the bank.",
			refs: []ref{{"company", 1, "Norden Holdings"}, {"bank", 1, "Tove Bank"}},
			why:  "of two bodies a description fits, last named in the same sentence, it takes the one mentioned more, else the most recent",
		},
		{
			name: "role-fact-title",
			text: "Norway's president, Ann Lee, met Tom Wu on Monday. Wu later praised the president. " +
				"Bo Chen, an adviser to the prime minister of Sweden, met Ed Park. Ed Park thanked the minister.",
			refs: []ref{{"president", 2, "Ann Lee"}, {"minister", 2, ""}},
			why:  "the one title in the words of a role fact describes its holder later; two titles say nothing of which is his",
		},
		{
			name: "our-title-quoted",
			text: "Prime Minister Ann Lee of Norway met Tom Wu on Monday. " +
				"\"Our prime minister respected him,\" said Bo Chen, a Norwegian teacher. " +
				"Prime Minister Ed Park of Sweden met Tom Wu on Tuesday. \"Our prime minister was late,\" said Ola Berg, a Finnish teacher. " +
				"\"Our prime minister thanked Norway,\" said Bo Li, a spokesman for the Swedish government.",
			refs: []ref{{"prime", 1, "Ann Lee"}, {"prime", 2, ""}, {"prime", 3, "Ed Park"}},
			why:  "a speaker's \"our\" and a title is the holder of that title for the speaker's state (through the state's body he speaks for), none when none serves it",
		},
		{
			name: "embassy-office",
			text: "The Swedish Embassy in Oslo suspended operations on Monday. Ann Lee said the embassy had warned Norway. " +
				"The office asked Tom Wu to leave.",
			refs: []ref{{"Embassy", 1, "Swedish Embassy"}, {"embassy", 1, "Swedish Embassy"}, {"office", 1, "Swedish Embassy"}},
			why:  "a state's embassy is a body, and the embassy or the office later is that body",
		},
		{
			name: "noun-before-name",
			text: "Police detained student Omar Haddad on Monday. Officers questioned the student for an hour.",
			refs: []ref{{"student", 2, "Omar Haddad"}},
			why:  "a noun put before a person's name describes him later",
		},
		{
			name: "person-noun",
			text: "Leo Brandt built a radio at school. Teachers praised the boy, and the girl who sat beside him.",
			refs: []ref{{"boy", 1, "Leo Brandt"}, {"girl", 1, ""}},
			why:  "the boy is the male person of the last sentences; a noun with a relative clause is someone new",
		},
		{
			name: "speech-address",
			text: "My fellow citizens, we meet today in hard times. Americans have always answered the call. " +
				"We will not fail our children. \"We are ready,\" Mark Lane said.",
			refs: []ref{{"we", 1, "Americans"}, {"We", 1, "Americans"}, {"our", 1, "Americans"}, {"We", 2, ""}},
			why:  "a speech that addresses its fellow citizens speaks for the people it names in its we, outside quotations",
		},
		{
			name: "interview-headline",
			text: "Wikinews interviews Thomas Brandt, independent mayoral candidate\n\n" +
				"Why are you running?\n\nI grew up in this town. Brandt wants lower taxes.",
			refs: []ref{{"Thomas", 1, "Thomas Brandt"}, {"I", 1, "Thomas Brandt"}, {"Brandt", 2, "Thomas Brandt"}},
			why:  "an interview's headline names the person whose answers make up the text, though names are not read in headlines",
		},
		{
			name: "country-topic",
			text: "Norway recorded its first case of the virus on Friday. The traveller had spent two weeks in Iran. " +
				"Officials in Norway traced every contact. The traveller is now isolated, and the country has closed two schools. " +
				"Canada said the country would send doctors.",
			refs: []ref{{"country", 1, "Norway"}, {"country", 2, "Canada"}},
			why:  "the country with no state named before it in its sentence is the state the report is about, not the last one named",
		},
		{
			name: "predicate-after-bracket",
			text: "Marta Kessel (4 May 1901 - 2 June 1980) was a Swiss chemist.",
			refs: []ref{{"chemist", 1, "Marta Kessel"}},
			why:  "a copula after the bracket of a person's dates says what she is",
		},
		{
			name: "predicate-definite",
			text: "Ruth Kemp was the founder of a weavers' guild in Leeds. Later Ruth Kemp was the reason for its fame. " +
				"Her partner, Tom Ashby, the son of a mill owner, sold the cloth. Ruth Kemp, director of the guild, " +
				"met Anna Vogel, interior of the hall being unfinished.",
			refs: []ref{{"founder", 1, "Ruth Kemp"}, {"reason", 1, ""}, {"son", 1, "Tom Ashby"}, {"director", 1, "Ruth Kemp"},
				{"interior", 1, ""}},
			why: "a definite predicate or apposition of a person, or a bare office before of, is a mention of him when its head noun names a person",
		},
		{
			name: "predicate-office-capitalised",
			text: "The talks opened with Gro Lund, President of the Nordic Council, and Per Dahl, Chairman of the Halvik Trust.",
			refs: []ref{{"President", 1, "Gro Lund"}, {"Chairman", 1, "Per Dahl"}},
			why:  "a capitalised office before of, as an apposition, is a mention of the person too, a title or not",
		},
		{
			name: "place-apposition-definite",
			// A city the gazetteer knows: whether the recogniser takes an
			// unknown one ("Lyon") for a name varies with its training seed.
			text: "The Rhone flows through Marseille, the third city of France. Traders came to Marseille, the home of silk weaving.",
			refs: []ref{{"city", 1, "Marseille"}, {"home", 1, ""}},
			why:  "a definite apposition of a place is a mention of it when its head noun names a place or body",
		},
		{
			name: "predicate-after-footnote",
			text: "Lena Dahl (born 12 March 1975) [2] is a Norwegian singer. Her brother, Erik Dahl, was a carpenter.",
			refs: []ref{{"singer", 1, "Lena Dahl"}, {"carpenter", 1, "Erik Dahl"}},
			why:  "a footnote mark before the copula, or the comma that closes an apposition, still gives the predicate",
		},
		{
			name: "reflexive-subject",
			text: "Karl Vinter read the books of the Danish scholar Erik Lund as a boy, and with the help of Lund's notes taught himself Latin. " +
				"Vinter said Ole Brun \"walked in and turned himself in\".",
			refs: []ref{{"himself", 1, "Karl Vinter"}, {"himself", 2, "Ole Brun"}},
			why:  "a reflexive takes the nearest subject before it, past names in a phrase between and past a quotation mark",
		},
		{
			name: "fronted-phrase",
			text: "Anton Dvorak wrote nine symphonies. After Josef Suk, he was the best known Czech composer. " +
				"After Suk died, he wrote an opera.",
			refs: []ref{{"he", 1, "Anton Dvorak"}},
			why:  "the subject after a fronted phrase with no verb is not the name in it",
		},
		{
			name: "continued-speaker",
			text: "\"The shelling must stop\", said the Varna News Agency. The Harlow Army moved two brigades. " +
				"\"Provocation deserves punishment\", it added.",
			refs: []ref{{"it", 1, "Varna News Agency"}},
			why:  "a pronoun that speaks right after a quotation goes on with the speaker named last, not the latest organisation",
		},
		{
			name: "coordination",
			text: "Anna Berg and Tomas Lind founded the studio in 1990. They sold it in 2004.\n\n" +
				"Tunisia and Egypt raised tariffs. They said farmers needed help.",
			refs: []ref{{"They", 1, "Anna Berg and Tomas Lind"}, {"They", 2, ""}},
			why:  "they after a coordination of people's names is the group they make; after states it is mostly their people",
		},
		{
			name: "coordination-whole",
			text: "Ann Lee, Tom Wu and Bo Chen met in Cairo. They called on Norway to act.\n\n" +
				"Foreign Minister Ola Berg and his counterparts Cyd Ho, Ed Park and Li Na met in Oslo. They called on Sweden to act.\n\n" +
				"Ann Lee and Tom Wu, Bo Chen and Ed Park met in Rome. They called on Chile to act.\n\n" +
				"Ann Lee of Norway, Tom Wu of Sweden and Bo Chen of Chile met in Lima. They called on Peru to act.\n\n" +
				"Norway's Ann Lee, Sweden's Tom Wu and Chile's Bo Chen met in Lima. They called on Peru to act.",
			refs: []ref{{"They", 1, "Ann Lee, Tom Wu and Bo Chen"}, {"They", 2, "Ola Berg, Cyd Ho, Ed Park and Li Na"},
				{"They", 3, "Ann Lee, Tom Wu, Bo Chen and Ed Park"}, {"They", 4, "Ann Lee, Tom Wu and Bo Chen"},
				{"They", 5, "Ann Lee, Tom Wu and Bo Chen"}},
			why: "they after a list of people is the whole list, its first name, the companions that a possessive introduces and members' states included",
		},
		{
			name: "interview-pair",
			text: "Wikinews interviews Thomas Brandt and Sarah Lund of Lundbrandt Games\n\n" +
				"How did you start?\n\nWe met at school, and our first game came out in 2010.",
			refs: []ref{{"We", 1, "Thomas Brandt and Sarah Lund"}, {"our", 1, "Thomas Brandt and Sarah Lund"}},
			why:  "an interview of two people named together in its headline speaks as the two of them in its we",
		},
		{
			name: "topic",
			text: "Anton Dvorak studied music in Prague, where he played the viola. " +
				"Placed under the care of a Dr. Ward, he practised the violin daily.",
			refs: []ref{{"he", 2, "Anton Dvorak"}},
			why:  "he after a person named once in a fronted phrase is the topic",
		},
		{
			name: "topic-over-subject",
			text: "Karl Brenner was born in Graz in 1901. Brenner studied law in Vienna. He later taught there, " +
				"and his lectures were popular. Brenner married in 1930. He wrote three books. " +
				"Otto Weiss reviewed the last of them harshly. The review hurt his reputation for years.",
			refs: []ref{{"his", 2, "Karl Brenner"}},
			why:  "a pronoun after a subject named once takes up the life's subject, mentioned more than five times as often",
		},
		{
			name: "interview-introduced",
			text: "A life in magic\n\nWikinews spoke with Clara Hoffmann, president of the Northern Circle of Magicians, about her art.\n\n" +
				"How did you start?\n\nI was ten when I saw my first show. I bought two books, and I still own them.\n\n" +
				"Do you travel much?\n\nYes, I am away most weekends.",
			refs: []ref{{"I", 1, "Clara Hoffmann"}, {"my", 1, "Clara Hoffmann"}, {"you", 2, "Clara Hoffmann"}},
			why:  "an interview whose headline names no one speaks as the person an early sentence says the site spoke with",
		},
		{
			name: "title-label",
			text: "Remarks at the Delta Bridge\n\nPresident Joe Marsh and Vice President Ann Lee opened the bridge on Monday.\n\n" +
				"THE VICE PRESIDENT:\n\nThank you all. I am glad to be here with you.\n\n" +
				"THE PRESIDENT:\n\nThank you. I remember when this river had no bridge at all.",
			refs: []ref{{"I", 1, "Ann Lee"}, {"I", 2, "Joe Marsh"}},
			why:  "a transcript's label of a title alone gives the floor to the one person the document gave that whole title",
		},
		{
			name: "topic-it",
			text: "Sweden is a large country in the north of Europe. It has ten million people and many lakes. " +
				"The old mill burned down in 1950. It was never rebuilt.",
			refs: []ref{{"It", 1, "Sweden"}, {"It", 2, ""}},
			why:  "an It that opens the sentence after a place named as the subject of the one before is that place; after a thing it is nobody",
		},
		{
			name: "topic-it-adverb",
			text: "Norway closed its embassy in Sweden on Monday. It also expelled two diplomats. " +
				"The old mill burned down in 1950. It never reopened.",
			refs: []ref{{"It", 1, "Norway"}, {"It", 2, ""}},
			why:  "an adverb between the It and its verb does not stop it taking up the state named as the subject before",
		},
		{
			name: "noun-before-name",
			text: "After the final, Norway's coach Per Lund praised the referee. His brother Dean Lund was in the crowd with acclaimed actor Tove Rask. " +
				"At the moment Rask lives in Bergen, and the company Halvik Shipping pays her rent.",
			refs: []ref{{"coach", 1, "Per Lund"}, {"brother", 1, "Dean Lund"}, {"actor", 1, "Tove Rask"},
				{"moment", 1, ""}, {"company", 1, "Halvik Shipping"}, {"referee", 1, ""}},
			why: "a noun of a person right before a person's name (a body's noun before a body's) describes that person; a noun of time does not, nor a person noun with no name after it",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := a.Split(tt.text)
			chains := r.Chains(sents)
			for _, rf := range tt.refs {
				si, ti := -1, -1
				n := 0
				for i, s := range sents {
					for j, tok := range s.Tokens {
						if tok.Text == rf.word {
							n++
							if n == rf.n {
								si, ti = i, j
							}
						}
					}
				}
				if si < 0 {
					t.Fatalf("%q occurrence %d not in the document", rf.word, rf.n)
				}
				got := ""
				for _, c := range chains {
					for _, m := range c.Mentions {
						if m.Sentence == si && m.Start <= ti && ti < m.End {
							got = c.Name
						}
					}
				}
				if got != rf.want {
					var b strings.Builder
					for _, c := range chains {
						b.WriteString(c.Name + "; ")
					}
					t.Errorf("%q (%d) resolved to %q, want %q (%s); entities: %s", rf.word, rf.n, got, rf.want, tt.why, b.String())
				}
			}
		})
	}
}

// TestChainsNounBefore checks the spans of the mentions that a noun before
// a name gives its person in [Resolver.Chains]: GUM writes a bare noun and
// the name as one mention, a noun with an article or possessor as its own.
func TestChainsNounBefore(t *testing.T) {
	got := chainWords(t, "She met acclaimed actor Tove Rask in May. Norway's coach Per Lund spoke to his brother Dean Lund. "+
		"Former prime minister Karl Holm agreed. The deal was announced by the publishing giant Norhavn Media.")
	want := map[string][]string{
		"Tove Rask":     {"acclaimed actor Tove Rask"},
		"Per Lund":      {"coach", "Per Lund", "his"},
		"Dean Lund":     {"his brother", "Dean Lund"},
		"Karl Holm":     {"Former prime minister Karl Holm"},
		"Norhavn Media": {"the publishing giant", "Norhavn Media"},
	}
	for name, w := range want {
		if diff := cmp.Diff(w, got[name]); diff != "" {
			t.Errorf("mentions of %s mismatch (-want +got):\n%s", name, diff)
		}
	}
}

func TestChainsNarrator(t *testing.T) {
	a, r := newTest(t, Options{})
	tests := []struct {
		name, text string
		want       int // mentions of the narrator's chain
		why        string
	}{
		{"speech", "Thank you all for coming tonight. I am proud of this town. I grew up on Harbour Street, and my mother ran the bakery there. " +
			"When I was young, I wanted to leave. I did leave, for a while. But I came back, because my friends were here. " +
			"Per Lund, our mayor, told me: \"I will never give up on this harbour.\" I believed him. Today I ask you to believe me. " +
			"I will work for every one of you, and I will listen.",
			14, "a speech in the first person: every I, me and my outside the quotation is its speaker's; the mayor's quoted I is his"},
		{"few", "I visited Tove Rask in Bergen last week. She showed me the new library.", 0,
			"two first-person pronouns make no narrator"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := a.Split(tt.text)
			got := 0
			for _, c := range r.Chains(sents) {
				if c.Name != "I" {
					continue
				}
				got = len(c.Mentions)
				for _, m := range c.Mentions {
					if s := sents[m.Sentence]; strings.Contains(s.Text, "harbour") && m.Start > 7 {
						t.Errorf("narrator has the quoted %q of %q", s.Tokens[m.Start].Text, s.Text)
					}
				}
			}
			if got != tt.want {
				t.Errorf("narrator mentions = %d, want %d (%s)", got, tt.want, tt.why)
			}
		})
	}
}
