package nlp_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/nlp"
)

func newAnalyzer(t *testing.T) *nlp.Analyzer {
	t.Helper()
	a, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// tagOf returns the tag of the first token of s whose text is word.
func tagOf(s nlp.Sentence, word string) string {
	for _, t := range s.Tokens {
		if t.Text == word {
			return t.Tag
		}
	}
	return "(no token " + word + ")"
}

// TestCorrections checks the rules that fix the tagger's known errors.
func TestCorrections(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		sentence, word, want string
		why                  string
	}{
		{"He has traveled to Russia to oversee soldiers.", "Russia", "NNP", "a capitalised word after \"to\" is a name, not a verb"},
		{"Velmor, a New York-based bank, sued Tom Wu.", "York-based", "JJ", "a name's compound with a participle before a noun is an adjective"},
		{"Velmor, a New York-based bank, sued Tom Wu.", "sued", "VBD", "and the verb after it is the sentence's"},
		{"The Dutch annexed Bali in 1908.", "Dutch", "NNPS", "a nationality's adjective after \"the\", before a past tense, is the state's people"},
		{"The Dutch annexed Bali in 1908.", "annexed", "VBD", "and the past tense stays or becomes finite"},
		{"The French have left Mali.", "French", "NNPS", "the people before an auxiliary"},
		{"Bali was taken by the Dutch, then by Japan.", "Dutch", "NNPS", "the people before a comma"},
		{"The French navy left Mali.", "French", "JJ", "before a noun the nationality stays the adjective"},
		{"Norway has a council, made up of Sweden and Denmark.", "made", "VBN", "\"made up of\" is the participle of composition"},
		{"Norway has a council, made up of Sweden and Denmark.", "up", "RP", "its \"up\" is the particle"},
		{"He made up a story.", "made", "VBD", "\"made up\" with an object stays the past tense"},
		{"The council met newly elected President Ann Lee.", "elected", "JJ", "a participle after \"newly\" before a title modifies the name"},
		{"Ann Lee was newly elected President of the council.", "elected", "VBN", "after \"was\" it stays the verb"},
		{"The party newly appointed Tom Wu as leader.", "appointed", "VBD", "after a subject it stays the verb"},
		{"\"We have beaten [them] before,\" Tom Wu said.", "]", "-RRB-", "a closing square bracket is a bracket, not a verb"},
		{"\"We have beaten [them] before,\" Tom Wu said.", "[", "-LRB-", "an opening square bracket is a bracket"},
		{"US think tank Halvik Council published a report.", "think", "NN", "\"think\" before \"tank\" is the compound's noun"},
		{"I think tanks are useful.", "think", "VBP", "\"think\" after a pronoun stays the verb"},
		{"We met a chemist and study co-author Ann Lee.", "study", "NN", "a work's noun before \"co-author\" is the compound's noun"},
		{"They study authors of novels.", "study", "VBP", "after a subject it stays the verb"},
		{"Ann Lee won an award for the comedy, opposite Tom Wu.", "opposite", "IN", "\"opposite\" before a name is the preposition"},
		{"She took the opposite view.", "opposite", "JJ", "before a noun it stays the adjective"},
		{"On Monday, Danish daily newspaper Vestposten reported the sale.", "daily", "JJ", "a word of how often before a noun is its adjective"},
		{"The ferry sails daily from Halden.", "daily", "RB", "after a verb it stays the adverb"},
		{"Singer and animal rights advocate Ann Lee died on Monday.", "advocate", "NN", "a role noun that is also a verb, after a noun and before a name, titles the name"},
		{"Kelso captain Sam Rudd lamented the loss.", "captain", "NN", "after a club's name, before a name and its finite verb, the role noun titles the name"},
		{"Kelso captain Sam Rudd and Tom Wu after the match.", "captain", "VBP", "with no finite verb after the name it stays the verb"},
		{"Unions advocate Ann Lee's plan.", "advocate", "VBP", "after a plural subject with no verb after the name it stays the verb"},
		{"On Friday, Ann Lee, the mayor of Halden, extended the city lockdown to June 3.", "lockdown", "NN", "\"lockdown\" is never a verb"},
		{"The town declared an emergency over the cholera outbreak that had killed ten people.", "outbreak", "NN", "\"outbreak\" is never a verb"},
		{"US troops in Norway withdrew on Monday.", "troops", "NNS", "\"troops\" after a state's name and before a preposition is the subject, not a verb"},
		{"The advice to Her Majesty was unlawful.", "Her", "PRP$", "a capitalised possessive before a royal style is no name"},
		{"Tom Wu and Ann Lee won the Liberal and Green New Mexico primaries respectively.", "primaries", "NNS", "\"primaries\" after a state's name is the contest, not a verb"},
		{"Tom Wu met Guatemalan counterpart Jimmy Morales on Monday.", "counterpart", "NN", "an office before a name is no verb"},
		{"Atlanta police shot Rayshard Brooks in June.", "shot", "VBD", "\"shot\" after its subject and before its object is the past tense"},
		{"A gunman shot shoppers at the market.", "shot", "VBD", "after a common noun subject too"},
		{"The guard arrived and shot him.", "shot", "VBD", "after \"and\" before its object"},
		{"Tom Wu was later shot.", "shot", "VBN", "after \"was\" and an adverb, the participle"},
		{"It was a parting shot at the mayor.", "shot", "NN", "after a determiner and a noun, the noun"},
		{"Tom Wu, one of the founders, stated, \"The station will close.\"", "stated", "VBD", "a verb of saying after an apposition and before a quotation is the sentence's verb"},
		{"She is a high-ranking general, not a diplomat.", "general", "NN", "an adjective closing a noun phrase is its head noun"},
		{"Valdoria launched an offensive against the Ostmark rebels.", "offensive", "NN", "\"offensive\" after a determiner, before a preposition, is a military attack"},
		{"Valdoria began a new offensive in the east.", "offensive", "NN", "after an adjective too"},
		{"The remarks were offensive to many voters.", "offensive", "JJ", "after a verb it stays the adjective"},
		{"Tom Wu found the offensive posts.", "offensive", "JJ", "before a noun it stays the adjective"},
		{"Brazilian delegation returns from Arafat funeral", "funeral", "NN", "an event noun closing a phrase after a name, at the end of a headline, is its head"},
		{"The delegation returned from the Arafat funeral on Friday.", "funeral", "NN", "an event noun after a name, before a preposition, is the head"},
		{"Ann Lee used it to distract from Tom Wu's funeral.", "funeral", "NN", "an event noun after a possessive, closing the phrase, is its head"},
		{"Tom Wu spoke at her funeral.", "funeral", "NN", "after a possessive pronoun too"},
		{"The U.S. military attacked the Front on Monday.", "military", "NN", "an adjective after a state's name, before the verb, is the head noun"},
		{"The United States military attacked the Front on Monday.", "military", "NN", "after a plural proper noun too"},
		{"Her marriage to a Swiss national whom she met in Bern ended.", "national", "NN", "\"national\" after a nationality, before \"whom\", is a person"},
		{"He was held with a U.S. national.", "national", "NN", "after a state's name, before the full stop"},
		{"The national and local elections were held.", "national", "JJ", "after \"the\" alone it stays the adjective"},
		{"Ann Lee is a Swedish national now living in Oslo.", "national", "NN", "before an adverb and a participle's phrase \"national\" is a person"},
		{"Police detained a French national held in Oslo.", "national", "NN", "before a passive participle's phrase too"},
		{"The British national living wage rose.", "national", "JJ", "before a participle that modifies a noun it stays the adjective"},
		{"The police later released Tom Wu.", "released", "VBD", "a participle after an adverb after the subject, with no finite verb, is the past tense"},
		{"Norway later attacked Sweden.", "attacked", "VBD", "after a name too"},
		{"Oslo protesters surround police complex", "protesters", "NNS", "a plural of people before a word tagged as an adjective stays the noun"},
		{"They also credit him with promoting accord.", "credit", "VBP", "a noun before an object pronoun, in a clause without a verb, is the verb"},
		{"Mr Lee and Mr Wu deny conspiring to commit fraud.", "deny", "VBP", "before a gerund too"},
		{"The man later arrested was Tom Wu.", "arrested", "VBN", "with a finite verb in the sentence it stays the participle"},
		{"The new national and regional teams met.", "national", "JJ", "after a lower-case adjective too"},
		{"The deployment marks a first step towards war.", "towards", "IN", "\"towards\" is a preposition"},
		{"G-7 consists of the U.S., Japan and Italy.", "consists", "VBZ", "a plural-looking word after a bare name, before \"of\", is the verb"},
		{"Norwegian party withdraws nomination of princess", "withdraws", "VBZ", "a headline's -s word after the subject, before an object, with no verb, is the verb"},
		{"Halvik Holdings overseas operations grew.", "overseas", "JJ", "\"overseas\" before a noun stays an adjective"},
		{"The storm destroyed houses and schools.", "destroyed", "VBD", "an -ed word after the subject, in a clause without a verb, is the past tense"},
		{"The committee could soon hand over its report.", "hand", "VB", "a noun after a modal is a verb"},
		{"Anna Berg, a Swedish diplomat, arrived in Geneva.", "arrived", "VBD", "a participle with no finite verb in the sentence is the past tense"},
		{"It deals with fraud in relation to direct taxes.", "direct", "JJ", "after \"in relation to\", \"to\" is a preposition"},
		{"They have well-established links with the party.", "well-established", "JJ", "a hyphenated participle before a noun is an adjective"},
		{"The need for diplomacy is more pressing than ever.", "pressing", "JJ", "a participle graded by \"more\" is an adjective"},
		{"He met A. Rama Krishna in Boston.", "A.", "NNP", "an initial is part of a name"},
		{"Soldiers wounded in the attack were taken to a hospital.", "wounded", "VBN", "a past form between a noun and its clause's verb is a participle"},
		{"The number of ones equals the number of zeros.", "equals", "VBZ", "a plural-looking word before a determiner, with no verb before it, is the verb"},
		{"Judges are therefore referred to as justices.", "referred", "VBN", "an -ed word after \"be\", before a preposition, is a passive participle"},
		{"Seoul needed to share missile data.", "share", "VB", "after a verb taking an infinitive and \"to\", a noun before an object is a verb"},
		{"Sweden refused to hand over Tom Wu.", "hand", "VB", "after a verb taking an infinitive and \"to\", a noun before a particle is a verb"},
		{"He was a human being who loved God.", "being", "NN", "a gerund after an adjective, before no noun, is a noun"},
		{"Norway fought groups with links to al Qaeda.", "al", "NNP", "the Arabic article before a capital opens the name"},
		{"Police in Dar es Salaam's Kinondoni district arrested him.", "es", "NNP", "the Arabic article inside a place's name joins it"},
		{"Police arrested defeated presidential hopeful Tom Wu on Monday.", "hopeful", "NN", "\"hopeful\" after a modifier, before a name, is the candidate"},
		{"She remained hopeful Tom Wu would win.", "hopeful", "JJ", "\"hopeful\" after a verb stays an adjective"},
		{"Police arrested ousted prime minister Tom Wu on Monday.", "ousted", "JJ", "a past form after a verb, before a titled name, describes the name"},
		{"Police arrested detained opposition leader Tom Wu.", "arrested", "VBD", "the verb before it stays the verb"},
		{"The army has ousted prime minister Tom Wu.", "ousted", "VBN", "after an auxiliary the past form is the verb"},
		{"Norland police arrest former president", "arrest", "VBP", "a headline's base-form verb of an act after a plural subject"},
		{"Rebels free hostages in Mali", "free", "VBP", "after a capitalised plural opening the headline"},
		{"Norland police arrest defeated presidential hopeful", "defeated", "JJ", "a past form before a headline's last noun describes the object"},
		{"Norway faces a growing threat from Sweden.", "growing", "JJ", "a form in -ing between an article and a noun modifies the noun"},
		{"The army is waging a widening offensive against the rebels.", "widening", "JJ", "a form in -ing between an article and an adjective before a preposition modifies it"},
		{"The army is waging a widening offensive against the rebels.", "offensive", "NN", "an adjective after an article and a modifier, before a preposition, is the noun"},
		{"She began her film career in 1947.", "her", "PRP$", "\"her\" before a noun is possessive"},
		{"The militia held her for two years.", "her", "PRP", "\"her\" before a preposition is the object"},
		{"Police arrested her.", "her", "PRP", "\"her\" ending the sentence is the object"},
		{"The rebels captured Tikrit, which the army had held for years.", "captured", "VBD", "a participle between the opening noun phrase and an object, with no verb in its clause, is the past tense"},
		{"The men given the award were happy.", "given", "VBN", "a participle whose clause has a verb after its object stays a participle"},
		{"The rebels attacked the party, which Norway supports.", "supports", "VBZ", "a plural-looking word ending a relative clause without a verb is its verb"},
		{"He met the man whom Norway's voters elected.", "voters", "NNS", "the noun before the relative clause's verb stays a noun"},
		{"Google let Tom Wu join the company.", "let", "VBD", "let between a subject and an object is the verb"},
		{"The home side lost 3-1 to the visitors.", "3-1", "CD", "two numbers joined by a hyphen are a score, a number"},
		{"Norway criticised the plan.", "Norway", "NNP", "a capitalised word in -way opening the sentence is a name"},
		{"He scored twice as Chelsea beat Arsenal.", "beat", "VBD", "beat between a name and a name is the verb"},
		{"Tom Wu scored twice as his side beat Norland FC.", "beat", "VBD", "beat between a word for a team and a name is the verb"},
		{"The drum beat filled the hall.", "beat", "NN", "beat after another noun stays a noun"},
		{"Halvik defeat Norland in third round of the season", "defeat", "VBP", "a verb of winning between a name and a name, with no other verb, is the verb (a sports headline's plural)"},
		{"Halvik thrash Norland in final", "thrash", "VBP", "so is another verb of winning"},
		{"The Halvik defeat shocked Norland.", "defeat", "NN", "a noun before the clause's verb stays a noun"},
		{"Anyway, the plan failed.", "Anyway", "RB", "an adverb in -way stays one"},
		{"Emily Lund met Tom Wu in Oslo.", "Emily", "NNP", "a given name in -ly opening the sentence before a name is a name"},
		{"Kelly, the mayor's deputy, and Tom Wu were fined.", "Kelly", "NNP", "a name in -ly opening the sentence before a comma is a name"},
		{"Connolly said the party would win.", "Connolly", "NNP", "a surname in -ly opening the sentence before a verb is a name"},
		{"Holly Berg said the plan failed.", "Holly", "NNP", "so is another"},
		{"Norway fired shells at the border.", "fired", "VBD", "an -ed adjective between a name and a plural object, with no verb, is the past tense"},
		{"Google let Tom Wu join the company.", "join", "VB", "after let and its object, a word before an object is the bare infinitive"},
		{"She was praised for helping Kenya hold elections.", "hold", "VB", "after help and its object, a word before an object is the bare infinitive"},
		{"The deal helped Norway enter the union.", "enter", "VB", "the bare infinitive after help and a name"},
		{"They made the minister president.", "president", "NN", "a noun ending the sentence after make and an object stays a noun"},
		{"She was made a Dame by the Queen.", "by", "IN", "a preposition after make and an object stays a preposition"},
		{"He made his film debut opposite Ann Lee.", "debut", "NN", "a noun after a common noun is a compound's head, not a bare infinitive"},
		{"They detained her and her husband.", "her", "PRP", "\"her\" before a conjunction is the object"},
		{"He thanked her very warmly.", "her", "PRP", "\"her\" before an adverb and no noun is the object"},
		{"Government troops oversaw the port.", "troops", "NNS", "a plural-looking word right before a finite verb is a noun"},
		{"Ann Lee urged Norway to stay and spoke with Tom Wu.", "spoke", "VBD", "a form that is only a past tense is no infinitive after to, a verb and and"},
		{"Government troops oversaw the port.", "oversaw", "VBD", "a prefixed irregular past the model labels IN is a verb"},
		{"Western Union has had major losses.", "has", "VBZ", "an auxiliary before a participle stays a verb"},
		{"Members of the Halvik council differ on the plan.", "differ", "VBP", "a noun after the plural phrase opening the clause, with no verb in it, is the present tense"},
		{"Most voters in Halvik share many concerns with the mayor.", "share", "VBP", "before an adjective and an object"},
		{"The council's jobs record improved in May.", "record", "NN", "a noun after a plural noun before the clause's verb stays a noun"},
		{"Ships can dock there if the need arises.", "arises", "VBZ", "after a subordinating conjunction the phrase opens a clause; a verb may end it after a determined subject"},
		{"Tom Wu asked how the council's budget changes over time.", "changes", "VBZ", "after \"how\" too"},
		{"The guide explains how the Halvik border checks work.", "checks", "NNS", "a noun before its clause's verb stays a noun"},
		{"Budget cuts hit Halvik schools.", "cuts", "NNS", "a short opening phrase is safe"},
		{"Tax hike for the poor", "hike", "NN", "a noun second in the sentence after a noun stays a noun"},
		{"Ann Berg quit Google last week.", "quit", "VBD", "an irregular past after a name, before a name, is the past tense"},
		{"Norway beat Sweden 3-1 in Oslo on Saturday.", "beat", "VBD", "a win's past the model labels JJ after a name, before a name"},
		{"Halvik Retail to sell its Polish branch to Norden Group", "branch", "NN", "a headline's verb in the infinitive: the noun after it is no verb"},
		{"The drummer kept the beat steady.", "beat", "NN", "after a determiner it stays a noun"},
		{"In 1990, Tom Wu undertook studies at the college, where he met Ann.", "undertook", "VBD", "with a verb in a later clause too"},
		{"In 1990, Tom Wu undertook studies at the college, where he met Ann.", "studies", "NNS", "the object after the fixed verb stays a noun"},
		{"The rebels dug, the police said.", "dug", "VBD", "before a comma"},
		{"The mayor and the governor share the blame.", "share", "VBP", "two phrases joined by \"and\" are a plural subject"},
		{"She praised the health and education services in Halvik.", "education", "NN", "a noun after \"and\" without a determiner is a modifier"},
		{"The review in question focuses on the budget.", "focuses", "VBZ", "an -s word after the noun phrase opening the clause, with no verb in it, is the verb"},
		{"Tom Wu's audit reveals gaps in the budget.", "reveals", "VBZ", "before a plural object"},
		{"Our local council funds community clinics and has hired nurses.", "funds", "VBZ", "a verb after the conjunction is a second verb of the subject"},
		{"For most voters, inflation affects spending.", "affects", "VBZ", "after a comma with no verb before it, the phrase opens a clause"},
		{"In the end, the inquiry considers claims of fraud.", "considers", "VBZ", "after an opening prepositional phrase and a comma"},
		{"The mayor praised the new council offices in Halvik.", "offices", "NNS", "the -s word after the clause's verb stays a noun"},
		{"Wine makers in Halvik, such as Tom Wu, have found it hard.", "makers", "NNS", "a verb after commas is the clause's verb: the -s word is a noun"},
		{"She praised the health and education services in Halvik.", "services", "NNS", "a noun after a conjunction is the second of two nouns, not a verb"},
		{"The jobs record ended in the red.", "jobs", "NNS", "a participle ahead is the clause's verb"},
		{"Ann Berg taught classes at the college, where she met Tom Wu.", "classes", "NNS", "a past tense the model took for a noun is the verb"},
		{"The minister of Chile, Viktor Kaplan, has overseen naval forces.", "overseen", "VBN", "a participle's ending after \"has\" is a participle"},
		{"U.S. troops left Halvia in 2011, then returned.", "troops", "NNS", "a plural for people after a name, before a participle, is the subject's head"},
		{"U.S. troops left Halvia in 2011, then returned.", "left", "VBD", "the participle after it is the clause's past tense"},
		{"U.S. troops stationed in Halvia were attacked.", "stationed", "VBN", "a participle with a finite verb after it in its clause stays a participle"},
		{"Jean Morel d'Aubigny met Tom Wu in Paris.", "d'Aubigny", "NNP", "a word after an elided particle is a name's, not a verb"},
		{`Mara Velden of the University of Nortavia disagreed with the plan: "It fails."`, "disagreed", "VBD",
			"an -ed word after the subject is its past tense when the only finite verbs stand after a colon"},
		{`Mara Velden of the University of Nortavia disagreed with the plan.`, "disagreed", "VBD", "as with no colon"},
		{`The study of the Nortavia seabed: it failed.`, "seabed", "NN", "a noun before the colon stays a noun: nothing follows it as a verb's object"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := tagOf(a.Tag(tt.sentence), tt.word); got != tt.want {
				t.Errorf("Tag(%q): %s/%s, want %s (%s)", tt.sentence, tt.word, got, tt.want, tt.why)
			}
		})
	}
}

