package entity

import "github.com/kg-project/kg/nlp"

// romanceHeads are the head nouns that open the name of a French, Spanish,
// Italian or Portuguese body, written before its "de" ("Observatoire de
// Paris", "Universidad de Chile", "Banco do Brasil"). The English heads of
// the "orghead" word list count too ("Centre de Recherche").
var romanceHeads = map[string]bool{
	"Observatoire": true, "Observatorio": true, "Osservatorio": true,
	"Institut": true, "Instituto": true, "Istituto": true,
	"Université": true, "Universidad": true, "Universidade": true, "Università": true,
	"Banque": true, "Banco": true, "Banca": true,
	"Musée": true, "Museo": true, "Museu": true,
	"Académie": true, "Academia": true, "Accademia": true,
	"Conseil": true, "Consejo": true, "Consiglio": true, "Conselho": true,
	"Ministère": true, "Ministerio": true, "Ministero": true, "Ministério": true,
	"Collège": true, "Colegio": true, "École": true, "Escuela": true, "Escola": true, "Scuola": true,
	"Centro": true, "Brigada": true, "Cour": true, "Corte": true, "Tribunal": true, "Tribunale": true,
	"Parti": true, "Partido": true, "Partito": true,
	"Sénat": true, "Senado": true, "Senato": true, "Assemblée": true, "Asamblea": true, "Cámara": true, "Chambre": true,
	"Policía": true, "Polícia": true, "Polizia": true, "Gendarmerie": true, "Guardia": true, "Direction": true, "Dirección": true, "Direzione": true,
	"Fondation": true, "Fundación": true, "Fondazione": true, "Fundação": true,
	"Hôpital": true, "Ospedale": true, "Théâtre": true, "Teatro": true, "Bibliothèque": true, "Biblioteca": true,
	"Société": true, "Sociedad": true, "Società": true, "Compagnie": true, "Compañía": true, "Companhia": true,
	"Fédération": true, "Federación": true, "Federazione": true, "Confédération": true, "Confederación": true,
	"Comité": true, "Comisión": true, "Commissione": true, "Agence": true, "Agencia": true, "Agenzia": true,
	"Laboratoire": true, "Laboratorio": true, "Groupe": true, "Grupo": true, "Frente": true,
	"Mouvement": true, "Movimiento": true, "Movimento": true, "Alianza": true,
	"Armée": true, "Ejército": true, "Esercito": true, "Secretaría": true, "Servicio": true, "Orchestre": true, "Orquesta": true,
}

// bodyParticles are the Romance words for "of" (with its article) that go
// on a body's name after its head noun.
var bodyParticles = newWordSet(map[string]bool{
	"de": true, "du": true, "des": true, "del": true, "della": true, "dello": true, "dei": true, "degli": true,
	"delle": true, "di": true, "da": true, "do": true, "dos": true, "das": true,
	"pour": true, "para": true, "per": true,
})

// bodyArticles are the articles that may follow a particle of
// [bodyParticles] ("de la Santé", "pour le Développement", "de los Andes").
var bodyArticles = map[string]bool{"la": true, "le": true, "les": true, "los": true, "las": true, "el": true, "l'": true, "l’": true}

// romanceJoins are the Romance words for "and" inside such a name
// ("Brigade de Recherche et d'Intervention").
var romanceJoins = map[string]bool{"et": true, "y": true, "e": true}

// romanceHead reports whether the units us, after any possessive, open
// with a capitalised word that heads a body's name in a Romance language
// or in English ("Observatoire", "Institut", "Centre"), go on in
// capitalised words and end in one.
func (r *Resolver) romanceHead(toks []nlp.Token, us []unit) bool {
	us = afterPossessive(us)
	if len(us) == 0 || us[len(us)-1].kind != uCap && us[len(us)-1].kind != uEntry {
		return false
	}
	w := toks[us[0].start].Text
	return us[0].kind == uCap && (romanceHeads[w] || r.g.is("orghead", w))
}

// romanceOf returns the token after the particle at k, and the article
// after it, when they go on a body's name that the units us open
// ([Resolver.romanceHead]) before a capitalised word: "Observatoire de
// Paris", "Institut National de Recherche", "Institut de Recherche pour le
// Développement". Otherwise it returns k. The particles of a person's name
// ("Lula da Silva", "Ursula von der Leyen") stay with [nameParticle].
func (r *Resolver) romanceOf(toks []nlp.Token, us []unit, k int) int {
	if !bodyParticles.has(toks[k].Text) || !r.romanceHead(toks, us) {
		return k
	}
	j := k + 1
	if j < len(toks) && bodyArticles[toks[j].Text] {
		j++
	}
	if j >= len(toks) || !isCap(toks[j].Text) && !articleName(toks[j].Text) || r.g.listedGiven(toks[j].Text) {
		return k
	}
	return j
}

// romanceAnd reports whether the Romance "and" at token k joins two words
// of a body's name that a particle has already gone on ([Resolver.romanceOf]):
// "Brigade de Recherche et d'Intervention".
func (r *Resolver) romanceAnd(toks []nlp.Token, us []unit, k int) bool {
	if k+1 >= len(toks) || !hasUnit(us, uOf) || !romanceJoins[toks[k].Text] || !r.romanceHead(toks, us) {
		return false
	}
	next := toks[k+1].Text
	return isCap(next) || articleName(next)
}

// romanceName reports whether the run seg is a body's name that a Romance
// "of" goes on after its head noun ([Resolver.romanceOf]): "Observatoire de
// Paris", "Universidad de Chile". The place after the particle is a word of
// the name, not a mention of its own.
func (r *Resolver) romanceName(s nlp.Sentence, seg []unit) bool {
	if len(seg) < 3 || seg[0].kind != uCap {
		return false
	}
	w := s.Tokens[seg[0].start].Text
	if !romanceHeads[w] && !r.g.is("orghead", w) {
		return false
	}
	for _, u := range seg[1:] {
		if u.kind == uOf && bodyParticles.has(s.Tokens[u.start].Text) {
			return true
		}
	}
	return false
}
