package kv

import (
	"errors"
	"fmt"

	"golang.org/x/sys/unix"
)

// exchange swaps the directories a and b atomically. It returns an error
// wrapping errNoExchange when the kernel or file system cannot.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EINVAL), errors.Is(err, unix.EOPNOTSUPP):
		return fmt.Errorf("%w: %w", errNoExchange, err)
	}
	return fmt.Errorf("exchange %s and %s: %w", a, b, err)
}
