// Package entity finds the actors of a news document, types them, resolves
// every way the document refers to them to one node, and turns the
// document's extractions into facts between those nodes.
//
// It is pure: no I/O beyond reading its own embedded gazetteer and kg's
// embedded named-mention recogniser (package nlp/model), and no graph
// database. The rules below decide; the recogniser only types the names
// they guess (see "Recognition and types"). It works on [nlp.Sentence]
// values, whose tokens carry Penn Treebank tags.
//
// # Input and output
//
// For the sentences
//
//	Ukrainian President Volodymyr Zelensky met North Korean defectors in Kyiv.
//	He said North Korean soldiers were fighting in Russia's Kursk region.
//
// [Resolver.Resolve] returns the entities
//
//	GPE     Ukraine              aliases [Ukrainian]
//	Person  Volodymyr Zelensky   aliases [Ukrainian President Volodymyr Zelensky]  mentions [0 1]
//	GPE     Kyiv
//	GPE     North Korea          aliases [North Korean]
//	Group   North Korean troops  aliases [North Korean soldiers]
//	GPE     Russia
//	GPE     Kursk                aliases [Kursk region]
//
// and, besides the facts of the extractions ("He" —say→ ... resolved to
// Volodymyr Zelensky, with lower confidence), the facts the names imply:
//
//	Volodymyr Zelensky —title→ "President"
//	Volodymyr Zelensky —lead→ Ukraine
//	Kyiv —capital_of→ Ukraine
//	North Korean troops —from→ North Korea
//	Kursk —locate_in→ Russia
//
// # Recognition and types
//
// Mentions are found by longest match against the gazetteer, then by rules
// over capitalised words:
//
//   - Person: a title or rank before a name ("General Kim Jong Bok",
//     "Prime Minister Abdou Garba"), a well-known person of the gazetteer
//     (data/people.txt), or two to four unknown proper nouns unless the
//     words around them say organisation (below) or the recogniser
//     (package nlp/ner, trained on GUM) knows better: when nothing but
//     the run of capitals says person, the recogniser's organisation or
//     place stands (a place of several words is a Location: "Grand
//     Mosque"), provided it knows one of the words, and a name it takes
//     for a non-actor's ("Boxing Day", "Hunting Act", "World Cup") is no
//     mention, nor is a name ending in "Day", "Eve" or "Year", nor the
//     numbered label of a part of a text, law, case or study ("Title
//     IV", "Tab 3", "Case 22-506", "Factor 1"). Words that
//     say person around the name (a role noun in apposition, "said", a
//     lower-case noun before it) keep it a person. A lone unknown proper
//     noun with no hint from the rules below takes the recogniser's type
//     as its hint, but a person's only after "the" ("the Administration")
//     and a GPE's for a compass word ("North and South Korea").
//   - Organization: a name ending in an organisation word ("Korean
//     People's Army", "Norland Steel Corp", "Xinhua News Agency"), "Ministry
//     of X" and similar, a name next to "news agency", and gazetteer bodies.
//     A nationality word before it stays in the name ("Russian Foreign
//     Ministry") and links it —part_of→ the country. An unknown name is an
//     organisation, not a person, when an organisation noun comes shortly
//     before it ("a group of Russian hackers known as Cold Harbor", "a
//     hacker group calling itself Sea Wolves", "the company, China Harbour
//     Engineering"), in an appositive after it ("Blue Lantern, a hacker
//     group,"), or when "said in a statement" follows it. A state's or
//     body's name leading two or more unknown capitalised words names one
//     organisation ("UK Maritime Trade Operations"), not a state and a
//     person. A name written as a web domain ("UOL.com.br"), a name before
//     "website", and the journal a study is published in ("findings
//     published in Ecological Applications") are organisations.
//   - GPE: countries, capitals, cities and regions from the gazetteer
//     (matched with or without accents: "São Paulo" is Sao Paulo, and
//     keeps its accents), names ending in "region", "Oblast", "Parish",
//     "City" and similar or opening with "County", a title's word opening
//     such a name ("General Santos City"), and an unknown single name
//     after "in", "to", "near" and other place prepositions or after "the
//     port of", "the city of" and similar.
//   - A nationality word alone ("the British military", "Ukrainian
//     waters", "Polish and Lithuanian ministries") mentions its country,
//     which gets the word as an alias. Such a mention is never the
//     antecedent of a pronoun nor the head of an argument.
//   - Location: seas, rivers, straits and other places without a government.
//   - Group: a nationality word, a possessive country or an organisation
//     before a group noun ("North Korean soldiers", "North Korea's elite
//     forces", "NATO representatives"). Group nouns have a canonical head:
//     soldiers, troops, forces, servicemen → "troops", so the three phrases
//     make one node, linked —from→ North Korea (or —member_of→ the
//     organisation). The node is named as the report first writes it
//     ("North Korean soldiers", "Iraqi security forces", "Labour MPs"),
//     as analysts name it, and the canonical form ("North Korean troops")
//     stays an alias; each report's group stays its own node across
//     documents ([Canon.stateKeys]); a report that writes the canonical form is named by it. An army and
//     a state's people keep the report's word too ("the Colombian army",
//     "the Canadian people").
//   - Concept: an object noun phrase of one to three common words that
//     recurs in two or more facts of the document ("sanctions"). Other noun
//     phrases stay literal, so concepts stay few.
//
// Business news names companies without saying what they are: a lone
// unknown name is an organisation after "shares in", "sales at", "a bid
// for" and similar, before "boss", "shares", "chief executive" and
// similar, after "state-owned" and the like, and when listed with a
// known organisation ("Toyota and Sony"); once one mention of the
// document says so, its mentions typed by "said" or a preposition alone
// follow ("Sony said"). A describing word opening a sentence ("Former",
// "Rival", "State-owned") opens no name; a lone guessed name the document
// writes in lower case ("Iodine deficiency") names nothing; "Lake
// Geneva", "Mount Vernon" are places and "Kansas City" a town.
//
// Dates, quantities and money are never entities: an argument whose head
// holds a number, "$" or "%" stays a literal.
//
// Lower-case particles stay inside a person's name ("Mohammed bin Salman",
// "Abdel Fattah al-Burhan", "Charles de la Croix"), and a capitalised "He"
// between a title and a name is a surname ("spokeswoman He Yadong"). A
// suffix after a comma belongs to the mention before it: a generation's
// to the name ("Tom Wu, Jr."), an honour or a company's outside it ("Mark
// Tedeschi, QC", "Halvik Holdings, Inc."), never a name of its own.
//
// A lone unknown capitalised word is a name only when its context says
// what it names: a title before it (Person), a reporting verb after it
// ("Tamm said": Person), an organisation noun or appositive around it, or
// a role and "for", "at" or "of" before it ("a spokesman for Europol",
// "analysts at Bernstein": Organization), a place preposition or "the port
// of" before it (GPE). Otherwise it is a name only if it is a short form
// of a name seen before in the document, an acronym of one, or a
// well-known person's short name. A group noun or a title's plural
// capitalised alone ("the oath Senators swore", as speeches write it)
// names a kind of people, never a body; after a nation's or party's
// adjective that opens the name ("Republican Senators") it is that
// group, as in lower case.
//
// Headlines (no final punctuation, mostly capitalised; a list before a
// final colon is a speech's salutation, no headline) are read for
// gazetteer names only, well-known people's short names included
// ("Erdogan Hosts Talks"), and for a given name and surname whose surname
// the body writes alone ("Tom Wu Resigns" ... "Wu said": the body's "Wu"
// is that person, even where the recogniser took it for a place). A
// headline further on, a caption or a section's title, also names the
// actors whose names of two words or more the text gave ("John
// FitzGibbon, 2nd Earl of Clare" under a portrait).
//
// # Resolution inside a document
//
//   - Titles are stripped from names and kept as facts (—title→, then
//     —lead→ the country or body for leading titles such as President,
//     Prime Minister, leader, chief; —member_of→ for the others). An
//     appositive gives the same ("Kim Jong Bok, a high-ranking North Korean
//     general" → title general, member_of North Korea; "Canada's Foreign
//     Minister, Claire Dubois"). A well-known person's title with no
//     holder in the sentence ("President Trump") is held of the state or
//     body data/people.txt gives (of), when the document names it. A role
//     is a fact of every sentence that states it; background knowledge
//     (gazetteer facts, a nationality inside a name) is stored once per
//     document.
//   - A person's name joins an earlier person whose name contains it or is
//     contained in it; the longest form becomes the canonical name. A single
//     word joins the person whose name holds that word ("Kim", "Bok",
//     "Zelensky"). When several persons share it ("Kim" for Kim Jong Bok and
//     Kim Jong Un) the one mentioned most so far wins, the most recent on a
//     tie: a report names its subject's relatives last ("Mohamed" after
//     "his father, Karim Said Haddad" is still Omar Haddad), but
//     one named in full, not as a possessive, in the word's sentence or
//     the one before wins when the most mentioned is not named in those
//     or the sentence before them ("... and author Wyatt Cooper. She
//     would later say her union with Cooper ..."). An
//     alias file can override it (see [ParseAliases]).
//   - An acronym joins the organisation with those initials.
//   - Pronouns (he, him, his, she, her, it, its, they, them, their and the
//     reflexives) go to a compatible actor: he/she to a person of unknown or
//     matching gender (titles such as spokeswoman and earlier pronouns set
//     gender), it/its to an organisation or state, they/their to a group or
//     an organisation whose name's head noun is plural ("the Liberal
//     Democrats", not "the United Nations") or a team, band or crew ("the
//     Afghan team"). "It" resolves only when it
//     speaks ("it said", "said ... that it" and a verb: not "said ...
//     that she was considering it"), when it opens a sentence
//     as its subject, or is its subject right after a phrase that opens
//     it with no actor and no finite verb ("Founded in 1871, it has
//     become ..."), right after a sentence whose subject, at its start
//     or after such a phrase, is a place or state
//     ("Sweden is a large country ... It has ten million people"; "In the
//     past, Coron was unknown. It remains ..."), or when it is the subject
//     of a clause that "when", "as", "because" and the like open in a
//     sentence whose subject, so placed, is a place or state ("Athens was
//     a village when it was chosen"): otherwise it mostly names a thing,
//     which the resolver does not track. "its" or "their" before a
//     noun only states have (coast, border, territory, waters, airspace,
//     citizens, government, economy ...) goes to a state: one named earlier
//     in the sentence, else the country of a person named there ("Tamm said
//     his country had asked NATO ... near its coast" → Estonia, from
//     "Estonian Defence Minister Mart Tamm"), else the first state of the
//     previous sentence.
//     Otherwise the candidate is the most recent compatible actor before
//     the pronoun in its sentence, preferring one that is not itself a
//     possessive ("For North Korea, aiding Russia's war effort ... its
//     power" → North Korea); else the most salient one of the previous
//     sentences (the first compatible actor that is not a possessive),
//     looking back up to three sentences (one for "its"); a plural
//     noun of people outside any name ("our librarians", "residents")
//     between that actor and a "they" (them, their) is what it takes up,
//     so it takes no actor, unless the actor is the subject of the
//     sentence that names them ("The party met voters. They said ...").
//     A person of that
//     window mentioned more often so far wins over the pick, and over the
//     subject of the sentence before only with more than five times its
//     mentions and when it was named in the sentence before or the pick
//     first there (a life's subject after a person named once, not after
//     the subject of two sentences: "rapper Bo Kim announced a bid. Kim
//     outlined a campaign. He named ..."), as over a
//     name that a relative "who" follows before the pronoun ("backed Ola
//     Berg, who said he had won"). A person so weighed counts only in the
//     pronoun's paragraph (and the one before when the pronoun's sentence
//     opens a paragraph), and from further back only with more than five
//     times the pick's mentions when the pick is no subject in the
//     paragraph: after a paragraph on Boris Johnson, "The president of
//     France, Emmanuel Macron, visited Berlin. The president praised
//     Chancellor Angela Merkel. The chancellor thanked him" is Macron. A sentence about anyone ("A person
//     who acts without care does no wrong", "A juror must ...") keeps its
//     own and the next sentence's he and she from anyone named before. A
//     reflexive takes
//     the nearest subject before it ("He was inspired by Rasmus Rask ...
//     and taught himself Icelandic"); the subject right after a fronted
//     phrase with no verb is not named in it ("After Bedřich Smetana, he
//     was ..."); a pronoun that speaks right after a quotation ('"...", it
//     added') is the speaker a reporting verb named last ("..., said
//     KCNA"). Facts through a pronoun get 0.8 of the extraction's
//     confidence. A direct object pronoun whose antecedent would be the
//     subject of the sentence before takes up the person that subject
//     acted on ("Rosselló appointed Pierluisi ... The House confirmed
//     him"), and a he or she that speaks right after a sentence whose
//     subject spoke is that speaker; the document's most mentioned person
//     overrules neither.
//   - A naming verb and "as" give a person's description or pronoun the
//     name after them ("the man, later identified as Tom Wu", "Police
//     named him as Tom Wu", "The suspect was named as Tom Wu"); such a
//     pronoun makes the indefinite description of the sentence before,
//     which names no one, that person too ("A 25-year-old man was
//     arrested"). "The attacker" (gunman, assailant, ...) is the one
//     person named as the subject right before "stabbed", "shot",
//     "attacked" or "killed". An unnamed spokesperson after an actor
//     released or issued a statement, and a quotation that "read the
//     statement", speak for that actor.
//   - A definite description ("the alliance", "the envoy", "the agency",
//     "the Secretary") goes to the most recent entity described so
//     (gazetteer descriptors, titles and their last word but for a
//     deputy's, since a vice president is not "the president"; the last
//     word of an organisation's name); "the organization", "the city" and "the island" to the one
//     mentioned most so far, but "the island" (province, state) to the
//     last place whose name ends with it ("Busuanga Island"); "the state",
//     "the province", "the commonwealth" (Puerto Rico) and "the
//     territory" (American Samoa) take no town nor a place without a government
//     ("the state" after Ohio is not the Moscow named since), and first a
//     region named in their sentence or the one before ("visited
//     California to discuss the wildfires in the state"). A group
//     noun with "the", "these", or a number ("these forces", "3,000
//     soldiers") goes to the most recent group with that head; both get
//     0.7 of the confidence. "The Nation" and "this Nation", capitalised
//     as speeches write their state, are "the nation". "The country" with
//     no state named before it in its sentence is the state mentioned most
//     so far, counting the mentions of the regions in it ("the nation" of
//     a report on a campaign in Ohio and Iowa is the United States, not
//     the Russia it names more often). No description names an
//     interview's speaker label ("((WN))"). "The" or "this" with the head noun of an earlier place's name
//     ("the bridge" after the Varholm Bridge), with a noun written before
//     an earlier person's name ("the student" after "student Omar
//     Haddad"), or with boy, girl, man, woman, kid or teenager (the person
//     of matching gender mentioned most in the last three sentences) takes
//     it up, unless a noun, "of", a relative pronoun or "known as" follows,
//     or "and" and another office before "of" ("the president and chief
//     executive officer of Halvik Corporation" names no earlier president).
//     A body is also described by the head noun of its apposition or a
//     copula's complement ("Halvik TV, the largest television network in
//     Norway," then "the network"; "Norden Bank, Norway's largest lender,"),
//     by the kind its name's last word tells (TV: network, broadcaster;
//     Front: group; Herald: newspaper, paper; Embassy: embassy, office), and
//     a person by the one title in a role fact's words ("Norway's
//     president, Ann Lee," then "the president"), or before "of" in an
//     apposition ("The president of France, Emmanuel Macron,"); written in lower case,
//     such a description restates in its sentence the role the title was
//     given with ("President Tom Wu of Norway" then "the president said":
//     Tom Wu lead Norway). A two-word title, capitalised or not ("the
//     prime minister", "The Chief Executive's"), or a lower-case noun and
//     title written before a name ("Opposition leader Bo Kim" then "the
//     opposition leader"), is the one person given it, and no one when
//     two were; a state's adjective or name, or a body's possessive name,
//     before a title ("the Fijian leader", "Sweden's foreign minister",
//     "the Oregon governor", "Fjord Bank's president") is the one person
//     who holds it for that state or body (any leader of the state for
//     "leader"); a title after a possessive in apposition ("Tom Wu, Fiji's
//     president,") describes its holder. A state's adjective and a body's
//     noun ("the Scottish court") is first the one body the facts place
//     in that state. "The", a region's adjective and "nation" or
//     "country" ("the African nation") is "the nation". Of two candidates last
//     named in the same earlier sentence the one named in more sentences
//     wins. In a quotation, "our" and a title ("our prime minister") is the
//     one holder of that title who serves the speaker's state.
//   - "They" (them, their) with nothing compatible before it in its
//     sentence takes up a coordination of people's names there or in the
//     sentence before ("Anna Berg and Tomas Lind ... They sold it"; "Tom
//     Wu, 42, and his wife Ann Wu": an age in commas, or a possessive and
//     a kin noun, may stand between the names): a
//     group whose facts are its members' (one fact each; none between
//     members); after a coordination of other names ("Tunisia and
//     Egypt") it takes no one, as it mostly means their people. "The
//     couple", "the pair", "the parents" (duo, spouses) take up such a
//     coordination in their sentence or the two before, else the last
//     married pair the facts named ("Tom Wu, 40, and his wife Ann Lee").
//     A possessive and a child noun with no name after it ("visited her
//     son") is a mention of the child the family named before, unless the
//     noun's sex contradicts the one it was named with ("their son, Ivo").
//   - "We" (us, our) in a quotation is its speaker when the speaker is an
//     organisation; when a person, the state or organisation the document
//     says he leads, works for or belongs to (nearest before the
//     quotation), else the state of his title, else no one. But a
//     person's "we" that told, asked, urged, warned or pleaded with an
//     actor ("we told the president") is the speaker himself, who took
//     part; and what a party's or a state body's member ("Senator Ann
//     Lee") says "we" did to a foreign state or people ("we abandoned the
//     Kurds") his state did. Acts named by a noun after the speaker's
//     "our" or "my" ("our fight against ISIS") are read once the speaker
//     is known. Outside quotations, in a speech that calls its audience
//     "my fellow citizens" (or "fellow Americans"), "we" and the phrase
//     itself are that people, and "our nation" (country, Republic) its
//     state.
//   - A people with a list of names in apposition ("Three Norwegians, Ann
//     Lee, Tom Wu and Bo Kim,") and a plural of common nouns that a colon's
//     list spells out ("Two presidents have been impeached: A and B.")
//     stand for the listed people, whose group's facts are each member's.
//   - "The decision", "the move", "these allegations" after an attitude
//     or a denial take up the act stated in the five sentences before and
//     aim at its doer; an answer to no one named ("Norway responded by
//     recalling its ambassador") answers the actor of the sentence before.
//   - A possessive joined to a name by "and", "or", "along with" or "as
//     well as" is that name's ("investigate Tom Wu and his son, Bob Wu"),
//     however often the document names another person. The plural of a
//     people's noun ("Britons", "Swedes") is a people as the adjective's
//     plural is ("Norwegians"). Plural lawmakers, MPs, members or
//     activists from a party act for it ("Lawmakers from the Liberal
//     Democrats criticised May"). A report's protesters that no group
//     names ("Protesters marched to Parliament", "the demonstrators") are
//     a generic group and no actor. What an actor
//     orders, instructs or directs his own aides, staff or lawyers to do is
//     his act ("ordered his staff to withhold aid to Fiji"). Being on the
//     board of the company the document named ("was on the board of the
//     company") is membership of it.
//   - In a transcript, a sentence that only names a person ("General
//     Prelogar.", "Mr. Roberts?") or "My name is Amy Sells." gives that
//     person the floor: I, me and my outside quotations, and you in a
//     question, are theirs until the next such sentence (interviews have
//     their own rule: the interviewee's, whom an interview's headline
//     names even though names in headlines are otherwise read from the
//     gazetteer only, or whom one of the first sentences says the site
//     interviewed or spoke with; an interview of two people named together
//     speaks as the two of them in "we"). A speaker's label of a title
//     alone ("THE VICE PRESIDENT:") gives the floor to the one person the
//     document gave that whole title. A sentence that opens by calling a titled person
//     ("Mr. Wasserstrom, you ...") gives that person the floor from the
//     next sentence on; in it, you is the person called.
//   - After the facts, for [Resolver.Chains] only: an indefinite phrase in
//     the singular after a copula or as an apposition ("Daniel was a son
//     of ...", "Basel, a city on the Rhine"; past a footnote mark or the
//     comma closing a person's apposition) is a mention of the actor it
//     describes, and so is a definite one whose head noun names a person
//     ("the first woman to ...", "the daughter of ...") or, for a place or
//     body, a city, capital, country, company, party ("Lyon, the third
//     city of France"); so is "one of" and such a plural ("was one of the
//     founders", "York quickly became one of the most important cities"),
//     and what the subject "is regarded as" or "considered to be", what
//     a verb and "as" make it ("served as a military engineer", "has been
//     a pioneer" too), and
//     such phrases opening the sentence before a comma and the subject
//     ("An undistinguished student, he did ...", "As a student in Rome,
//     Jerome ...");
//     "the", a place's kind and "of" before its name
//     ("the island of Busuanga", one mention as GUM writes it), and a
//     bare office before "of" ("Ann Lee, president of the Magic Circle,",
//     "Gro Lund, President of the Nordic Council,"); a possessive phrase
//     right before a person's name ("His father, Johann"; a given name
//     alone only in apposition after a noun of a person) is that person,
//     and so is the same phrase later without the name, and earlier when
//     the document gives the phrase to no one else; a noun of a person right before a person's name
//     ("Norway's coach Per Lund", "acclaimed actor Tove Rask"), or a
//     body's noun before a body's ("the company Halvik"), with its
//     modifiers, is that actor; a capitalised noun left unresolved that is written
//     as a name the document uses twice for an actor (a guide's title) is
//     a mention of it. A place's name after a word that makes it a part or
//     an age of the place ("southern Russia", "mainland Norway", "early
//     Athens") is a chain of its own with that word.
//   - Common nouns for a named actor (context.go): "police" ("by police",
//     "the police", "Police questioned him") is the one police force the
//     document names, wherever ("the Oslo Police Department"), and nothing
//     new when it names none or several; an unnamed jury, and a court or
//     tribunal that acts in a document that names none ("A federal jury
//     convicted him", "a Norwegian court sentenced her"), is an
//     organisation named by its noun and modifiers (benches.go); "the South" and "the north" are
//     "South Korea" and "North Korea" in a document that names both halves.
//     A month after a common given name is the surname ("Theresa May"), and
//     alone, not after a preposition or before a day, it is that person.
//     "The girls" is the team the document described as made of girls
//     ("the Afghan team, which consists entirely of girls"). "the U.S."
//     with no noun or number after it is the state, not its adjective.
//   - Capitals and seats of government used for governments (Moscow,
//     Pyongyang, the Kremlin) stay their own nodes, linked to the country by
//     —capital_of→ or —government_of→ when the country is in the document.
//   - A name before a lower-case word for a region ("Khyber Pakhtunkhwa
//     province") names the region; a word before a place that the
//     recogniser reads whole as an organisation ("Air India") is one name.
//   - A possessive city or region ("Russia's Kursk region", but not a
//     sea: "Ukraine's Black Sea ports") gives Kursk —locate_in→ Russia; a
//     place argument of a person or group ("positioned ... in Russia's
//     Kursk region") gives a —locate_in→ or —locate_near→ fact.
//
// # Which extractions become facts
//
// The extractor serves CaRB as well as the graph, and CaRB rewards
// readings an analyst does not want as edges. Resolve reads an extraction
// as a fact only if all of these hold:
//
//   - Its confidence is at least 0.2 (minConfidence). Below that the
//     extractor's own estimate says the reading is more likely wrong than
//     right.
//   - It is not the extractor's second reading of another extraction of
//     the sentence, recognised by its structure: the same subject, and a
//     relation that folds the other's object and the preposition of one of
//     its arguments ("began a two-week naval exercise in | the Baltic Sea"
//     beside "began | a two-week naval exercise | in the Baltic Sea").
//   - It is not the "has" read from a possessive ("the alliance's northern
//     maritime group"); the useful possessive facts come from the names
//     ("Russia's Kursk region": Kursk —locate_in→ Russia).
//
// Roles and affiliations come from small rules over the words between two
// neighbouring mentions (roles.go), each stated as a test on tokens so a
// dependency parse can replace it: "Cyd Ho from the Labour Party" and
// "DAB's Starry Lee" (member_of; work_for when the organisation is a
// ministry, agency, firm or newspaper by its name's last word); "Omar
// Haddad, editor at large at the Halvik Gazette", "Tom Wu, the
// Foreign Ministry spokesperson", "a Scientology attorney, Ola
// Lind", "Governor of Washington Ann Lee" (lead, work_for or
// member_of by the role noun); "Facebook co-founder Mark Zuckerberg"
// (found); "his wife Mia Berg", "his father X" (married_to, parent_of);
// "Irving, Texas" (locate_in); "the University of Sheffield of the UK"
// (locate_in, part_of for bodies of a state); a copula "was the Museum of
// Flight CEO". Party adjectives name their party as nationalities name
// their country ("Tory leader Michael Howard": lead Conservative Party).
// Lists share what their head says: "Ann Lee and Tom Wu of respectively
// the Green Party and the Labour Party" pairs them (lists.go); an unknown
// name after a person's "of" is an organisation ("Cheng Chung-tai of Civic
// Passion"), and an unknown name followed by a comma and a known place is a
// place ("Saratoga Springs, New York"; unknown.go). "Ann Lee was appointed
// head of the Nordic Institute" and "became a member of" state the role,
// not an appointment of the institute; "Google's chief executive, Sundar
// Pichai," and "Ann Lee, Tom Wu's wife," are read as their unbroken forms.
// A state's possessive and a role noun work as an organisation's do
// ("Poland's foreign minister, Ann Lee,", "Poland's ambassador to Germany,
// Ann Lee," and "Ann Lee, Poland's ambassador to Germany," give work_for
// Poland, and the name is the subject of the verb; a leading title or head noun gives
// lead), an envoy's title takes the state it is sent to before the name
// ("Afghan Ambassador to the United States Ann Lee": work_for Afghanistan),
// and a state or organisation that is "a member of NATO", "a NATO member"
// or "a NATO ally" is member_of or ally_of it. A former role is a role as
// the annotation guide reads it, wherever it is written ("a former director
// of Globex" leads it), but a former member has left the body ("a former
// member of the Green Party", "former Scientologist": leave) and a former
// ally is none ([pastRole]). A person
// "from" an organisation after a verb of separation ("expelled Ann Lee from
// the party") belongs to nothing. "In an interview with Reuters, Ann Lee
// said" gives speak_with, as "in remarks to" gives tell; "Speaking to
// Reuters, the president of the League, Ann Lee, said" gives Ann Lee
// speak_to Reuters. An unknown name one speaks to is an organisation ("told
// The Verge", "speaking to BBC Sport", "in an interview with Time
// magazine"), and "told the Associated Press four people died" tells the
// Associated Press. "We would like to thank the Red Cross" thanks it: a
// speech act wished is done.
// "A spokesman for Hamas, Ann Lee," gives work_for Hamas and makes Ann Lee
// the speaker; "Ann Lee's lawyer, Tom Wu," gives work_for Ann Lee; an
// office "of Ukraine's Odessa region" is the region's; "a close ally of"
// reads as "an ally of"; after "appointed Ann Lee as army chief, replacing
// Tom Wu" Ann Lee replaces Tom Wu. A lone unknown name before manager,
// coach or a player's position is a club's ("Kelton manager Ola Berg"), and
// a headline's surnames ("Berg defeats Lund") are the people the text
// names in full.
//
// A document that names a political camp ("the pro-Beijing camp", "the
// localist camp") makes it an organisation, and stance words make their
// people and parties its members (camps.go): "pro-Beijing veteran Wilson
// Or", "Pan-democrat Cyd Ho" (the pan-democracy camp), "localist camp's Joe
// Ng", "Pro-Beijing DAB's Ann Lee and Tom Wu" (DAB and both people), a
// plural role noun before a list ("pan-democratic councillors A of X and B
// of Y") and a copula after a stance subject ("Other pro-Beijing candidates
// elected were A and B"). A document that names no camp has none.
//
// Seats (seats.go): "In the Lodi West constituency, Ann Lee was elected"
// gives —elected_in→ Lodi West, and "this constituency", "the district"
// refer back to the last constituency named, in clauses that say elected
// (elected_in) or defeated, lost a seat or failed to be re-elected
// (lose_in); the agent of "by" and a candidate's party are no candidates.
// "Naz Shah, the Labour MP for Bradford West," gives —represent→ Bradford
// West.
//
// Families (family.go): a lone name after a kin noun is a person ("their
// child, Gloria"); a couple named by "his wife" and their child are then
// restated by "their child", "his daughter" and "her parents" in later
// sentences: one —parent_of→ per parent in each. A kin noun without a
// possessive ("the parents were told") states nothing. "The child" (baby,
// son, daughter) is the one child so named, mentioned in its sentence or
// the two before; the child's "her parents" is the couple, once a pronoun
// or "the parents" took them up as one group; "the" and the plural of a
// surname two or more people share ("the Bergs") is the group of them.
//
// Acts: a passive's agent after its margin ("was defeated by 300 votes by
// Ann Lee"); a light verb and an event noun about an actor ("tweeted
// support of X": support; "made donations to X": donate_to; events.go); a
// body's name and its kind ("the Sea Org group") name the body; a reported
// clause's subject is no object of the reporting verb ("said Jon Kerr,
// the Secretary of State, contacted Thailand" gives no say edge to Kerry;
// nor does 'said Tom Wu "worked until his last breath"': say never takes
// an actor as its object); a platform said or posted on is no actor
// ("wrote on Twitter"); "told MSNBC Tom Wu was a liar" and "told a Reuters
// reporter" tell the outlet, and so does "in an interview with the BBC";
// "the Man of the Match award" names a thing, not the actor in its name;
// "Malaysia and Indonesia have kept a policy ... which the UN and the US
// have both criticised" gives each critic —criticise→ each holder of the
// policy (relative.go).
// A stance toward an actor's act is toward the actor ("criticised NASA's
// decision", "the decision by NASA", "NASA's handling": criticise;
// "attacked the subpoena by X", "called Norway's plan a sham", 'Calling it
// "just another apology"' after X's act, 'said X "wants to cancel the
// referendum"': criticize; "was disappointed that NASA did not choose
// them": be_disappointed_with; stance.go). An owner's words, stance,
// policy or visit that stirs or clashes with an actor is the owner's act
// ("His comments angered China", "the decision by Wu infuriated Laos",
// "Denmark was angered by Lee's remarks", "Wu's remarks sparked anger in
// Vietnam": anger; "Her politics clashed with the stances of A and B",
// "Sweden clashed with Lee's policies": clash_with; events.go), and what
// puts an actor "at odds with" another puts the two in dispute_with. A
// tweet, speech or remarks that criticise, attack or praise an actor are
// the author's ("Lee's speech attacked Bo Kim": criticize), and "Wu's plan
// was attacked by Labour" criticizes Wu as the active does. A party's
// adjective before -controlled, -run or -dominated names the party in
// control of the body ("the Republican-controlled Senate": control), and
// "The victim was identified as Tom Wu by Halvik Police" has the police
// identify Wu. A speaker's words judge or
// address the actor they are about, in a quotation (any of its sentences)
// or a reported clause: a wrong done ("said Norway is breaking the law",
// '"Halvik lied to us"') accuses; a duty ("Norway must withdraw",
// 'Russia should "get out"') urges, "should have acted" and a copula of
// scorn ("Halvik was corrupt", "Wu is a liar") criticize; "I am with him",
// "our thoughts are with Tom Wu" support; "Let's pray for Tom Wu" is
// pray_for; "I urge my colleagues" urges the speaker's body; a scornful
// quotation "said of" an actor, or a relative "which Lee describes as
// 'marred by fraud'", criticizes (stance.go). Naming the doer of a harm
// ("are the suspected perpetrators", "was behind the attack", "only X
// could have carried out the attack") blames; "X did nothing wrong" or
// "had done her best" defends; a copula of praise ("was an icon of
// liberation"), "made a great contribution", "his legacy will never be
// forgotten" praise, "will be missed" and "May his soul rest in peace"
// mourn; "X has died, according to Y" and "announced the passing of X"
// announce. A quoted address ('"Thank you @TomWu for ..."', "Congratulations
// to X", "Please, X", "Shame on X", "Well done, X") thanks, congratulates,
// urges, criticizes or praises the actor, a handle naming the actor it
// spells; an actor that "agreed" right after another spoke agrees with it
// (judged.go). A time clause of a gerund is its
// clause subject's act ("was arrested after leaving the Sea Org": leave;
// adjunct.go). A unit noun and a unit's name make the unit part_of its
// organisation ("the elite group within the Guild called the Night Watch",
// "its elite group the Night Watch", "Google subsidiary YouTube"; units.go);
// "both" or "all" after a list of people shares the affiliation that
// follows ("..., both counted as part of the reform bloc";
// distributive.go); "a former resident of X" and "a native of X" tie a
// person to a place.
//
// A nationality inside an organisation's name ("U.S. Air Force") and the
// gazetteer's capital_of, locate_in and part_of are background facts
// ([schema.Fact.Background]): stored, but stated by no sentence.
//
// Relation lemmas in the graph are the verb as stated with its particles
// and preposition ("shoot_down", "travel_to", "write_to"), with the
// vocabulary class beside it ([schema.Fact.Class]), or, for states, a
// vocabulary relation:
//
//   - A verb, or "be" and an adjective, gives way to the "to"-infinitive
//     after it: "Seoul needed to share data" is Seoul —share→ "data", with
//     the outer words kept as the argument modal="needed to"; "were ready
//     to defend" is —defend→. "refused to", "failed to", "declined to" and
//     "was unable to" negate the fact. An intention, a hope, a plan or an
//     attempt ("plans to visit", "hopes to meet", "is expected to sign",
//     "tried to call", "were ready to defend"), and the act a request, a
//     bid or an invitation is for ("urged Sweden to join NATO", "denied
//     visas to enter Norway", "is welcome to tour the plant"), give no
//     fact between actors: none of them says the act happened.
//   - A relation that holds a noun phrase keeps it when the whole phrase
//     maps to the vocabulary ("imposed sanctions on": sanction, "is the
//     capital of": capital_of). Otherwise the noun phrase becomes the
//     object and the old object an argument named by the preposition:
//     "Pyongyang gained increased political leverage with Moscow" is
//     Pyongyang —gain→ "increased political leverage", with="Moscow";
//     "is a senior adviser to the prime minister" is —be→ "a senior
//     adviser", to="the prime minister".
//   - An apposition "the N of X" whose be_N_of maps to the vocabulary
//     relates to X: "Nuuk, the capital of Greenland" is Nuuk —capital_of→
//     Greenland; "a close confidant of Kim Jong Un" stays —be→.
//
// Edges are not made from a subject that names no actor: an unresolved
// pronoun, a demonstrative ("this", "that"), a common noun phrase ("the
// question") and the expletive "it" ("It was not clear whether ...") stay
// literal, so their facts are kept in no edge. A locate_in or locate_near
// fact needs a place as object ("in Dubai, Norland Steel Corp" puts no
// place in a company) and no country as subject of locate_in in a city or
// region ("Caruana of the United States in London"), firms listed after
// "such as" are no members of their kind ("state-owned companies such as
// Gazprom"), and a place argument after another phrase
// ("accused the alliance of provoking tensions near Kaliningrad") places
// no one. "his country" or "her government" is the country the person
// serves, a person who leads or commands "the X of" an organisation is
// its member, and "a summit with", "talks with" or "a meeting with" an
// actor anywhere in a fact's arguments gives —meet→ that actor.
//
// Acts read from other parts of the sentence (agent.go, adjunct.go,
// reciprocal.go, intention.go):
//
//   - A passive's agent in a by-phrase after another phrase acts on the
//     subject ("Ann Lee was arrested at her home by police": police
//     —arrest→ Ann Lee), or, with no actor subject, toward the actor of a
//     to-, for-, against- or with-phrase ("returned by mail to the church
//     by Tom Wu"); each member of a list of agents acts.
//   - A gerund after a time word, or after for, of, with or by, acts too:
//     its subject is the clause's ("was arrested after leaving the Sea
//     Org", "retaliated by shelling Norway"), or the clause's actor object
//     after for, of and with ("thanked Sweden for helping Denmark").
//   - What a listed subject did with a reciprocal verb (exchange, meet,
//     sign, clash, negotiate ...) and no actor object, its members did with
//     each other: "North and South Korea exchanged artillery fire" gives
//     North Korea —exchange_with→ South Korea.
//   - A partner set off by commas after the subject ("Norway, along with
//     Sweden, attacked Denmark"; together with, alongside, as well as)
//     acts too.
//   - An event noun with its patient and its agent: "the arrest of Tom Wu
//     by the police" gives police —arrest→ Tom Wu (nominal.go).
//   - An attack on an actor's website, headquarters or embassy is an
//     attack on the actor (facility.go).
//   - Giving up a post in a body leaves the body ("resigned from his post
//     in the party": resign_from the party his facts make him a member
//     of; "quit her job at the bank"). The actor a gerund of helping helps
//     does what the bare infinitive after it says ("praised for helping
//     Tom Wu enter Norway"). "X compared to Y" is a comparison, no act.
//   - A verb of firing aims at the actor of its at- or into-phrase ("fired
//     missiles at Israel", "retaliated by firing rounds into Norway"), even
//     in a reported clause; a verb of motion goes from the place of its
//     from-phrase to the place of its to-phrase. A person taken or brought
//     "on a trip (visit, journey ...) to" an actor travelled there, and
//     the taker took them there: take_to, not take the person.
//   - "X is a recipient of Y from Z" gives X —receive_from→ Z, like
//     "received Y from Z".
//   - An act that is planned, predicted or possible is none yet: a modal
//     argument of intention ("plans to visit", "is expected to meet"), a
//     modal verb other than "will" ("would", "could", "may"), or "is to",
//     "going to" before the verb keep the object as text; so does an
//     infinitive after a refusal ("denied visas to enter") or a request
//     ("asked the council to help Ann Lee enter Sweden": neither help nor
//     enter), or an invitation ("was welcome to come and tour"), which a
//     second infinitive after "and" shares. A participle whose subject a
//     rule is about ("policies regarding Somalis traveling to Sweden", "a
//     ban on Danes entering Norway") names a kind of act, not one done.
//
// testdata/*.facts hold hand judgements of the edges an analyst wants
// from some articles; TestFactQuality reports precision and recall of the
// stored edges against them.
//
// # Self-loops
//
// A fact never links an entity to itself. When an extraction's subject and
// object resolve to the same entity, a plain pronoun object ("The ministry
// called them illegal", "them" resolved to the ministry) was resolved
// wrongly, since a non-reflexive pronoun never names its own clause's
// subject, and a pronoun is no object worth keeping as text: the fact is
// dropped. Any other object ("Russia defended itself", "the ministry")
// stays its literal text.
//
// # Arguments to entities
//
// An extraction argument becomes the entity of its head: after leading
// determiners, up to the first comma, preposition, verb or relative pronoun
// outside a name. After a possessive the head is what is possessed, so
// "Russia's Kursk region" is Kursk and "Kim Jong Bok's arrival" is a literal.
// A clause ("North Korea has dispatched 3,000 soldiers") is a literal.
// Each fact's Lemma is mapped by [schema.CanonicalRelation]; Relation keeps
// the raw phrase.
//
// # Gazetteer format
//
// The embedded files data/*.txt hold one record a line, "KIND NAME | FIELD
// | FIELD", with # comments. Kinds: country (fields alias, adj for
// nationality words, capital), region and city (alias, in, adj; flag
// police for a region policed by one force of its own), place
// (alias, in), seat (of, alias), org (alias, of, is for descriptor nouns,
// adj for the words that name a party as a nationality names a country:
// "Tory", "Lib Dem"),
// person (alias, short, of; flags male, female), product (alias: a
// well-known product, a thing and no actor), title (flags lead, female,
// male), group (CANONICAL | NOUN, NOUN), and the
// word lists orghead, orgfirst, placehead, regionhead, orgdesc, notname.
// data/SOURCES names the public lists they were checked against.
//
// # Across documents
//
// Each call to [Resolver.Resolve] sees one document; documents share nodes
// through canonical names, since the same name gives the same node IRI
// ([schema.EntityIRI]) in every document. Three things make names agree:
//
//   - Full names are kept whole, titles stripped ("President Volodymyr
//     Zelensky" and "Volodymyr Zelensky" are one name).
//   - Well-known people (data/people.txt: heads of state and government
//     of major countries, heads of NATO, the UN, the EU and others, and
//     leaders often named by surname alone) have a canonical name, other
//     spellings ("Volodymyr Zelenskyy") and short names ("Zelensky",
//     "Putin", "Xi"). A lone capitalised word resolves first to a person
//     of the same document who carries it; only when none does, and
//     exactly one well-known person has it as a short name, does it become
//     that person, so a second article's "Zelensky said" joins the first
//     article's "Volodymyr Zelensky", while "Johnson" (a surname many share,
//     deliberately not listed) stays its own node. The short name is
//     recorded as an alias.
//   - The alias file ([ParseAliases], [Options]) forces a merge ("Mart
//     Tamm = Tamm": a lone "Tamm" in any document becomes Mart Tamm) or
//     forbids one ("Volodymyr Zelensky != Zelensky" keeps a lone
//     "Zelensky" its own node); the file wins over the gazetteer.
//
// Every surface form a document used is an alias of its entity, and
// [schema.Quads] records aliases as kg:alias quads.
//
// # What it does not do
//
// It does not link events ("the attack"), resolve a mention that points
// forward ("a group calling itself Sea Wolves"), tell apart two persons of
// the same unknown full name, or split hyphenated names
// ("Moscow-Pyongyang").
package entity