// TestTokens checks tokenization details that the clause rules rely on.
func TestTokens(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		sentence string
		want     string // tokens as text/tag, space separated
		why      string
	}{
		{
			sentence: "He said `` no '' to them .",
			want:     "He/PRP said/VBD ``/`` no/DT ''/'' to/TO them/PRP ./.",
			why:      "Penn Treebank quotes stay one token each",
		},
		{
			sentence: "He said \u201cno\u201d to them.",
			want:     "He/PRP said/VBD \"/`` no/DT \"/'' to/TO them/PRP ./.",
			why:      "curly quotes fold to ASCII and keep their direction in the tag",
		},
		{
			sentence: "Ships crossed the Black Sea.",
			want:     "Ships/NNS crossed/VBD the/DT Black/NNP Sea/NNP ./.",
			why:      "a sentence's full stop is not part of a short capitalised last word",
		},
		{
			sentence: "General Dynamics Corp. won a contract in Cambridge, Mass., last year.",
			want:     "General/NNP Dynamics/NNP Corp./NNP won/VBD a/DT contract/NN in/IN Cambridge/NNP ,/, Mass./NNP ,/, last/JJ year/NN ./.",
			why:      "abbreviations keep their period",
		},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			s := a.Tag(tt.sentence)
			var got []string
			for _, tok := range s.Tokens {
				got = append(got, tok.Text+"/"+tok.Tag)
				if s.Text[tok.Start:tok.End] != tok.Text && !strings.ContainsAny(s.Text[tok.Start:tok.End], "\u201c\u201d") {
					t.Errorf("token %q has span %q", tok.Text, s.Text[tok.Start:tok.End])
				}
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("Tag(%q) =\n%s\nwant\n%s", tt.sentence, g, tt.want)
			}
		})
	}
}

