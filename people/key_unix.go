//go:build unix

package people

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// privateOK refuses a key file that the group or others may read or
// write, or that belongs to another user.
func privateOK(path string, fi fs.FileInfo) error {
	if fi.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("%w: %s can be read or written by others (mode %#o); make it private with: chmod 600 %s", ErrKey, path, fi.Mode().Perm(), path)
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if uid := os.Getuid(); int(st.Uid) != uid {
		return fmt.Errorf("%w: %s belongs to user %d, not to you (%d); use your own key file", ErrKey, path, st.Uid, uid)
	}
	return nil
}
