// Package extract reads facts out of English sentences: it is kg's open
// information extractor. It works on the tokens and part-of-speech tags of
// package nlp, groups them into noun phrases and verb groups, finds the
// clauses of the sentence and their subjects, and turns each clause into a
// [schema.Extraction]: a subject, a relation phrase, an object, extra time
// and place arguments, a confidence, negation and the speaker of reported
// speech. Where those rules find no subject for a finite verb, it asks kg's
// dependency parser (package nlp/model, embedded) for the verb's subject;
// the parser costs as much as the rest of the extraction of a sentence, so
// it runs on those sentences only (about one in twenty of CaRB's). The
// package is pure: it does no I/O and keeps no state between sentences.
//
// # Examples
//
// Each sentence below is followed by its extractions, written as
// (subject; relation; object) with the lemma of the relation, the extra
// arguments by role, and the confidence.
//
// An apposition, a verb with its preposition and an infinitive of purpose:
//
//	Kim Jong Bok, a North Korean general, has traveled to Russia to oversee the troops.
//
//	(Kim Jong Bok; has traveled to; Russia)         travel_to  0.97
//	(Kim Jong Bok; oversee; the troops)             oversee    0.77
//	(Kim Jong Bok; is; a North Korean general)      be         0.81
//
// A passive verb group with its place and time, and a coordinated subject:
//
//	The troops have been stationed near the border since March.
//
//	(The troops; have been stationed near; the border) station_near time="since March"
//
//	France, Germany, and Italy signed the treaty.
//
//	(France; signed; the treaty)
//	(Germany; signed; the treaty)
//	(Italy; signed; the treaty)
//
// Reported speech yields the report, whose object is the clause, and the
// inner fact, whose Attribution is the speaker:
//
//	The general warned that the enemy would attack the city.
//
//	(The general; warned that; the enemy would attack the city)   warn
//	(the enemy; would attack; the city)   attack  Attribution="The general"
//
// A reported fact keeps its source chain ([schema.Extraction.Sources]):
// the outermost speaker first, then whom it cites. The citing phrase after
// "According to X," is X's:
//
//	According to Kyodo, citing Ukrainian officials, Kim Jong Bok has arrived in Vladivostok.
//
//	(Kyodo; citing; Ukrainian officials)   cite
//	(Kim Jong Bok; has arrived in; Vladivostok)   Attribution="Kyodo" Sources: Kyodo, Ukrainian officials
//
// "X said that Y reported that ..." gives X then Y; "Y told X that ..."
// gives X then Y when X is a news outlet ("Kyodo", "BBC News", a word
// such as agency, newspaper or television), Y alone otherwise; "..., X
// said." makes the clause before the comma X's.
//
// The members of a list after a plural group ("including", "such as",
// "among them", "notably", "like") take part in the group's facts at 0.8
// times its confidence, and each is linked to the group by an extraction
// marked [schema.Extraction.Membership] (member_of; part_of for regions or
// cities; former_member_of for "former members"), whose relation is the
// list's word:
//
//	Western intelligence agencies, including those from the United States and Poland, have corroborated these findings.
//
//	(Western intelligence agencies; have corroborated; these findings)  0.96
//	(the United States; have corroborated; these findings)             0.77
//	(Poland; have corroborated; these findings)                        0.77
//	(the United States; including; Western intelligence agencies)      member_of 0.70
//	(Poland; including; Western intelligence agencies)                 member_of 0.70
//
// A copula with a noun and a preposition, and a light verb with its noun,
// make one relation phrase; a title before a name yields an "is" fact:
//
//	Maria Lopez is a senior adviser to the prime minister.
//	(Maria Lopez; is a senior adviser to; the prime minister)  be_senior_adviser_to
//
//	The minister expressed concerns about the rising cost of fuel.
//	(The minister; expressed concerns about; the rising cost of fuel)  express_concerns_about
//
//	Finance Minister Paul Kruger announced new taxes.
//	(Finance Minister Paul Kruger; announced; new taxes)
//	(Paul Kruger; is; Finance Minister)
//
// # Arguments and relations
//
// Argument texts are spans of the sentence as written, with byte offsets
// into [nlp.Sentence.Text]; an implied relation ("is" for an apposition)
// is not written in the sentence. A subject keeps its prepositional
// phrases ("The presence of soldiers in the region"); an object keeps its
// "of" phrases ("the sale of three old buses") and other prepositional
// phrases become extra arguments with the role "time", "place" or the
// preposition. The lemma drops auxiliaries, modals, adverbs and
// determiners and puts verbs in their base form ("have been positioned
// near" -> "position_near", "have both criticised" -> "criticise");
// negation sets Negated instead. An infinitive takes the main clause's
// subject ("flew to Cairo to meet the minister"), except after urge, ask,
// tell, warn, order and other verbs that hand it their object ("urged the
// minister to apologise": the minister apologises). A gerund after "after",
// "before", "while", "since", "upon", "on" or "when" is a clause with the
// main clause's subject ("After leaving the party, the senator founded a
// movement": the senator leaving the party).
//
// The parse supplies the subject that the rules miss across an adjective
// phrase in commas and of "what" clauses:
//
//	The book, critical of Scientology, was written by Marc Headley.
//
//	(The book; was written by; Marc Headley)        write_by   0.99
//
//	Nobody knows what happened to the missing ship.
//
//	(Nobody; knows; what happened to the missing ship) know    0.99
//	(what; happened to; the missing ship)          happen_to  0.88
//
// Besides clauses, the package reads facts that English implies without a
// verb: appositions and titles ("is"), a name placing the name before it
// ("in Hillsborough, North Carolina": "is in"), a noun with the place
// after it ("countries in Europe": "are in") and possessives ("Norway's
// fleet": "has"). The last two, and a second reading of a verb whose
// object and preposition join the relation ("saw their relations with |
// the gods"), come with low confidence.
//
// # Amounts
//
// Each extraction carries the amounts its object states ([Quantities]),
// with the qualifier the relation phrase may have taken from the object:
//
//	North Korea has dispatched approximately 3,000 soldiers to Russia.
//	  (North Korea; has dispatched; approximately 3,000 soldiers)
//	  Quantities: {Amount: 3000, Unit: "soldiers", Qualifier: "approximately"}
//	Kyiv exported as many as 90,000 tonnes of grain.
//	  (Kyiv; exported as many as; 90,000 tonnes of grain)
//	  Quantities: {Amount: 90000, Unit: "tonnes", Qualifier: "up to"}
//
// Money takes its currency code as unit ("$2bn": 2e9 USD, "about 2
// billion euros": 2e9 EUR), a percentage "%". Vague amounts ("thousands
// of troops", "hundreds of millions"), fractions ("a third"), ranges
// ("2,000 to 3,000": two amounts, no range), years and ordinals are not
// read as amounts, and only the object's amounts are kept, not the
// subject's or an extra argument's.
//
// # Confidence
//
// Confidence is a logistic function of how the extraction was found: a
// clause with its own subject and object scores highest; subjects taken
// from a relative pronoun's antecedent, the main clause of an infinitive
// or participle, reduced relatives, appositions and titles score lower,
// and long sentences, long subjects and missing objects lower the score.
// The weights were fitted on half of the CaRB dev split (see
// confidence.go). Callers that want only reliable facts can drop
// extractions below 0.5.
//
// # What is not extracted
//
//   - Pronouns are not resolved: "He warned ..." yields "He" as subject.
//   - Facts implied by compound nouns ("the Iowa Terminal Railroad" -> the
//     railroad is in Iowa) and by adjectives ("rare plants" -> the plants
//     are rare) are not produced.
//   - Adjective coordination is not split ("residential and commercial
//     properties" stays one object), nor are coordinations inside
//     prepositional phrases ("between Moscow and Pyongyang").
//   - Conditional and hypothetical clauses (if, unless, although) are
//     extracted as plain facts without their condition, and adverbial
//     clauses (when, because, since) are not attached to the clause they
//     modify.
//   - Relative clauses without a relative pronoun ("the gimmicks she
//     used") are not recognised, nor are existential sentences ("there
//     were ...") read beyond "there" as subject.
//   - Questions, imperatives and verbless headlines yield nothing.
//   - A list's members replace the group only as the subject or object
//     of a fact, not inside an extra argument ("received $2bn from
//     donors, including the EU": the EU gets the link, not the fact), and
//     a comparison with a singular noun ("The gallery, like many others")
//     is no list.
//   - Clauses whose verb the tagger mislabels (a verb tagged as a noun)
//     are missed; package nlp corrects the common cases only.
package extract