func TestSplitLongSentence(t *testing.T) {
	a := newAnalyzer(t)
	cases := []struct {
		text string
		why  string
	}{
		{strings.Repeat("Kim met Moon in Seoul and ", 400), "words with no full stop"},
		{strings.Repeat("Kim, Moon and Lee ", 400), "commas to cut at"},
		{strings.Repeat("é", 3000), "one word of two-byte characters, no space"},
		{strings.Repeat("word ", 300) + strings.Repeat(" ", 5000) + "end", "a long run of spaces"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			sents := a.Split(c.text)
			if len(sents) < 2 {
				t.Fatalf("Split(%d bytes) gave %d sentences, want it cut", len(c.text), len(sents))
			}
			for i, s := range sents {
				if len(s.Text) > nlp.MaxSentenceBytes {
					t.Errorf("sentence %d has %d bytes, more than MaxSentenceBytes", i, len(s.Text))
				}
			}
			if err := checkSplit(c.text, sents); err != nil {
				t.Error(err)
			}
		})
	}
	// A cut falls after the last comma of the piece.
	sents := a.Split(strings.Repeat("Kim, Moon and Lee ", 400))
	if !strings.HasSuffix(sents[0].Text, ",") {
		t.Errorf("first piece ends %q, want a comma", sents[0].Text[len(sents[0].Text)-10:])
	}
}

