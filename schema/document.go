package schema

// A Document is everything kg read from one text: its sentences, the
// entities they mention and the facts they state. It is what the extractor
// produces and what [Quads] turns into quads.
type Document struct {
	// ID is the content hash of the text, from [DocumentID].
	ID string `json:"id"`
	// Source is the path or name the text was read from ("-" for stdin).
	Source string `json:"source"`
	// Title is the first line of the text, trimmed, or the headline of a
	// web page or feed item.
	Title string `json:"title"`
	// URL is the address a web page gives as its own (canonical link or
	// og:url) or a feed item's link; empty for plain text.
	URL string `json:"url,omitempty"`
	// Published is the publication date a web page or feed item gives,
	// in RFC 3339 when kg could read it, else as written; empty when
	// unknown.
	Published string `json:"published,omitempty"`
	// Sentences are the document's sentences in order.
	Sentences []Sentence `json:"sentences"`
	// Entities are the actors and concepts that the facts connect, each once.
	Entities []Entity `json:"entities"`
	// Facts are the extractions, with their arguments resolved to entities.
	Facts []Fact `json:"facts"`
}

// A Sentence is one sentence of a document.
type Sentence struct {
	// Text is the sentence as written.
	Text string `json:"text"`
	// Start and End are byte offsets of Text in the document.
	Start int `json:"start"`
	End   int `json:"end"`
}

// An Entity is an actor or concept of a document.
type Entity struct {
	// Name is the canonical name ("Kim Jong Bok"). [EntityIRI] of Name is
	// the entity's node.
	Name string `json:"name"`
	// Type is the entity's class.
	Type EntityType `json:"type"`
	// Aliases are the other surface forms that named the entity in the
	// document ("Kim", "General Kim Jong Bok"), without Name itself.
	Aliases []string `json:"aliases,omitempty"`
	// Mentions are the indexes of the sentences that mention the entity.
	Mentions []int `json:"mentions"`
	// JoinedAs are the names (a name and its aliases) of the document's
	// entities that a cross-document joiner joined to this one because
	// the document named them only in short ("Clarke", "Mr Clarke" for
	// Kenneth Clarke); [Quads] writes each as a [JoinedAs] quad.
	JoinedAs []string `json:"joined_as,omitempty"`
	// Local marks an actor that the document names by a common noun for
	// want of a name, its own jury or court ("the jury", "an appeals
	// court"): another document's is another actor, so its node is
	// the document's ([LocalEntityIRI]) and no joiner joins it.
	Local bool `json:"local,omitempty"`
}

// An Extraction is one fact read from one sentence, before its arguments are
// resolved to entities. Text fields hold the words as written in the
// sentence.
type Extraction struct {
	// Subject is the first argument ("Kim Jong Bok").
	Subject Argument `json:"subject"`
	// Relation is the relation phrase as written ("has traveled to").
	Relation string `json:"relation"`
	// Lemma is the normalised relation ("travel_to"): verbs in base form,
	// auxiliaries and adverbs dropped, words joined with underscores.
	Lemma string `json:"lemma"`
	// Object is the second argument; its Text is "" for an intransitive
	// relation.
	Object Argument `json:"object"`
	// Extra are further arguments: time and place adjuncts and other
	// prepositional phrases, each with its Role.
	Extra []Argument `json:"extra,omitempty"`
	// Confidence is how likely the extraction is correct, in [0, 1].
	Confidence float64 `json:"confidence"`
	// Negated is true when the relation was negated ("did not attack").
	Negated bool `json:"negated,omitempty"`
	// Attribution is who said the fact, for facts inside reported speech
	// ("Zelensky" in "Zelensky warned that ..."); "" otherwise.
	Attribution string `json:"attribution,omitempty"`
	// Sources is the source chain of a reported fact, the speaker first
	// (its Text is Attribution) and then whom the speaker cites, and whom
	// that source cites: "According to Kyodo, citing Ukrainian intelligence
	// sources, ..." gives Kyodo, then "Ukrainian intelligence sources".
	// It is nil when the fact is not reported, and may hold Attribution
	// alone.
	Sources []Argument `json:"sources,omitempty"`
	// Membership marks the link from a member of a list to its group,
	// which the list states without a clause: "the United States"
	// member_of "Western intelligence agencies" in "Western intelligence
	// agencies, including those from the United States, ...". Its
	// Relation is the list's marker ("including", "such as").
	Membership bool `json:"membership,omitempty"`
	// Quantities are the amounts the object states ("approximately 3,000
	// soldiers", "$2bn"), in the order written; nil when it states none.
	Quantities []Quantity `json:"quantities,omitempty"`
}

// An Argument is a span of a sentence that fills a slot of an extraction.
type Argument struct {
	// Text is the words of the argument as written.
	Text string `json:"text"`
	// Start and End are byte offsets of Text in the sentence; both are 0
	// when the argument was implied rather than written.
	Start int `json:"start"`
	End   int `json:"end"`
	// Role says what an extra argument is: "time", "place" or the
	// preposition that introduced it. It is "" for subjects and objects.
	Role string `json:"role,omitempty"`
	// Entity is the entity a fact's place argument names, when the
	// resolver made the place of an act its argument ("died in Velby":
	// Velby), and "" otherwise.
	Entity string `json:"entity,omitempty"`
}

// A Fact is an extraction placed in its document: the sentence it came from
// and the entities its arguments resolved to.
type Fact struct {
	Extraction
	// Sentence is the index of the sentence in the document.
	Sentence int `json:"sentence"`
	// SubjectEntity and ObjectEntity are the names of the entities
	// (see [Entity.Name]) that the subject and object resolved to, or ""
	// when the argument stays a literal value.
	SubjectEntity string `json:"subject_entity,omitempty"`
	ObjectEntity  string `json:"object_entity,omitempty"`
	// SourceEntities are the names of the entities that the
	// [Extraction.Sources] resolved to, one per source, "" for a source
	// that stays a literal value; nil when no source resolved.
	SourceEntities []string `json:"source_entities,omitempty"`
	// Class is the relation's class in the controlled vocabulary
	// ([CanonicalRelation] of the stated lemma); [Quads] stores it beside
	// the lemma when [IsClass] holds.
	Class string `json:"class,omitempty"`
	// Background marks a fact that no sentence states but the gazetteer
	// knows; its Sentence is only where its subject was first named.
	Background bool `json:"background,omitempty"`
}
