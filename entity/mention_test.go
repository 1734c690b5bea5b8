package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/schema"
)

func TestRecognize(t *testing.T) {
	tests := []struct {
		text string
		want []string // "Type Name" of each entity, in order of first mention
		why  string
	}{
		{"Tamm said the talks had failed.", []string{"Person Tamm"},
			"a lone unknown name before a reporting verb is a person"},
		{"Microsoft released Internet Explorer 7 on Tuesday.", []string{"Organization Microsoft"},
			"a well-known product is a thing, no actor"},
		{"The president wrote to the student Anna Berg Image: Twitter.", []string{"Person Anna Berg", "Organization Twitter"},
			"a common noun before a colon is a caption's label, no part of the name before it"},
		{"Zelensky said the talks had failed.", []string{"Person Volodymyr Zelensky"},
			"a well-known person's surname alone is that person, in any document"},
		{"Putin Warns West Over Missiles", []string{"Person Vladimir Putin"},
			"headlines are read for gazetteer names only, well-known people's short names included"},
		{"Von der Leyen met Commissioner Anna Berg.", []string{"Person Ursula von der Leyen", "Person Anna Berg"},
			"a well-known person's distinctive multi-word short name"},
		{"Tomas dela Cruz met Anna della Rosa and Jan ter Horst in Oslo.",
			[]string{"Person Tomas dela Cruz", "Person Anna della Rosa", "Person Jan ter Horst", "GPE Oslo"},
			"Filipino, Italian and Dutch particles inside a name"},
		{"Johnson said the talks had failed.", []string{"Person Johnson"},
			"a surname shared by many well-known people is not expanded"},
		{"Germany blamed a group of Russian hackers known as Cold Harbor.",
			[]string{"GPE Germany", "GPE Russia", "Group Russian hackers", "Organization Cold Harbor"},
			"an unknown name after an organisation noun ('hackers known as') is an organisation, not a person"},
		{"The company, China Harbour Engineering, will run the port.",
			[]string{"Organization China Harbour Engineering"},
			"an appositive after an organisation noun; a country name leading unknown words names an organisation"},
		{"Blue Lantern, a hacker group, said the data was stolen.", []string{"Organization Blue Lantern"},
			"an appositive organisation noun after the name"},
		{"Halvik Motors recalled cars. Ann Lee, a company spokeswoman, said the fault was minor.",
			[]string{"Organization Halvik Motors", "Person Ann Lee"},
			"the appositive's last noun heads it: a company's spokeswoman is a person"},
		{"The site was run by its alleged operator Tom Wu from Velby.", []string{"Person Tom Wu", "GPE Velby"},
			"a thing's operator after its may be a person: the noun does not make the name a firm"},
		{"Mobile operator Velcom sued the site.", []string{"Organization Velcom"},
			"a modified operator noun still names a firm"},
		{"Anna Berg said the data was stolen.", []string{"Person Anna Berg"},
			"without organisation context two unknown words stay a person"},
		{"The company said Anna Berg had resigned.", []string{"Person Anna Berg"},
			"an organisation noun before a verb does not reach past it"},
		{"The UK Maritime Trade Operations agency said the crew was safe.",
			[]string{"Organization UK Maritime Trade Operations"},
			"a state's name leading two or more unknown words is one organisation, not a state and a person"},
		{"The British military said the crew was safe.", []string{"GPE United Kingdom", "Group British military"},
			"a nationality word mentions its country; with military it also names the state's military"},
		{"A spokesman for Gazprom said analysts at Bernstein met the mayor of Bucha.",
			[]string{"Organization Gazprom", "Organization Bernstein", "GPE Bucha"},
			"a lone name after a role and for, at or of is the role's organisation, or a mayor's place"},
		{"Spokeswoman He Yadong said he had left.", []string{"Person He Yadong"},
			"a capitalised He between a title and a name is a surname, not a pronoun"},
		{"Mohammed bin Salman met General Abdel Fattah al-Burhan and Charles de la Croix.",
			[]string{"Person Mohammed bin Salman", "Person Abdel Fattah al-Burhan", "Person Charles de la Croix"},
			"lower-case particles inside a name keep the name whole"},
		{"The emir, Hamad bin Jassim Al Marri, met Jan van der Berg.",
			[]string{"Person Hamad bin Jassim Al Marri", "Person Jan van der Berg"},
			"particles do not count towards a name's length: five words with one particle are still a person's name"},
		{"Karim El Amine Ben Salah said the talks had failed.",
			[]string{"Person Karim El Amine Ben Salah"},
			"capitalised Arabic particles inside a name do not count towards its length either"},
		{"Officials from the Justice and Fisheries Departments met in Oslo.",
			[]string{"Organization Justice Department", "Organization Fisheries Department", "GPE Oslo"},
			"two bodies' names joined by and share their head noun in the plural"},
		{"The Foreign and Velmor Ministries issued a statement.",
			[]string{"Organization Foreign Ministry", "Organization Velmor Ministry"},
			"each takes the head in the singular; the opening the is no part of either"},
		{"The grant came from the Municipality of Velmor, near Oslo.",
			[]string{"GPE Velmor", "GPE Oslo"},
			"the name after the municipality's word is a place, capitalised or not"},
		{"A spokesman for the militant group al-Harakat said talks had failed.",
			[]string{"Organization al-Harakat"},
			"a name opened by the Arabic article in lower case is a name wherever it stands"},
		{"Nordax says hackers stole data. Internet company Nordax said on Thursday that the attack began in May.",
			[]string{"Organization Nordax"},
			"a one-word name that a company noun introduces makes the lone mentions that only speak an organisation's too"},
		{"Judge Eric Leach spoke. Air Vice Marshal Ann Lee and Detective Inspector Tom Wu met.",
			[]string{"Person Eric Leach", "Person Ann Lee", "Person Tom Wu"},
			"the titles of judges, police officers and air force ranks are no part of the name"},
		{"Former prime minister John Major met Mark Judge.",
			[]string{"Person John Major", "Person Mark Judge"},
			"a title's word after a given name and before no name is a surname"},
		{"The drone hit a tanker near the port of Varna.", []string{"GPE Varna"},
			"a lone name after 'the port of' is a place"},
		{"Boats were found off the coast of Kvarnby and on the outskirts of Lodden.", []string{"GPE Kvarnby", "GPE Lodden"},
			"a lone name after 'the coast of' or 'the outskirts of' is a place"},
		{"Fighting continued in Pokrovsk on Tuesday.", []string{"GPE Pokrovsk"},
			"a lone unknown name after a place preposition is a place; days are literals"},
		{"The Ministry of Defence said Acme Defense Corp. had delivered the drones.",
			[]string{"Organization Ministry of Defence", "Organization Acme Defense Corp"},
			"Ministry of X and Corp names are organisations; the final stop is not part of the name"},
		{"North Korea's elite forces joined the Korean People's Army units.",
			[]string{"GPE North Korea", "Group North Korean troops", "Organization Korean People's Army"},
			"a possessive country before a group noun makes the group; a name with 's inside is kept whole"},
		{"General Kim Jong Bok met Colonel Ri in Pyongyang.",
			[]string{"Person Kim Jong Bok", "Person Ri", "GPE Pyongyang"},
			"title + name is a person, even a one-word name"},
		{"Japanese news agency Kyodo and the Reuters news agency reported it.",
			[]string{"GPE Japan", "Organization Kyodo", "Organization Reuters"},
			"news agencies are organisations, not persons"},
		{"The Guardian and the Globe and Mail quoted Tom Wu. Times have changed, he told the Washington Post.",
			[]string{"Organization The Guardian", "Organization The Globe and Mail", "Person Tom Wu", "Organization The Washington Post"},
			"newspapers are organisations; 'Times' alone is no paper"},
		{"The UN said Un Jong was released.", []string{"Organization United Nations", "Person Un Jong"},
			"acronyms match only in capitals"},
		{"Recent reports indicate that Western allies agreed.", nil,
			"capitalised common words are not names"},
		{"A New Moscow-Pyongyang Axis?", nil, "hyphenated known names do not make a new name"},
		{"Ukrainian President Volodymyr Zelensky visited Ukraine's Prosecutor General.",
			[]string{"GPE Ukraine", "Person Volodymyr Zelensky"},
			"an office named without a holder is no actor (GUIDE): no node"},
		{"Ukraine's Prosecutor General, Ann Lee, met Tom Wu. The Prosecutor General said the talks went well.",
			[]string{"GPE Ukraine", "Person Ann Lee", "Person Tom Wu"},
			"an office its holder's name follows is that person"},
	}
	a, r := newTest(t, Options{})
	for _, tc := range tests {
		ents, _ := r.Resolve(a.Split(tc.text), nil)
		var got []string
		for _, e := range ents {
			if e.Type != schema.Concept {
				got = append(got, string(e.Type)+" "+e.Name)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Resolve(%q) entities mismatch (-want +got) (%s):\n%s", tc.text, tc.why, diff)
		}
	}
}

// TestFieldAfterDegree checks the field of a degree after "in": no actor,
// where a lone unknown name after "in" is mostly a place.
func TestFieldAfterDegree(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"She earned a PhD in Oceanography from the University of Oslo.", "Oceanography", "", "", "the field of a degree"},
		{"He holds a Bachelor of Arts in Semiotics and Rhetoric from Yale.", "Semiotics", "", "", "the field of a degree, after its own of"},
		{"He holds a Bachelor of Arts in Semiotics and Rhetoric from Yale.", "Rhetoric", "", "", "the fields of a degree, joined by and"},
		{"She majored in Musicology at the University of Oslo.", "Musicology", "", "", "the field after majored"},
		{"She earned a degree from a college in Tromsdalen.", "Tromsdalen", schema.GPE, schema.GPE, "a place after in, with no degree right before"},
	})
}

// TestOfficeNoHolder checks the names of offices, chairs and ranks that
// stand where what someone becomes stands: no person.
func TestOfficeNoHolder(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"In 1990 she became Halvorsen Professor of Nordic Studies.", "Halvorsen Professor", "", "", "a named chair someone becomes"},
		{"Ann Lee, Visiting Professor in Marine Studies, spoke.", "Visiting Professor", "", "", "a chair before in"},
		{"His son was created Count of the Empire in 1701.", "Count", "", "", "a rank someone is made"},
		{"In 1783 he was promoted to Major in the army.", "Major", "", "", "a rank someone is promoted to"},
		{"She was named the MVP of the final.", "MVP", "", "", "an honour someone is named"},
		{"Tom Lee was named a saint and Doctor of the Church.", "Doctor", "", "", "an office after a common noun and and"},
		{"Critics praised John Major after the vote.", "John Major", schema.Person, schema.Person, "a given name before the rank word: a person's surname"},
	})
}
