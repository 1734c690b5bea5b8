package entity

import "strings"

// visitedSites are the last words of the names of buildings and sites
// that news names as it names actors: a hospital, an airport, a stadium,
// a prison, a hotel, a terminal, a bridge ("Station" also closes towns
// such as College Station). The guide treats buildings,
// venues and facilities as things.
var visitedSites = map[string]bool{
	"Hospital": true, "Clinic": true, "Infirmary": true, "Airport": true, "Stadium": true, "Arena": true,
	"Prison": true, "Jail": true, "Penitentiary": true, "Hotel": true, "Terminal": true,
	"Bridge": true, "Corner": true,
}

// siteVerbs are the verbs whose object is where someone goes or is,
// with no particle after them.
var siteVerbs = map[string]bool{"visit": true, "enter": true, "leave": true, "reach": true, "tour": true}

// visitPreps are the last words of relation lemmas that take where
// someone goes, comes from or stays: "admit_to", "release_from",
// "treat_at", "flee_up".
var visitPreps = map[string]bool{
	"to": true, "from": true, "at": true, "in": true, "into": true, "up": true, "near": true,
	"outside": true, "inside": true, "toward": true, "towards": true,
}

// siteVisited reports whether a fact of lemma whose object is named name
// only says where its subject went, came from or stayed, and that object
// is a building or a site ([visitedSites]), no actor: "was admitted to
// Walter Reed Hospital", "was released from the hospital", "being treated
// at the Gatot Soebroto Army Hospital", "fled up London Bridge",
// "visited Northside Hospital". Work for one ("a nurse at Northside
// Hospital": work_for), and the facts of where a site lies (locate_in),
// are kept.
func siteVisited(lemma, name string) bool {
	var buf [8]string
	f := appendFields(buf[:0], name)
	if len(f) == 0 || !visitedSites[f[len(f)-1]] || len(f) == 1 && f[0] != "Hospital" && f[0] != "Clinic" {
		return false // "Bruce Arena" aside, a lone word is a surname ("visited Arena")
	}
	verb, rest, _ := strings.Cut(lemma, "_")
	if rest == "" {
		return siteVerbs[verb]
	}
	if siteWorkVerbs[verb] {
		return false
	}
	parts := strings.Split(rest, "_")
	return visitPreps[parts[len(parts)-1]]
}

// siteWorkVerbs are the verbs by which a person works or learns at a place,
// which makes it the person's employer or school: "works at Northside
// Hospital".
var siteWorkVerbs = map[string]bool{
	"work": true, "serve": true, "study": true, "train": true, "teach": true, "intern": true,
	"volunteer": true, "practice": true, "practise": true, "locate": true, "base": true,
}
