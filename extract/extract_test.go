package extract_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// setup returns an analyzer and an extractor, failing the test if either
// cannot be built.
func setup(tb testing.TB) (*nlp.Analyzer, *extract.Extractor) {
	tb.Helper()
	a, err := nlp.New()
	if err != nil {
		tb.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		tb.Fatal(err)
	}
	return a, x
}

// subjectLemmas returns "subject|lemma" for each extraction of text.
func subjectLemmas(a *nlp.Analyzer, x *extract.Extractor, text string) []string {
	var got []string
	for _, e := range x.Sentence(a.Tag(text)) {
		got = append(got, e.Subject.Text+"|"+e.Lemma)
	}
	return got
}

// triples returns "subject -lemma-> object" for each extraction of text,
// "not " before a negated lemma.
func triples(a *nlp.Analyzer, x *extract.Extractor, text string) []string {
	var got []string
	for _, e := range x.Sentence(a.Tag(text)) {
		neg := ""
		if e.Negated {
			neg = "not "
		}
		got = append(got, e.Subject.Text+" -"+neg+e.Lemma+"-> "+e.Object.Text)
	}
	return got
}

// readLines returns the lines of path that are neither blank nor comments
// starting with "#".
func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// format renders extractions one per line, the way golden files hold them.
func format(xs []schema.Extraction) string {
	var b strings.Builder
	for _, x := range xs {
		fmt.Fprintf(&b, "\t%.2f (%s; %s; %s) lemma=%s", x.Confidence, x.Subject.Text, x.Relation, x.Object.Text, x.Lemma)
		for _, e := range x.Extra {
			fmt.Fprintf(&b, " %s=%q", e.Role, e.Text)
		}
		if x.Negated {
			b.WriteString(" negated")
		}
		if x.Attribution != "" {
			fmt.Fprintf(&b, " said-by=%q", x.Attribution)
		}
		for _, s := range x.Sources[min(1, len(x.Sources)):] {
			fmt.Fprintf(&b, " citing=%q", s.Text)
		}
		if x.Membership {
			b.WriteString(" membership")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGolden runs the extractor on each testdata/*.txt file, one sentence a
// line, and compares the extractions with the matching .golden file. Run
// with -update to rewrite the golden files.
func TestGolden(t *testing.T) {
	a, x := setup(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt files")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for _, line := range readLines(t, file) {
				b.WriteString(line)
				b.WriteByte('\n')
				b.WriteString(format(x.Sentence(a.Tag(line))))
			}
			golden.Check(t, filepath.Join("testdata", name+".golden"), []byte(b.String()))
		})
	}
}

// fact is the part of an extraction that TestSentence checks.
type fact struct {
	Subject, Relation, Lemma, Object string
}

// TestSentence checks single facts that the extractor must find, one
// construction per case.
func TestSentence(t *testing.T) {
	a, x := setup(t)
	tests := []struct {
		name     string
		sentence string
		want     fact
		why      string
	}{
		{
			name:     "names coordinated before one plural noun",
			sentence: "The band toured in 2005 with several Oslo and New York concerts.",
			want:     fact{"The band", "toured with", "tour_with", "several Oslo and New York concerts"},
			why:      "a count word before a name and a plural noun after the last name make the names modifiers of the one noun",
		},
		{
			name:     "reported subject with a by-phrase",
			sentence: "Ann Lee said the decision by the Halvik Party was reckless.",
			want:     fact{"Ann Lee", "said", "say", "the decision by the Halvik Party was reckless"},
			why:      "a prepositional phrase after the noun does not end the clause that says omits its that for",
		},
		{
			name:     "reported subject with a from-phrase",
			sentence: "Tom Wu reported the troops from Norway had left the town.",
			want:     fact{"Tom Wu", "reported", "report", "the troops from Norway had left the town"},
			why:      "the phrase is the subject's, and the finite verb after it opens the reported clause",
		},
		{
			name:     "Filipino name particle tagged as a verb",
			sentence: "Tomas dela Cruz of the navy said the ship had sunk.",
			want:     fact{"Tomas dela Cruz of the navy", "said", "say", "the ship had sunk"},
			why:      "dela inside a name is a particle, not the name's verb",
		},
		{
			name:     "of-phrase and apposition after the subject",
			sentence: "Tom Wu, of Halvik Radio, one of the founders, said the station would close.",
			want:     fact{"Tom Wu", "said", "say", "the station would close"},
			why:      "the noun phrase set off after \"of\" is the name's, not the subject",
		},
		{
			name:     "speaker's label of a transcript's turn",
			sentence: "((WN))  What prompted your interest in archaeology?",
			want:     fact{"What", "prompted", "prompt", "your interest"},
			why:      "the label in double parentheses names who speaks the turn and is no part of its subject",
		},
		{
			name:     "time phrase between which and its verb",
			sentence: "Norway, which within two years attacked Sweden, fell.",
			want:     fact{"Norway", "attacked", "attack", "Sweden"},
			why:      "the phrase of time after the relative pronoun is no subject: the antecedent is",
		},
		{
			name:     "floating quantifier after who",
			sentence: "The show was hosted by Ann Lee and Tom Wu, who both worked for Halvik Radio.",
			want:     fact{"Ann Lee", "worked for", "work_for", "Halvik Radio"},
			why:      "both after who counts the antecedents, the list before the relative, and is no subject of its own",
		},
		{
			name:     "floating quantifier after who, second member",
			sentence: "The show was hosted by Ann Lee and Tom Wu, who both worked for Halvik Radio.",
			want:     fact{"Tom Wu", "worked for", "work_for", "Halvik Radio"},
			why:      "both after who: every member of the list works there",
		},
		{
			name:     "editor's words in square brackets before the object",
			sentence: "\"We beat [reigning champions] Norway twice,\" Tom Wu said.",
			want:     fact{"We", "beat", "beat", "reigning champions] Norway"},
			why:      "words an editor put in a quote are read in place, not as an aside that ends the clause",
		},
		{
			name:     "editor's name in square brackets for a pronoun",
			sentence: "\"I told [Ann Lee] the truth,\" Tom Wu said.",
			want:     fact{"I", "told", "tell", "Ann Lee"},
			why:      "the bracketed name stands where the pronoun was and is the verb's object",
		},
		{
			name:     "relation's preposition again after the first object's phrases",
			sentence: "Ann Lee ran for the Oslo City Council in 2010 and for the Norwegian Parliament in 2014.",
			want:     fact{"Ann Lee", "ran for", "run_for", "the Norwegian Parliament"},
			why:      "and with the relation's preposition again, after the first object's time, gives a second object",
		},
		{
			name:     "preposition again after a time phrase, speech",
			sentence: "Tom Wu spoke to Reuters on Monday and to the BBC on Tuesday.",
			want:     fact{"Tom Wu", "spoke to", "speak_to", "the BBC"},
			why:      "the hearer after and and the same preposition is the verb's object too",
		},
		{
			name:     "month before a name at the start",
			sentence: "In March Norway attacked Sweden.",
			want:     fact{"Norway", "attacked", "attack", "Sweden"},
			why:      "a month before a name that a verb follows is a phrase of its own",
		},
		{
			name:     "names after an opening phrase's lower-case noun",
			sentence: "According to local sources Norway and Sweden also discussed fishing rights.",
			want:     fact{"Norway", "discussed", "discuss", "fishing rights"},
			why:      "the opening phrase ends with its lower-case noun; the names a verb follows are the subject",
		},
		{
			name:     "one name after an opening phrase's plural",
			sentence: "In recent talks Denmark offered Sweden a loan.",
			want:     fact{"Denmark", "offered", "offer", "Sweden"},
			why:      "the opening phrase ends with its plural; the name a verb follows is the subject",
		},
		{
			name:     "title before a name after an opening subordinator",
			sentence: "While party nominee Tom Wu praised Ann Lee, others attacked her.",
			want:     fact{"party nominee Tom Wu", "praised", "praise", "Ann Lee"},
			why:      "a singular noun before a name is the name's title, not the end of an opening phrase",
		},
		{
			name:     "year before a name at the start",
			sentence: "Since 2004 Halvik Holdings has sued Ann Lee.",
			want:     fact{"Halvik Holdings", "has sued", "sue", "Ann Lee"},
			why:      "a year before a name that a finite verb follows is a phrase of its own",
		},
		{
			name:     "two years joined by and before a verb",
			sentence: "Tom Wu voted against the plan in 1998, and in 1999 and 2000 served as the chair of the Harbor Council.",
			want:     fact{"Tom Wu", "served as", "serve_as", "the chair of the Harbor Council"},
			why:      "two years joined by and are one time phrase, so the second is no subject of the verb after it",
		},
		{
			name:     "coordinated subject after a clause-opening as",
			sentence: "Talks stalled, as both Norway and Sweden had refused to work with Tom Wu.",
			want:     fact{"both Norway", "had refused to work with", "refuse_to_work_with", "Tom Wu"},
			why:      "as after a comma opens a clause: the whole coordination before the verb is its subject",
		},
		{
			name:     "clause without that after a verb of finding",
			sentence: "Judge Ann Roe determined Tom Ball had lied to the court.",
			want:     fact{"Judge Ann Roe", "determined", "determine", "Tom Ball had lied to the court"},
			why:      "the name before the finite verb is the found clause's subject, not what was determined",
		},
		{
			name:     "clause without that after ruled",
			sentence: "The court ruled Halvik Radio had misled the regulator.",
			want:     fact{"The court", "ruled", "rule", "Halvik Radio had misled the regulator"},
			why:      "a court rules that something is so: the firm is the clause's subject, not ruled",
		},
		{
			name:     "coordinated subject of a clause said without that",
			sentence: "Ann Lee said Halvik Holdings and the Harbor Council had broken the law.",
			want:     fact{"Halvik Holdings", "had broken", "break", "the law"},
			why:      "said takes no list of actors as its object: the list before the finite verb is the reported clause's subject",
		},
		{
			name:     "second member of a list said without that",
			sentence: "Ann Lee said Halvik Holdings and the Harbor Council had broken the law.",
			want:     fact{"the Harbor Council", "had broken", "break", "the law"},
			why:      "every member of the list is the reported clause's subject",
		},
		{
			name:     "apposition's list announced without that",
			sentence: "The Brennick Chess Union announced two young players, Ona Pell and her brother Ivo Pell, were barred from the national team.",
			want:     fact{"The Brennick Chess Union", "announced", "announce", "two young players, Ona Pell and her brother Ivo Pell, were barred from the national team"},
			why:      "the players named in apposition are the announced clause's subjects, not what was announced",
		},
		{
			name:     "list reported without that",
			sentence: "The paper reported Ona Pell and Ivo Pell were barred from the tournament.",
			want:     fact{"The paper", "reported", "report", "Ona Pell and Ivo Pell were barred from the tournament"},
			why:      "reported takes no list of actors as its object: the list before the finite verb is the reported clause's subject",
		},
		{
			name:     "main verb after an object relative clause",
			sentence: "The firm that Tom Wu founded sued Ann Lee.",
			want:     fact{"The firm", "sued", "sue", "Ann Lee"},
			why:      "a participle tag with an object, right after the relative clause's past verb, is the main verb",
		},
		{
			name:     "main verb after an object relative clause and an adverb",
			sentence: "The firm that Tom Wu founded later sued Ann Lee.",
			want:     fact{"The firm", "sued", "sue", "Ann Lee"},
			why:      "an adverb may stand between the relative clause's verb and the main verb",
		},
		{
			name:     "main verb after a relative clause with no pronoun",
			sentence: "The firm Tom Wu founded sued Ann Lee.",
			want:     fact{"The firm", "sued", "sue", "Ann Lee"},
			why:      "a name and a past verb with no object after a common noun form a relative clause; the next verb is the noun's",
		},
		{
			name:     "main verb after a whom clause",
			sentence: "Tom Wu, whom Ann Lee defeated in 2010, sued Halvik Holdings.",
			want:     fact{"Tom Wu", "sued", "sue", "Halvik Holdings"},
			why:      "a past verb read as a participle after a relative clause set off by commas is the name's",
		},
		{
			name:     "passive split by an aside",
			sentence: "Tom Wu was, according to the court, fired by Halvik Holdings in May.",
			want:     fact{"Tom Wu", "fired by", "fire_by", "Halvik Holdings"},
			why:      "the participle after an aside set off by commas is the passive of the was before it",
		},
		{
			name:     "reported clause whose verb follows an adverb",
			sentence: "Tom Wu claimed Ann Lee only won due to fraud.",
			want:     fact{"Tom Wu", "claimed", "claim", "Ann Lee only won due to fraud"},
			why:      "an adverb between the clause's subject and its verb leaves the clause whole: its subject is no object of claimed",
		},
		{
			name:     "noun-like verb in a reported clause",
			sentence: "Ann Lee said Norway supports Sweden in its bid to join the bank.",
			want:     fact{"Norway", "supports", "support", "Sweden"},
			why:      "a verb that is a noun too, between two names, is the verb of a clause that said reports",
		},
		{
			name:     "town and state in an apposition",
			sentence: "Ann Lee, a teacher from Oslo, Norway, was arrested by the Green Party.",
			want:     fact{"Ann Lee", "was arrested by", "arrest_by", "the Green Party"},
			why:      "a comma between a town and its state starts no apposition: the subject is the name before the apposition",
		},
		{
			name:     "infinitive after an accused gerund",
			sentence: "The Green Party accused the council of using the police to silence Ann Lee.",
			want:     fact{"the council", "silence", "silence", "Ann Lee"},
			why:      "an infinitive after a gerund after of has the gerund's subject, the accused",
		},
		{
			name:     "who after a place",
			sentence: "Anyone arriving in Norway who has been in Oslo must wait.",
			want:     fact{"Anyone", "has been in", "be_in", "Oslo"},
			why:      "who refers to people: a name after a preposition of place is no antecedent",
		},
		{
			name:     "who after a place in a phrase",
			sentence: "The minister met a delegation from Kenya who had travelled to Oslo.",
			want:     fact{"a delegation", "had travelled to", "travel_to", "Oslo"},
			why:      "who refers to the noun the place phrase modifies",
		},
		{
			name:     "ampersand inside a name",
			sentence: "Hartley & Brandt bought the mill from Quill & Ward in May.",
			want:     fact{"Hartley & Brandt", "bought", "buy", "the mill"},
			why:      "an ampersand between proper nouns joins one name; it is no coordination of two subjects",
		},
		{
			name:     "participle joined to a reduced gerund",
			sentence: "Photos of the man wearing a red cap and arrested by the Green Party were posted online.",
			want:     fact{"the man", "arrested by", "arrest_by", "the Green Party"},
			why:      "a participle after and, joined to a gerund that describes a noun, describes the same noun",
		},
		{
			name:     "infinitive of purpose",
			sentence: "The envoy flew to Cairo to meet the foreign minister.",
			want:     fact{"The envoy", "meet", "meet", "the foreign minister"},
			why:      "the subject of the main clause is the subject of the purpose clause",
		},
		{
			name:     "verb and preposition",
			sentence: "The envoy has traveled to Cairo.",
			want:     fact{"The envoy", "has traveled to", "travel_to", "Cairo"},
			why:      "the preposition belongs to the relation and auxiliaries leave the lemma",
		},
		{
			name:     "object relative in commas",
			sentence: "The envoy, whom the rebels detained in May, criticised the army.",
			want:     fact{"The envoy", "criticised", "criticise", "the army"},
			why:      "the verb after a whom-clause in commas has the noun before the clause as subject",
		},
		{
			name:     "past form after a name",
			sentence: "Ann Lee heard of the crash and wanted to help Tom Wu.",
			want:     fact{"Ann Lee", "wanted to help", "want_to_help", "Tom Wu"},
			why:      "heard is never a noun: after a name it is the verb, and the coordinated verb keeps the subject",
		},
		{
			name:     "preposition repeated after and",
			sentence: "Ann Lee met with the IMF and then with President Tom Wu.",
			want:     fact{"Ann Lee", "met with", "meet_with", "President Tom Wu"},
			why:      "a second phrase of the same preposition after and (and an adverb) is another object of the relation",
		},
		{
			name:     "preposition repeated after a comma and then",
			sentence: "Later on Monday Ann Lee met with the Halvik Trust, then with President Tom Wu, where she spoke again.",
			want:     fact{"Ann Lee", "met with", "meet_with", "President Tom Wu"},
			why:      "a comma and an adverb of sequence join a second phrase of the same preposition as and does",
		},
		{
			name:     "preposition repeated after a comma and later",
			sentence: "Ann Lee worked for the Halvik Trust, later for the Velmor Bank.",
			want:     fact{"Ann Lee", "worked for", "work_for", "the Velmor Bank"},
			why:      "later after the comma orders the second phrase of the same preposition",
		},
		{
			name:     "outcome infinitive after only",
			sentence: "Tom Wu flew to Oslo, only to be arrested by the police.",
			want:     fact{"Tom Wu", "be arrested by", "arrest_by", "the police"},
			why:      "an infinitive after a comma and only is an outcome that befalls the clause's subject",
		},
		{
			name:     "adverb in -ly read as a noun after a name",
			sentence: "Tom Wu briefly met Ann Lee.",
			want:     fact{"Tom Wu", "met", "meet", "Ann Lee"},
			why:      "a word in -ly between a name and a finite verb is an adverb, not part of the subject",
		},
		{
			name:     "surname alone before a past verb",
			sentence: "Whitmore stated to LA Weekly that the crime happened.",
			want:     fact{"Whitmore", "stated to", "state_to", "LA Weekly"},
			why:      "a capitalised first word before a past verb is a name, not an adverb, so the that-clause's subject is not taken",
		},
		{
			name:     "surname alone read as an adjective before told",
			sentence: "Winch told Halden Radio he had finished the film.",
			want:     fact{"Winch", "told", "tell", "Halden Radio"},
			why:      "a capitalised first word read as an adjective before a verb of speech is the speaker's name",
		},
		{
			name:     "absolute with-clause between two names",
			sentence: "The team lost, with Ann Lee defeating Tom Wu in the final.",
			want:     fact{"Ann Lee", "defeating", "defeat", "Tom Wu"},
			why:      "a lower-case participle between two names is a verb, not part of one name",
		},
		{
			name:     "hyphenated given name tagged as an adjective",
			sentence: "The team lost, with Ann Lee defeating Lee Cheuk-yan by five votes.",
			want:     fact{"Ann Lee", "defeating", "defeat", "Lee Cheuk-yan"},
			why:      "a capitalised hyphenated word after a name ends the name",
		},
		{
			name:     "bare infinitive after an object",
			sentence: "The envoy met the rebels, who helped him leave the city and reach the border.",
			want:     fact{"him", "reach", "reach", "the border"},
			why:      "help, let and make hand their object to a bare infinitive as subject, and to the verbs coordinated with it",
		},
		{
			name:     "a score with a spaced dash",
			sentence: "Chile lost 1 – 2 to Peru on Monday.",
			want:     fact{"Chile", "lost", "lose", "1 – 2"},
			why:      "two numbers joined by a dash are one score, so the to-phrase after it stays an argument",
		},
		{
			name:     "including after a from-phrase",
			sentence: "The magazine attacked several defectors from the party including Tom Wu and Ann Lee.",
			want:     fact{"The magazine", "attacked", "attack", "Ann Lee"},
			why:      "including ends the noun phrase before it, and a group with a from-phrase hands the verb to its members",
		},
		{
			name:     "including after an adjunct for-phrase",
			sentence: "Police in Karovia detained six people for fraud, including the lawyer Ann Lee.",
			want:     fact{"Police in Karovia", "detained", "detain", "the lawyer Ann Lee"},
			why:      "a singular adjunct noun names no group, so the list's members belong to the verb's plural object before it",
		},
		{
			name:     "including after a quoted adjunct",
			sentence: "Police detained nine people for \"insulting officials,\" including the poet Tom Wu, who had fled.",
			want:     fact{"Police", "detained", "detain", "the poet Tom Wu"},
			why:      "a quoted phrase before the list is a quotation, not the group",
		},
		{
			name:     "participle after a ruling's finding",
			sentence: "The Harbor Court ruled that the fines were unlawful, remanding the case to the Oslo District Court.",
			want:     fact{"The Harbor Court", "remanding", "remand", "the case"},
			why:      "a participle after the finding that a verb of ruling states is the ruling body's act, not the finding's subject's",
		},
		{
			name:     "object control",
			sentence: "The senator urged the minister to apologise for the delay.",
			want:     fact{"the minister", "apologise for", "apologise_for", "the delay"},
			why:      "urge, ask, tell and warn hand their object to the infinitive as its subject",
		},
		{
			name:     "object control in the passive",
			sentence: "The agency was ordered by parliament to work with Halvik Steel.",
			want:     fact{"The agency", "work with", "work_with", "Halvik Steel"},
			why:      "in the passive the subject, not the by-agent, is the one told to act",
		},
		{
			name:     "paying a person to act",
			sentence: "The mayor paid his cousin Per Lund to sit the exam for him.",
			want:     fact{"his cousin Per Lund", "sit", "sit", "the exam"},
			why:      "pay hands a named or pronoun object, the one paid, to the infinitive as its subject",
		},
		{
			name:     "paying for a person to act",
			sentence: "Ann Lee, who paid for Ola Berg to attend the Oslo Academy, spoke on Monday.",
			want:     fact{"Ola Berg", "attend", "attend", "the Oslo Academy"},
			why:      "pay for hands its object to the infinitive as pay does",
		},
		{
			name:     "paying money to act",
			sentence: "The firm paid $5,000 to settle the case.",
			want:     fact{"The firm", "settle", "settle", "the case"},
			why:      "money paid does not act: the payer settles",
		},
		{
			name:     "hiring someone to act",
			sentence: "The council hired lawyers to defend Tom Wu.",
			want:     fact{"lawyers", "defend", "defend", "Tom Wu"},
			why:      "hire, employ and appoint hand their object to the infinitive as its subject",
		},
		{
			name:     "floating quantifier",
			sentence: "Both governments have both criticised the plan.",
			want:     fact{"Both governments", "have both criticised", "criticise", "the plan"},
			why:      "a quantifier between auxiliary and verb leaves the verb group whole",
		},
		{
			name:     "comparative time adverb",
			sentence: "The council had earlier criticised Halvik Steel.",
			want:     fact{"The council", "had earlier criticised", "criticise", "Halvik Steel"},
			why:      "earlier, later or further (tagged RBR) between auxiliary and verb leaves the verb group whole",
		},
		{
			name:     "object her before a preposition",
			sentence: "The militia held her for two years.",
			want:     fact{"The militia", "held", "hold", "her"},
			why:      "her before no noun is the object pronoun, not a possessive with a missing noun",
		},
		{
			name:     "object relative after a name",
			sentence: "The rebels captured Tikrit, which the army had held for years.",
			want:     fact{"the army", "had held", "hold", "Tikrit"},
			why:      "the main verb between the opening subject and its object is finite, so which-clause's object is the name before it",
		},
		{
			name:     "object relative ending the sentence",
			sentence: "The rebels attacked the Labour Party, which Norway supports.",
			want:     fact{"Norway", "supports", "support", "the Labour Party"},
			why:      "a plural-looking word ending a relative clause without a verb is its verb",
		},
		{
			name:     "list subject after a fronted phrase",
			sentence: "On Monday, Norway and Sweden signed a treaty.",
			want:     fact{"Norway", "signed", "sign", "a treaty"},
			why:      "the comma after a fronted prepositional phrase ends it; it joins no member to the list",
		},
		{
			name:     "age and apposition after the subject",
			sentence: "Tom Wu, 45, a member of the party, attacked Ann Lee.",
			want:     fact{"Tom Wu", "attacked", "attack", "Ann Lee"},
			why:      "an age set off by commas is no subject, and the apposition after it is the name's",
		},
		{
			name:     "candidate in a headline's apposition",
			sentence: "Wikinews interviews Ann Lee, Green Party candidate for 2019 Bath by-election",
			want:     fact{"Ann Lee", "is", "be", "Green Party candidate"},
			why:      "a role noun that is never a verb is a noun where a headline drops the article, and the race after for ends the apposition",
		},
		{
			name:     "headline present verb read as a noun after a plural",
			sentence: "Kurds announce deal with Norway",
			want:     fact{"Kurds", "announce", "announce", "deal"},
			why:      "a present form that is never a noun, after a plural noun, is its verb where a headline drops the article",
		},
		{
			name:     "candidate's race in an apposition",
			sentence: "Tom Wu, the Liberal Democrat candidate for Bath, agreed.",
			want:     fact{"Tom Wu", "is", "be", "the Liberal Democrat candidate"},
			why:      "what a candidate runs for is a race, no body: the apposition names the candidate and stops before for",
		},
		{
			name:     "apposition after an age",
			sentence: "Tom Wu, 45, a member of the party, attacked Ann Lee.",
			want:     fact{"Tom Wu", "is", "be", "a member of the party"},
			why:      "the apposition after an age describes the name before it",
		},
		{
			name:     "parenthesis after the object",
			sentence: "The envoy travelled 500 miles (800 km) from Herat to Kabul.",
			want:     fact{"The envoy", "travelled", "travel", "500 miles (800 km)"},
			why:      "a short parenthesis without a verb belongs to the noun phrase before it, and the phrases after it still count",
		},
		{
			name:     "reduced relative after an adjective's object",
			sentence: "He read a report critical of the Green Party, written by Ann Lee.",
			want:     fact{"a report critical of the Green Party", "written by", "write_by", "Ann Lee"},
			why:      "the participle after a comma modifies the noun an adjective phrase follows, not the adjective's object",
		},
		{
			name:     "fronted gerund clause inside a that-clause",
			sentence: "Ann Lee told reporters that on May 6 after leaving Oslo, Tom Wu walked into the station.",
			want:     fact{"Tom Wu", "leaving", "leave", "Oslo"},
			why:      "a time clause fronted in the that-clause has that clause's subject, not the main clause's",
		},
		{
			name:     "partner set off by commas after a fronted phrase",
			sentence: "On Monday, Norway, along with Sweden, attacked Denmark.",
			want:     fact{"Norway", "attacked", "attack", "Denmark"},
			why:      "a fronted phrase's noun is no subject, and along with adds a partner, not an apposition",
		},
		{
			name:     "pronoun takes no reduced relative",
			sentence: "Copies of letters from him, made by his son, survive.",
			want:     fact{"Copies of letters from him", "made by", "make_by", "his son"},
			why:      "a participle after a comma modifies the phrase a pronoun ends, not the pronoun",
		},
		{
			name:     "passive with place",
			sentence: "The troops have been positioned near the border.",
			want:     fact{"The troops", "have been positioned near", "position_near", "the border"},
			why:      "a passive verb group keeps its auxiliaries in the phrase only",
		},
		{
			name:     "apposition",
			sentence: "Anna Berg, a Swedish diplomat, arrived in Geneva.",
			want:     fact{"Anna Berg", "is", "be", "a Swedish diplomat"},
			why:      "a noun phrase set off by commas after a name describes it",
		},
		{
			name:     "apposition before a second subject's dated apposition",
			sentence: "Ann Lee, Tom Wu's deputy chief of staff, and Ola Berg, then the head of the Harbor Agency of Oslo and Bergen, were fined.",
			want:     fact{"Ann Lee", "is", "be", "Tom Wu's deputy chief of staff"},
			why:      "a time adverb opening the next name's apposition, or a list in its of-phrase, does not make that name a member of the first apposition's of-phrase",
		},
		{
			name:     "subject across apposition",
			sentence: "Anna Berg, a Swedish diplomat, arrived in Geneva.",
			want:     fact{"Anna Berg", "arrived in", "arrive_in", "Geneva"},
			why:      "the verb's subject is the name before the apposition",
		},
		{
			name:     "copula with preposition",
			sentence: "Maria Lopez is a senior adviser to the prime minister.",
			want:     fact{"Maria Lopez", "is a senior adviser to", "be_senior_adviser_to", "the prime minister"},
			why:      "a copula, its noun and a preposition make one relation phrase",
		},
		{
			name:     "reduced relative",
			sentence: "Farmers living near the dam lost their crops.",
			want:     fact{"Farmers", "living near", "live_near", "the dam"},
			why:      "a participle right after a noun phrase describes that phrase",
		},
		{
			name:     "relative clause",
			sentence: "The inspectors found documents that linked the firm to the smugglers.",
			want:     fact{"documents", "linked", "link", "the firm"},
			why:      "the antecedent of a relative pronoun is the relative clause's subject",
		},
		{
			name:     "relative clause ending in an infinitive",
			sentence: "Norwegian troops which are there to counter the Front attacked Halvik Holdings.",
			want:     fact{"Norwegian troops", "attacked", "attack", "Halvik Holdings"},
			why:      "an infinitive that ends a restrictive relative clause leaves the antecedent the subject of the verb after it",
		},
		{
			name:     "name set off in a whose-clause",
			sentence: "Voters deserted the Harbor League, whose chairman, Ivar Dahl, had praised the mayor.",
			want:     fact{"Ivar Dahl", "had praised", "praise", "the mayor"},
			why:      "the name set off after a whose-phrase is the subject of the verb that follows it, not the antecedent",
		},
		{
			name:     "clause after and with its subject set off",
			sentence: "The union joined the march, and its chairman, Ivar Dahl, addressed the crowd.",
			want:     fact{"its chairman", "addressed", "address", "the crowd"},
			why:      "a noun phrase after a comma and and, then a name in commas and a finite verb, opens a clause: it is no second object",
		},
		{
			name:     "ruling before a possessive party name",
			sentence: "The Farmers League defeated the ruling People's Party in May.",
			want:     fact{"The Farmers League", "defeated", "defeat", "the ruling People's Party"},
			why:      "ruling, governing or opposition before a name with a possessive is the name's modifier; the possessive is no verb",
		},
		{
			name:     "coordinated subject",
			sentence: "France, Germany, and Italy signed the treaty.",
			want:     fact{"Germany", "signed", "sign", "the treaty"},
			why:      "each conjunct of a coordinated subject gets its own fact",
		},
		{
			name:     "coordinated verb phrase",
			sentence: "The police arrested the driver and questioned his passengers.",
			want:     fact{"The police", "questioned", "question", "his passengers"},
			why:      "the second verb phrase shares the first one's subject",
		},
		{
			name:     "object relative",
			sentence: "They sold the farm which their father had built in 1950.",
			want:     fact{"their father", "had built", "build", "the farm"},
			why:      "a relative clause without an object takes the antecedent as object",
		},
		{
			name:     "speaker after the verb",
			sentence: "The talks will resume next week, said a government spokesman.",
			want:     fact{"a government spokesman", "said", "say", "The talks will resume next week"},
			why:      "a report whose speaker follows the verb has the speaker as subject",
		},
		{
			name:     "speaker after the verb, then an adjunct",
			sentence: "\"All the talk in Halvik is about the vote,\" said Ann Lee ahead of the final.",
			want:     fact{"Ann Lee", "said", "say", "All the talk in Halvik is about the vote"},
			why:      "after a quotation the speaker's phrase may end in an adjunct; the quotation's last name is no speaker",
		},
		{
			name:     "quotation closed with no comma, then the verb and the speaker",
			sentence: "\"The harbour will close in May\" said Ann Lee.",
			want:     fact{"Ann Lee", "said", "say", "The harbour will close in May"},
			why:      "a quotation that opens the sentence is the report even when no comma closes it",
		},
		{
			name:     "quotation closed with no comma, then the speaker and the verb",
			sentence: "\"The harbour will close in May\" Ann Lee said.",
			want:     fact{"Ann Lee", "said", "say", "The harbour will close in May"},
			why:      "a quotation that opens the sentence is the report even when no comma closes it",
		},
		{
			name:     "quotation split by the verb and the speaker with no comma",
			sentence: "\"We stand ready\" wrote Tom Wu \"to help the farmers of Halvik.\"",
			want:     fact{"Tom Wu", "wrote", "write", "We stand ready"},
			why:      "the speaker's phrase may end where the quotation goes on",
		},
		{
			name:     "fronted phrase, then a description and a name set off",
			sentence: "On Friday, the chairman of the Harbour League, Ola Berg, criticised the mayor.",
			want:     fact{"the chairman of the Harbour League", "criticised", "criticise", "the mayor"},
			why:      "the noun phrase after a fronted phrase is the subject, with the name set off after it; the fronted phrase's noun is no subject",
		},
		{
			name:     "fronted time phrase, then a description and a name set off",
			sentence: "Last week, the head of the Harbour Authority, Ola Berg, thanked the crew.",
			want:     fact{"the head of the Harbour Authority", "thanked", "thank", "the crew"},
			why:      "a noun of time opening the sentence is a fronted phrase, no subject",
		},
		{
			name:     "verb of saying coordinated after a report",
			sentence: "Ann Lee said the harbour had closed, and warned Norway would suffer.",
			want:     fact{"Ann Lee", "warned", "warn", "Norway would suffer"},
			why:      "a verb of saying after a report and \"and\" is the reporter's, not the report's subject's",
		},
		{
			name:     "plea coordinated after a report with no comma",
			sentence: "The council said there was no money and urged the mayor to resign.",
			want:     fact{"The council", "urged", "urge", "the mayor"},
			why:      "an expletive or a thing in the report urges no one; the reporter does",
		},
		{
			name:     "question word clause as object",
			sentence: "The inquiry will examine how the fire started.",
			want:     fact{"The inquiry", "will examine", "examine", "how the fire started"},
			why:      "a clause opened by a question word is the verb's object",
		},
		{
			name:     "acronym told, then the subject of what",
			sentence: "Ann Lee told MSNBC Tom Wu was a liar.",
			want:     fact{"Ann Lee", "told", "tell", "MSNBC"},
			why:      "an acronym after told, then a name before a verb: whom she told, then the clause's subject",
		},
		{
			name:     "acronym told, then a name with a particle",
			sentence: "Ann Lee told CNN Omar bin Said had left the party.",
			want:     fact{"Ann Lee", "told", "tell", "CNN"},
			why:      "a lower-case particle inside the name after the hearer (bin, van, de) does not end it: the verb after the name still opens the clause told",
		},
		{
			name:     "hearer, then last and a month",
			sentence: "Ann Lee spoke to Reuters last August.",
			want:     fact{"Ann Lee", "spoke to", "speak_to", "Reuters"},
			why:      "last, next or this before a month or a weekday is a time phrase of its own, as before year or week, not part of the object",
		},
		{
			name:     "outlet told, then the subject of what",
			sentence: "Tom Wu told Fox News Ann Lee had lied.",
			want:     fact{"Ann Lee", "had lied", "lie", ""},
			why:      "a name after an outlet's word News starts the clause told",
		},
		{
			name:     "reporters told, then the subject of what",
			sentence: "Ann Lee told reporters Tom Wu had resigned.",
			want:     fact{"Tom Wu", "had resigned", "resign", ""},
			why:      "a common noun after told is whom she told; the name after it starts the clause",
		},
		{
			name:     "no relative clause after a name told",
			sentence: "Ann Lee said in an interview with MSNBC that Norway had lied.",
			want:     fact{"Norway", "had lied", "lie", ""},
			why:      "that after an actor a saying verb addresses opens what was said; the name is no object of lied",
		},
		{
			name:     "participle after when before the subject",
			sentence: "When asked by CNN about the plan, Ann Lee said it was flawed.",
			want:     fact{"Ann Lee", "asked by", "ask_by", "CNN"},
			why:      "a passive participle after a sentence-opening when is the subject's",
		},
		{
			name:     "adjective and infinitive",
			sentence: "The rescuers were able to reach the village.",
			want:     fact{"The rescuers", "were able to reach", "be_able_to_reach", "the village"},
			why:      "a copula, an adjective and an infinitive make one relation",
		},
		{
			name:     "place after a noun",
			sentence: "Four other countries in Europe have approved the drug.",
			want:     fact{"Four other countries", "are in", "be_in", "Europe"},
			why:      "a noun located by the prepositional phrase after it",
		},
		{
			name:     "title in single quotes",
			sentence: "'Dragons', starring Tom Wu, Ann Lee and Ola Berg, has made $5 million.",
			want:     fact{"'Dragons'", "has made", "make", "$5 million"},
			why:      "a closing single quote ends a title whose opening quote stays on its first word; it opens no new clause",
		},
		{
			name:     "second of four places listed after in",
			sentence: "Ann Lee won in Ohio, Iowa, Utah and Maine.",
			want:     fact{"Ann Lee", "won in", "win_in", "Iowa"},
			why:      "more names listed after the second make it a member of the list, not the first's state",
		},
		{
			name:     "second of three places with a serial comma",
			sentence: "Tom Wu campaigned in Oslo, Bergen, and Narvik on Monday.",
			want:     fact{"Tom Wu", "campaigned in", "campaign_in", "Bergen"},
			why:      "a comma and a coordinator before a last name that ends the phrase continue a list",
		},
		{
			name:     "fourth of five places closed by and others",
			sentence: "Tom Wu made stops in Oslo, Bergen, Narvik, Tromso, Bodo, and others.",
			want:     fact{"Tom Wu", "made stops in", "make_stops_in", "Tromso"},
			why:      "three names or more closed by \"and others\" are a list, not names placing the first",
		},
		{
			name:     "town and its state before a serial comma",
			sentence: "Tom Wu spoke in Dayton, Ohio, and Austin, Texas.",
			want:     fact{"Tom Wu", "spoke in", "speak_in", "Dayton, Ohio"},
			why:      "a last name placed by one more name makes pairs of town and state",
		},
		{
			name:     "a party's primary",
			sentence: "Tom Wu won the Liberal Party's primary in Iowa.",
			want:     fact{"Tom Wu", "won", "win", "the Liberal Party's primary"},
			why:      "primary with no noun after it is the contest, not an adjective left out of the phrase",
		},
		{
			name:     "preposition after a time phrase",
			sentence: "Norway met on Monday with Tom Wu.",
			want:     fact{"Norway", "met with", "meet_with", "Tom Wu"},
			why:      "a date between a verb with no object and its preposition stays out of the relation",
		},
		{
			name:     "infinitive after a date's closing comma",
			sentence: "Sweden voted on May 4, 2031, to leave the union.",
			want:     fact{"Sweden", "leave", "leave", "the union"},
			why:      "the comma after the year closes the date, not the clause",
		},
		{
			name:     "object relative before a preposition",
			sentence: "Ann Lee condemned Norway, which Tom Wu had betrayed to Turkey.",
			want:     fact{"Tom Wu", "had betrayed", "betray", "Norway"},
			why:      "the pronoun of which is the verb's object even when a preposition's phrase follows the verb",
		},
		{
			name:     "object relative after a place phrase",
			sentence: "She was sent to the Harbor Camp in Oslo, which the League describes as a retreat.",
			want:     fact{"the League", "describes", "describe", "the Harbor Camp"},
			why:      "the pronoun of which stands for the noun a place phrase follows, not for the place",
		},
		{
			name:     "phrases of under after a comma",
			sentence: "Tom Wu served in the Storting, first under Ann Lee and later under Ola Berg.",
			want:     fact{"Tom Wu", "served in", "serve_in", "the Storting"},
			why:      "a list of phrases of one preposition set off by a comma still belongs to the clause (the entity test reads its extras)",
		},
		{
			name:     "possessive",
			sentence: "The senator praised Norway's fishing fleet.",
			want:     fact{"Norway", "has", "have", "fishing fleet"},
			why:      "a possessive states that the owner has the thing",
		},
		{
			name:     "title",
			sentence: "Finance Minister Paul Kruger announced new taxes.",
			want:     fact{"Paul Kruger", "is", "be", "Finance Minister"},
			why:      "a title before a name describes the person",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := a.Tag(tt.sentence)
			xs := x.Sentence(s)
			var got []fact
			for _, e := range xs {
				f := fact{e.Subject.Text, e.Relation, e.Lemma, e.Object.Text}
				if f == tt.want {
					return
				}
				got = append(got, f)
			}
			t.Errorf("Sentence(%q) lacks %+v (%s); got:\n%s", tt.sentence, tt.want, tt.why, cmp.Diff(nil, got))
		})
	}
}

// TestNoActOfSubject checks that an infinitive after a noun of a way or a
// chance, and a naming participle set off by a comma, state no act of the
// clause's subject.
func TestNoActOfSubject(t *testing.T) {
	a, x := setup(t)
	tests := []struct {
		sentence, subject, lemma string
	}{
		{"The campaign criticized the decision, pointing to the courts as the only way to stop Tom Wu.", "The campaign", "stop"},
		{"Norway saw the summit as a chance to win over Sweden.", "Norway", "win"},
		// A naming participle set off by a comma names the noun before it.
		{"Tom Wu crossed the lake on a boat, called Blue Heron.", "Tom Wu", "call"},
		{"Norway built a ship powered by steam, named Halvik Star, in 1901.", "Norway", "name"},
		// The noun of a fronted phrase is in apposition with nothing after it.
		{"On Friday, the chairman of the Harbour League, Ola Berg, criticised the mayor.", "Friday", "be"},
		{"In a statement, the head of the port authority, Ola Berg, thanked the crew.", "a statement", "be"},
		{"On Friday, Ola Berg, the chairman of the Harbour League, criticised the mayor.", "Friday", "be_in"},
		{"Speaking to the BBC, the head of the Harbour League, Per Lund, said the talks had failed.", "the BBC", "be"},
		// "At least" and a number is a subject, no fronted phrase.
		{"At least seven, including four children, died.", "including four children", "die"},
		// A participle after an editor's ellipsis opens words the quote left out.
		{"Ann Lee said Norway \"has failed to act [...] including against states like Sweden\".", "Norway", "include_against"},
	}
	for _, tt := range tests {
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Subject.Text == tt.subject && e.Lemma == tt.lemma {
				t.Errorf("Sentence(%q) = (%s; %s; %s): an act of the subject it does not state",
					tt.sentence, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
}

// TestListAppositions checks that a description a bare comma puts after a
// named member of a "such as" list restates that member, and that the
// region after the description's place is no member either.
func TestListAppositions(t *testing.T) {
	a, x := setup(t)
	tests := []struct {
		sentence string
		members  []string // the subjects linked to the group
	}{
		{"Some Democrats, such as Ann Lee, the former mayor of Lindholm, Ostoria, proposed changes.", []string{"Ann Lee"}},
		{"Some Democrats, such as Ann Lee, the former mayor of Lindholm, and Tom Wu proposed changes.", []string{"Ann Lee", "Tom Wu"}},
		{"Several states, such as Norway, Sweden, Finland, objected.", []string{"Norway", "Sweden", "Finland"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Relation == "such as" {
				got = append(got, e.Subject.Text)
			}
		}
		if strings.Join(got, "; ") != strings.Join(tt.members, "; ") {
			t.Errorf("Sentence(%q) members = %q, want %q", tt.sentence, got, tt.members)
		}
	}
}

// TestSpans checks that every written argument is the text at its offsets.
func TestSpans(t *testing.T) {
	a, x := setup(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, file := range files {
		for _, line := range readLines(t, file) {
			s := a.Tag(line)
			for _, e := range x.Sentence(s) {
				if err := checkExtraction(s, e); err != nil {
					t.Errorf("Sentence(%q): %v", line, err)
				}
			}
		}
	}
}

// checkExtraction returns an error if e breaks the Extraction contract for
// sentence s.
func checkExtraction(s nlp.Sentence, e schema.Extraction) error {
	if strings.TrimSpace(e.Relation) == "" || e.Lemma == "" {
		return fmt.Errorf("empty relation or lemma in %+v", e)
	}
	if e.Confidence < 0 || e.Confidence > 1 {
		return fmt.Errorf("confidence %v outside [0, 1]", e.Confidence)
	}
	args := append(append([]schema.Argument{e.Subject, e.Object}, e.Extra...), e.Sources...)
	for _, arg := range args {
		if arg.Text == "" && arg.Start == 0 && arg.End == 0 {
			continue
		}
		if arg.Start < 0 || arg.End > len(s.Text) || arg.Start > arg.End {
			return fmt.Errorf("argument %q has span [%d, %d) outside the sentence of %d bytes", arg.Text, arg.Start, arg.End, len(s.Text))
		}
		if s.Text[arg.Start:arg.End] != arg.Text {
			return fmt.Errorf("argument %q does not match its span %q", arg.Text, s.Text[arg.Start:arg.End])
		}
	}
	if e.Subject.Text == "" {
		return fmt.Errorf("empty subject in %+v", e)
	}
	if len(e.Sources) > 0 && (e.Sources[0].Text != e.Attribution || e.Sources[0].Text == "") {
		return fmt.Errorf("source chain %+v does not start with the attribution %q", e.Sources, e.Attribution)
	}
	return nil
}

// TestBareClauseOfDoubt checks verbs of doubt and suspicion that take a
// clause without "that": its subject is no object of theirs.
func TestBareClauseOfDoubt(t *testing.T) {
	a, x := setup(t)
	tests := []struct {
		sentence, object string
	}{
		{"Norway doubted Sweden would honour the deal.", "Sweden"},
		{"The minister suspected Halvik had supplied the drones.", "Halvik"},
		{"Analysts reckon Norway will win the vote.", "Norway"},
	}
	for _, tt := range tests {
		for _, e := range x.Sentence(a.Tag(tt.sentence)) {
			if e.Object.Text == tt.object {
				t.Errorf("Sentence(%q) = (%s; %s; %s): the clause's subject taken for the verb's object",
					tt.sentence, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
}
