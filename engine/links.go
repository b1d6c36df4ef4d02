package engine

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// LinkedOutside lists what the symbolic links in the folder of pair tables
// dir lead to outside it, with their links resolved: the folders (a table
// or period folder linked from elsewhere) and the files (a part or table
// file linked from elsewhere). Read reads them only with
// ReadOptions.FollowSymlinks; a command guards them then as it guards dir,
// so that no output is written into them. It reads no file, and passes
// over what it cannot read or resolve (Read says so when it reads).
func LinkedOutside(dir string) (folders, files []string) {
	root, err := realFolder(dir)
	if err != nil {
		return nil, nil
	}
	seen := map[string]bool{}
	var walk func(d string)
	walk = func(d string) {
		real, err := filepath.EvalSymlinks(d)
		if err != nil || seen[real] {
			return
		}
		seen[real] = true
		ents, err := os.ReadDir(d)
		if err != nil {
			return
		}
		for _, e := range ents {
			p := filepath.Join(d, e.Name())
			if e.Type()&fs.ModeSymlink == 0 {
				if e.IsDir() {
					walk(p)
				}
				continue
			}
			target, err := filepath.EvalSymlinks(p)
			if err == nil {
				target, err = filepath.Abs(target)
			}
			if err != nil {
				continue
			}
			fi, err := os.Stat(target)
			if err != nil {
				continue
			}
			out := !inFolder(root, target)
			switch {
			case fi.IsDir():
				if out {
					folders = append(folders, target)
				}
				walk(p)
			case out:
				files = append(files, target)
			}
		}
	}
	walk(dir)
	return folders, files
}

// inFolder reports whether the path p lies in the folder root (both
// absolute, their links resolved), or is root.
func inFolder(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
