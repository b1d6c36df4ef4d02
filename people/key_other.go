//go:build !unix

package people

import "io/fs"

// privateOK cannot check modes and owners outside Unix (Windows keeps
// them in ACLs): the key file's folder under the user's profile is
// private by default there.
func privateOK(string, fs.FileInfo) error { return nil }
