//go:build unix

package people

import (
	"io/fs"
	"os"
	"syscall"
)

// privateOK refuses a key file that the group or others may read or
// write, or that belongs to another user.
func privateOK(path string, fi fs.FileInfo) error {
	if fi.Mode().Perm()&0o077 != 0 {
		return &KeyError{Problem: KeyShared, Path: path, Mode: fi.Mode().Perm()}
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	if uid := os.Getuid(); int(st.Uid) != uid {
		return &KeyError{Problem: KeyForeign, Path: path, Owner: int(st.Uid), You: uid}
	}
	return nil
}
