package entity

// A descClass is the kind of actor a common noun describes in GUM's
// annotation ([learnedDescs]).
type descClass byte

const (
	descPerson descClass = iota + 1
	descOrg
	descPlace
)

// A learnedDesc is a noun's class in [learnedDescs], with the mentions of
// that class it heads in GUM's train split and all the mentions it heads.
type learnedDesc struct {
	class descClass
	n     int
	total int
}
