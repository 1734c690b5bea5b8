package schema

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// Namespace is the prefix of every IRI kg writes. IRIs stay short so that
// they are easy to type in Gizmo, and contain no spaces, so that they are
// valid in N-Quads.
const Namespace = "kg:"

// Core predicates. Every quad kg writes uses one of these or a relation
// predicate made by [RelationIRI].
const (
	// Name links a node to its display name (a string literal).
	Name = quad.IRI(Namespace + "name")
	// Type links a node to its class: one of the [EntityType] IRIs,
	// [DocumentClass], [SentenceClass] or [FactClass].
	Type = quad.IRI(Namespace + "type")
	// Alias links an entity to another surface form that named it
	// ("Kim" for Kim Jong Bok).
	Alias = quad.IRI(Namespace + "alias")
	// JoinedAs links a person node to a name by which a document named
	// the person only in short ("Clarke", "Mr Clarke"), and which the
	// cross-document joiner joined to the node because it was then the one
	// person of that surname known: one quad per name of the document's
	// entity, labelled by the document (see [Entity.JoinedAs] and
	// [Merge.Joined]). A joiner rebuilt from the store reads them to split
	// those documents off again ([Merge.Docs]) when a second person of the
	// surname arrives, as the joiner that made the join would.
	JoinedAs = quad.IRI(Namespace + "joinedAs")
	// MentionedIn links an entity to a sentence node that mentions it.
	MentionedIn = quad.IRI(Namespace + "mentionedIn")
	// Text links a sentence node to its text.
	Text = quad.IRI(Namespace + "text")
	// Index links a sentence node to its position in the document (0-based).
	Index = quad.IRI(Namespace + "index")
	// InDocument links a sentence node to its document node.
	InDocument = quad.IRI(Namespace + "document")
	// Source links a document node to the path or name it was read from.
	Source = quad.IRI(Namespace + "source")
	// Title links a document node to its first line, or to the headline
	// of a web page or feed item.
	Title = quad.IRI(Namespace + "title")
	// URL links a document node read from a web page or feed item to the
	// article's address (a string literal): the page's canonical link or
	// og:url, the item's link.
	URL = quad.IRI(Namespace + "url")
	// Published links a document node to the publication date its page or
	// feed item gives (a string literal, RFC 3339 when kg could read it,
	// such as "2024-05-02T09:30:00Z").
	Published = quad.IRI(Namespace + "published")

	// Subject links a fact node to the subject of the fact.
	Subject = quad.IRI(Namespace + "subject")
	// Predicate links a fact node to the relation predicate of the fact.
	Predicate = quad.IRI(Namespace + "predicate")
	// Object links a fact node to the object of the fact.
	Object = quad.IRI(Namespace + "object")
	// Relation links a fact node to the raw relation phrase as written
	// ("has traveled to").
	Relation = quad.IRI(Namespace + "relation")
	// Confidence links a fact node to the extractor's confidence, a float in [0, 1].
	Confidence = quad.IRI(Namespace + "confidence")
	// InSentence links a fact node to the sentence node it was read from.
	InSentence = quad.IRI(Namespace + "sentence")
	// Time links a fact node to a time expression ("since August").
	Time = quad.IRI(Namespace + "time")
	// Place links a fact node to a place argument ("in Russia's Kursk region").
	Place = quad.IRI(Namespace + "place")
	// Negated marks a fact node whose relation was negated ("did not attack").
	Negated = quad.IRI(Namespace + "negated")
	// AttributedTo links a fact node to who said it ("Zelensky warned that
	// ...", "According to Kyodo, ...", "..., the ministry said"): the
	// speaker's entity node when the speaker resolved to one, its words
	// otherwise.
	AttributedTo = quad.IRI(Namespace + "attributedTo")
	// Citing links a reported fact node to a source that its speaker
	// ([AttributedTo]) cites or relays, further down the source chain:
	// "Ukrainian intelligence sources" in "According to Kyodo, citing
	// Ukrainian intelligence sources, ...", the officials of "Officials
	// told Kyodo that ...", Kyodo in "The ministry said Kyodo reported
	// that ...". Like AttributedTo it points at an entity node or holds
	// the words; a chain of three or more gives one Citing per source,
	// unordered. The citation itself, when the sentence states it ("Kyodo,
	// citing officials"), is also a fact of its own: Kyodo —cite→ officials.
	Citing = quad.IRI(Namespace + "citing")
	// Background marks a fact node that no sentence states: gazetteer
	// knowledge ("Kyiv" capital_of Ukraine), stored once for all
	// documents, with no sentence and no direct subject–object edge.
	Background = quad.IRI(Namespace + "background")
	// Class links a fact node to its relation's class in the controlled
	// vocabulary ([Relations]), beside the stated predicate: "wrote to"
	// has the predicate <kg:r/write_to> and the class <kg:r/say>.
	Class = quad.IRI(Namespace + "class")

	// ObjectText links a fact node whose object resolved to an entity to
	// the object's own words as written ("approximately 3,000 soldiers"
	// for the object <kg:e/North_Korean_troops>), so that what the
	// sentence said about the object is not lost to the resolution. It is
	// left out when the words are the entity's name.
	ObjectText = quad.IRI(Namespace + "objectText")
	// HasQuantity links a fact node to a quantity node ([QuantityClass]):
	// an amount its object states ("approximately 3,000 soldiers",
	// "$2bn", "40% of"). A fact has one quantity node per amount.
	HasQuantity = quad.IRI(Namespace + "quantity")
	// Amount links a quantity node to its number: an integer literal when
	// the number is whole ("$2bn" gives 2000000000), a float otherwise.
	Amount = quad.IRI(Namespace + "amount")
	// Unit links a quantity node to what is counted or measured, lower
	// case: the noun after the number ("soldiers", "battalions",
	// "tonnes"), "%" for a percentage, or an ISO 4217 code for money
	// ("USD", "EUR", "GBP").
	Unit = quad.IRI(Namespace + "unit")
	// Qualifier links a quantity node to how the number bounds the
	// amount: "approximately", "at least", "up to", "more than",
	// "less than" or "nearly". A quantity stated exactly has none.
	Qualifier = quad.IRI(Namespace + "qualifier")
)

// Classes of non-entity nodes.
const (
	// DocumentClass is the type of document nodes.
	DocumentClass = quad.IRI(Namespace + "Document")
	// SentenceClass is the type of sentence nodes.
	SentenceClass = quad.IRI(Namespace + "Sentence")
	// FactClass is the type of fact (statement) nodes.
	FactClass = quad.IRI(Namespace + "Fact")
	// QuantityClass is the type of quantity nodes (see [HasQuantity]).
	QuantityClass = quad.IRI(Namespace + "Quantity")
)

// IsRelation reports whether p is a relation between actors, made by
// [RelationIRI], rather than a core or provenance predicate.
func IsRelation(p quad.IRI) bool {
	return strings.HasPrefix(string(p), relationPrefix) && len(p) > len(relationPrefix)
}
