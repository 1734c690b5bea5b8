// Package factscore scores kg's facts between actors against a gold file
// written by the actor-facts guide (../shared/realnews/GUIDE.md), with the
// rules of that folder's score.py, so that both print the same figures.
//
// A gold file is tab-separated UTF-8 with a header line naming at least the
// columns doc, sentence, subject, relation and object (note is optional):
//
//	doc	sentence	subject	relation	object	note
//	korea.txt	North and South Korea exchanged artillery fire	North Korea	exchange_fire_with | fire_at	South Korea	symmetric
//
// sentence is a verbatim piece of the sentence; subject and object list a
// name and its alternatives, relation the acceptable lemmas, each separated
// by " | ". A note containing "symmetric" lets the fact match either way.
// Lines whose doc is empty or starts with "#" are skipped.
//
// [Score] matches a prediction with a gold fact of the same document when
// the gold sentence occurs in the prediction's sentence (whitespace folded,
// curly quotes made straight); when the names match (case, quotes, hyphens,
// a possessive "'s" and a leading "the" ignored, or one name's words a
// contiguous run of the other's); and, unless relations are ignored, when
// the lemma equals an alternative or shares its first word (fire ~ fire_at)
// and negation ("not_") agrees.
package factscore
