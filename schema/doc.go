// Package schema is kg's vocabulary: the entity types, the predicates and
// IRIs of the graph, the controlled relation vocabulary for news, the types
// that carry a document from the extractor to the store ([Document],
// [Extraction], [Fact], [Entity]), and [Quads], which turns a document into
// the quads kg stores.
//
// # IRIs
//
// Every IRI is in the kg: scheme, short enough to type in Gizmo and free of
// spaces, so valid in N-Quads:
//
//	<kg:e/Kim_Jong_Bok>          an entity, named by its canonical name ([EntityIRI])
//	<kg:r/oversee>               a relation predicate, the normalised relation ([RelationIRI])
//	<kg:doc/9f86d081884c7d65>    a document, by the hash of its content ([DocumentIRI])
//	<kg:doc/9f86d081884c7d65#s3> its fourth sentence ([SentenceIRI])
//	<kg:fact/1c3e5a7d9b2f4e60>   a fact node ([FactIRI])
//	<kg:name>, <kg:type>, ...    the core predicates (see the constants)
//	<kg:Person>, <kg:Document>   classes ([EntityType.IRI], [DocumentClass])
//
// # Quads
//
// The sentence "Kim Jong Bok has traveled to Russia to oversee North Korean
// soldiers." in document D yields, among others (labels shown last):
//
//	<kg:e/Kim_Jong_Bok> <kg:name> "Kim Jong Bok" .
//	<kg:e/Kim_Jong_Bok> <kg:type> <kg:Person> .
//	<kg:e/Kim_Jong_Bok> <kg:mentionedIn> <kg:doc/D#s1> <kg:doc/D> .
//	<kg:e/Kim_Jong_Bok> <kg:r/oversee> <kg:e/North_Korean_troops> <kg:doc/D> .
//	<kg:fact/F> <kg:type> <kg:Fact> <kg:doc/D> .
//	<kg:fact/F> <kg:subject> <kg:e/Kim_Jong_Bok> <kg:doc/D> .
//	<kg:fact/F> <kg:predicate> <kg:r/oversee> <kg:doc/D> .
//	<kg:fact/F> <kg:object> <kg:e/North_Korean_troops> <kg:doc/D> .
//	<kg:fact/F> <kg:relation> "oversee" <kg:doc/D> .
//	<kg:fact/F> <kg:confidence> "0.6"^^<http://www.w3.org/2001/XMLSchema#float> <kg:doc/D> .
//	<kg:fact/F> <kg:sentence> <kg:doc/D#s1> <kg:doc/D> .
//	<kg:doc/D#s1> <kg:text> "Kim Jong Bok has traveled ..." <kg:doc/D> .
//	<kg:doc/D#s1> <kg:document> <kg:doc/D> <kg:doc/D> .
//
// A fact is stated twice: as a direct edge between the actors, for
// traversal, and as a fact node carrying the raw phrase, the confidence and
// the sentence, for provenance. The label of every quad is its document's
// IRI, except an entity's name and type, which are written once, unlabelled,
// for all documents. So a triple stated by two documents is kept once per
// document, a changed document is replaced by removing its label, and even
// a backend that keeps one copy of a triple keeps every fact node.
//
// A reported fact also names its source chain: "According to Kyodo, citing
// Ukrainian officials, Kim Jong Bok has arrived in Vladivostok." adds
//
//	<kg:fact/F> <kg:attributedTo> <kg:e/Kyodo> <kg:doc/D> .
//	<kg:fact/F> <kg:citing> <kg:e/Ukrainian_officials> <kg:doc/D> .
//
// and the citation is a fact of its own, Kyodo —cite→ Ukrainian officials.
//
// In Gizmo, the sentence behind "Kim Jong Bok oversees X" is
//
//	g.V("<kg:e/Kim_Jong_Bok>").in("<kg:subject>").has("<kg:predicate>", "<kg:r/oversee>").out("<kg:sentence>").out("<kg:text>").all()
package schema