// TestSplitInitialism checks that a sentence starting with an initialism
// is not cut after it.
func TestSplitInitialism(t *testing.T) {
	a := newAnalyzer(t)
	cases := []struct {
		text string
		want []string
		why  string
	}{
		{
			"The vote was close. U.S. Senator Ann Lee, a Democrat from Ohio, said she was pleased.",
			[]string{"The vote was close.", "U.S. Senator Ann Lee, a Democrat from Ohio, said she was pleased."},
			"an initialism before a title",
		},
		{
			"Talks ended on Friday. U.N. envoys left the city.",
			[]string{"Talks ended on Friday.", "U.N. envoys left the city."},
			"an initialism before a lower-case noun",
		},
		{
			"She moved to the U.S. in 1990. Her son stayed.",
			[]string{"She moved to the U.S. in 1990.", "Her son stayed."},
			"an initialism inside a sentence",
		},
		{
			"Ann Lee, a sitting U.S. Senator from Ohio, spoke. The D.C. Circuit vacated the ruling.",
			[]string{"Ann Lee, a sitting U.S. Senator from Ohio, spoke.", "The D.C. Circuit vacated the ruling."},
			"an initialism inside a name, before a capitalised word that opens no sentence",
		},
		{
			"Halvik sells to the U.S. The firm said so. It ships to the U.K. Tom Wu said so.",
			[]string{"Halvik sells to the U.S.", "The firm said so.", "It ships to the U.K. Tom Wu said so."},
			"an initialism that ends a sentence before an article; before a name it is taken for a name's word",
		},
		{
			"KJOSEN, Norway. - A small bomb went off. Police came. - Tom Wu said so.",
			[]string{"KJOSEN, Norway. - A small bomb went off.", "Police came.", "- Tom Wu said so."},
			"a dateline before a dash; a sentence before a dash stays whole",
		},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			var got []string
			for _, s := range a.Split(c.text) {
				got = append(got, s.Text)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", c.text, diff)
			}
			if err := checkSplit(c.text, a.Split(c.text)); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestTagWords checks that words split beforehand get the tags that Split
// gives the same words in running text, curly apostrophes included, and
// one tag per word.
func TestTagWords(t *testing.T) {
	a := newAnalyzer(t)
	for _, text := range []string{
		"Kim Jong Un met Vladimir Putin in Moscow on Tuesday.",
		"Troops oversaw the port while Government troops withdrew.",
		"North Korea’s army said it would respond.",
	} {
		s := a.Tag(text)
		words := make([]string, len(s.Tokens))
		want := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			words[i], want[i] = text[tok.Start:tok.End], tok.Tag
		}
		got := a.TagWords(words)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("TagWords(%q) = %v, want %v (Tag's)", words, got, want)
		}
	}
	if got := a.TagWords(nil); len(got) != 0 {
		t.Errorf("TagWords(nil) = %v, want no tags", got)
	}
}

