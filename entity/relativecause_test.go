package entity

import "testing"

// TestRelativeCause: a gerund of cause after the object's apposition
// that holds a relative clause ("accused Tom Wu, the lawyer who
// represented Ann Lee, of defrauding Bo Chen") is the act of the object
// the outer verb judges, not of the relative clause's object; and "of
// trying to" or "with attempting to" opens the act charged.
func TestRelativeCause(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway accused Tom Wu, the lawyer who represented Ann Lee, of defrauding Bo Chen.",
			[]string{"Tom Wu -defraud-> Bo Chen", "Tom Wu -represent-> Ann Lee"},
			[]string{"Ann Lee -defraud-> Bo Chen"},
			"the relative clause ends at its comma"},
		{"A court convicted Tom Wu, a lawyer who worked for Ann Lee, of attempting to bribe Bo Chen, a judge.",
			[]string{"Tom Wu -bribe-> Bo Chen", "Tom Wu -work_for-> Ann Lee"},
			[]string{"Ann Lee -bribe-> Bo Chen"},
			"the act attempted is the one charged"},
		{"Norway accused Tom Wu of trying to extort Halvik Holdings. Sweden praised Ann Lee for trying to help Kenya.",
			[]string{"Tom Wu -extort-> Halvik Holdings"},
			[]string{"Ann Lee -help-> Kenya"},
			"a try praised is no act done"},
		{"Norway thanked Sweden, which sent troops, for helping Kenya.",
			[]string{"Sweden -help-> Kenya"},
			nil,
			"a relative clause on the name itself leaves the name the actor"},
	})
}
