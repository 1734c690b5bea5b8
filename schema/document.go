package schema

// A Document is everything kg read from one text: its sentences, the
// entities they mention and the facts they state. It is what the extractor
// produces and what [Quads] turns into quads.
type Document struct {
	// ID is the content hash of the text, from [DocumentID].
	ID string
	// Source is the path or name the text was read from ("-" for stdin).
	Source string
	// Title is the first line of the text, trimmed.
	Title string
	// Sentences are the document's sentences in order.
	Sentences []Sentence
	// Entities are the actors and concepts that the facts connect, each once.
	Entities []Entity
	// Facts are the extractions, with their arguments resolved to entities.
	Facts []Fact
}

// A Sentence is one sentence of a document.
type Sentence struct {
	// Text is the sentence as written.
	Text string
	// Start and End are byte offsets of Text in the document.
	Start, End int
}

// An Entity is an actor or concept of a document.
type Entity struct {
	// Name is the canonical name ("Kim Jong Bok"). [EntityIRI] of Name is
	// the entity's node.
	Name string
	// Type is the entity's class.
	Type EntityType
	// Aliases are the other surface forms that named the entity in the
	// document ("Kim", "General Kim Jong Bok"), without Name itself.
	Aliases []string
	// Mentions are the indexes of the sentences that mention the entity.
	Mentions []int
}

// An Extraction is one fact read from one sentence, before its arguments are
// resolved to entities. Text fields hold the words as written in the
// sentence.
type Extraction struct {
	// Subject is the first argument ("Kim Jong Bok").
	Subject Argument
	// Relation is the relation phrase as written ("has traveled to").
	Relation string
	// Lemma is the normalised relation ("travel_to"): verbs in base form,
	// auxiliaries and adverbs dropped, words joined with underscores.
	Lemma string
	// Object is the second argument; its Text is "" for an intransitive
	// relation.
	Object Argument
	// Extra are further arguments: time and place adjuncts and other
	// prepositional phrases, each with its Role.
	Extra []Argument
	// Confidence is how likely the extraction is correct, in [0, 1].
	Confidence float64
	// Negated is true when the relation was negated ("did not attack").
	Negated bool
	// Attribution is who said the fact, for facts inside reported speech
	// ("Zelensky" in "Zelensky warned that ..."); "" otherwise.
	Attribution string
}

// An Argument is a span of a sentence that fills a slot of an extraction.
type Argument struct {
	// Text is the words of the argument as written.
	Text string
	// Start and End are byte offsets of Text in the sentence; both are 0
	// when the argument was implied rather than written.
	Start, End int
	// Role says what an extra argument is: "time", "place" or the
	// preposition that introduced it. It is "" for subjects and objects.
	Role string
}

// A Fact is an extraction placed in its document: the sentence it came from
// and the entities its arguments resolved to.
type Fact struct {
	Extraction
	// Sentence is the index of the sentence in the document.
	Sentence int
	// SubjectEntity and ObjectEntity are the names of the entities
	// (see [Entity.Name]) that the subject and object resolved to, or ""
	// when the argument stays a literal value.
	SubjectEntity, ObjectEntity string
	// Class is the relation's class in the controlled vocabulary
	// ([CanonicalRelation] of the stated lemma); [Quads] stores it beside
	// the lemma when [IsClass] holds.
	Class string
	// Background marks a fact that no sentence states but the gazetteer
	// knows; its Sentence is only where its subject was first named.
	Background bool
}