func TestTokenLower(t *testing.T) {
	a := newAnalyzer(t)
	for _, tok := range a.Tag("The ÉCOLE in Paris said \u201cNo\u201d to McDonald's.").Tokens {
		if got, want := tok.Lower(), strings.ToLower(tok.Text); got != want {
			t.Errorf("Token{%q}.Lower() = %q, want %q", tok.Text, got, want)
		}
		if n := testing.AllocsPerRun(10, func() { tok.Lower() }); n != 0 {
			t.Errorf("Token{%q}.Lower() allocates %v times, want 0: computed once by Tag", tok.Text, n)
		}
	}
	if got := (nlp.Token{Text: "NATO"}).Lower(); got != "nato" {
		t.Errorf("Lower of a token made outside the Analyzer = %q, want %q", got, "nato")
	}
}

// TestSplitMiddleInitial checks that a name's middle initial before a
// surname that is also a common word ("Grant") ends no sentence, while a
// Roman numeral or a sentence opener after an initial still does.
func TestSplitMiddleInitial(t *testing.T) {
	a := newAnalyzer(t)
	for _, c := range []struct {
		text string
		want int
	}{
		{"The herds were hunted by many generals, including President Ulysses S. Grant, who ordered it.", 1},
		{"Its lawyer, Ann B. Fox, said the ban was legal.", 1},
		{"The prize went to Plan B. The rest went home.", 2},
		{"The bill was signed by Ann B. The court upheld it.", 2},
	} {
		if got := len(a.Split(c.text)); got != c.want {
			t.Errorf("Split(%q) gave %d sentences, want %d", c.text, got, c.want)
		}
	}
}

