//go:build !unix

package model_test

// cpuSeconds reports that processor time is not measured here.
func cpuSeconds() (float64, bool) { return 0, false }
