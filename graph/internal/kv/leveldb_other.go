//go:build !linux

package kv

// exchange would swap the directories a and b atomically; only Linux can.
func exchange(a, b string) error { return errNoExchange }