// TestSplitInitialismCompound checks that a compound of an initialism and
// a hyphen ("U.S.-based") ends no sentence before the name after it.
func TestSplitInitialismCompound(t *testing.T) {
	a := newAnalyzer(t)
	for _, c := range []struct {
		text string
		want int
	}{
		{"The suit has the support of the U.S.-based Authors Guild.", 1},
		{"The U.N.-led Peace Mission left on Monday.", 1},
		{"The firm moved to the U.S. The board agreed.", 2},
	} {
		if got := len(a.Split(c.text)); got != c.want {
			t.Errorf("Split(%q) gave %d sentences, want %d", c.text, got, c.want)
		}
	}
}

// TestSplitRankAbbrev checks that an abbreviated rank the segmenter does
// not know ("Brig.", "Supt.") or an honorific before a surname that is
// also a common word ("Mr. Brown") ends no sentence before the name or
// rank after it, and that the rank stays one token.
func TestSplitRankAbbrev(t *testing.T) {
	a := newAnalyzer(t)
	for _, c := range []struct {
		text  string
		want  int
		token string
	}{
		{"Police spokesman Brig. Gen. Tom Wu told reporters in Oslo.", 1, "Brig."},
		{"The raid was led by Det. Supt. Ann Lee of the Norwegian police.", 1, "Supt."},
		{"Tom Wu met the general. Sweden sent aid.", 2, ""},
		{"Tom Wu began by praising Mr. Brown for his work in Oslo.", 1, "Mr."},
		{"The award went to Mrs. Green and Dr. White of Bergen.", 1, "Dr."},
		{"The premier is accompanied by the Minister of Trade Hon. Mele Tuipulotu MP to Suva.", 1, "Hon."},
	} {
		ss := a.Split(c.text)
		if len(ss) != c.want {
			t.Errorf("Split(%q) gave %d sentences, want %d", c.text, len(ss), c.want)
			continue
		}
		if c.token == "" {
			continue
		}
		found := false
		for _, tok := range ss[0].Tokens {
			found = found || tok.Text == c.token
		}
		if !found {
			t.Errorf("Split(%q): no token %q", c.text, c.token)
		}
	}
}

// TestSplitParagraph checks that the first sentence of each block of text
// (a paragraph after a blank line, a headline line) is marked as opening a
// paragraph, and no other is.
func TestSplitParagraph(t *testing.T) {
	a := newAnalyzer(t)
	cases := []struct {
		text string
		want []bool
		why  string
	}{
		{"Kim met Moon. Moon left.\n\nLee arrived. Lee spoke.", []bool{true, false, true, false}, "a blank line opens a paragraph"},
		{"Kim met Moon. Moon left.\nLee arrived.", []bool{true, false, false}, "a hard-wrapped line goes on the paragraph"},
		{"Kim meets Moon in Seoul\n\nKim met Moon on Monday. Moon left.", []bool{true, true, false}, "a headline is a paragraph of its own"},
		{"Kim meets Moon in Seoul for talks on the border, trade and the families split by the war in Korea\nLast week Kim met Moon. Moon left.",
			[]bool{true, true, false}, "a text's first line is its title though longer than a headline's 14 words"},
		{"Kim met Moon in Seoul on Monday for talks on the border, trade and the families split by\nthe war. Moon left.",
			[]bool{true, false}, "a first line the next continues in lower case is hard-wrapped"},
		{"Ministers meet in Oslo\n\n" +
			"The Norwegian foreign minister Tom Wu met Ann Lee in Oslo on\n" +
			"Monday. Both Wu and Lee said they had agreed on a new\n" +
			"Fishing Treaty with Iceland, Greenland and the Faroe Islands\n" +
			"after talks. Lee left.\n\n" +
			"Reactions\n\n" +
			"Iceland welcomed the treaty.",
			[]bool{true, true, false, false, true, true},
			"lines of a hard-wrapped text that read as headlines go on their paragraph; a line between blank lines stays one"},
		{"Ann Lee met officials of the\nHalvik Party in Oslo. They left.", []bool{true, false},
			"a line that ends with \"the\" or \"of\" is no headline"},
		{"Ann Lee met officials in\nthe capital Oslo. They left.", []bool{true, false},
			"a line the next continues in lower case is no headline"},
		{"Tom Wu, the mayor of Halvik, met the fishermen of the harbour on Monday to talk about the closure of the docks. He left.\n" +
			"Ann Lee, who leads the fishermen, said the talks had gone well. She thanked him.\n" +
			"—Ann Lee, on Monday\n" +
			"The docks reopen in May.",
			[]bool{true, false, true, false, true, true},
			"a text that writes a paragraph a line opens one at each line, signed quotations included"},
		{"Tom Wu, the mayor of Halvik, met the fishermen of the harbour on Monday to talk about the closure of\n" +
			"the docks, and Ann Lee, who leads the fishermen, said the talks had gone well for all who took part\n" +
			"in them. She thanked him.",
			[]bool{true, false},
			"lines wrapped past 100 bytes, few of which end a sentence, are one paragraph"},
		{"Wikinews spoke with Ann Lee. She voted against it. —Ann Lee\n" +
			"((WN)) Why did you vote against it?",
			[]bool{true, false, false, true},
			"a speaker's label in double parentheses opens a turn of its own"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			var got []bool
			for _, s := range a.Split(c.text) {
				got = append(got, s.Paragraph)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("Split(%q) paragraphs mismatch (-want +got):\n%s", c.text, diff)
			}
		})
	}
}
