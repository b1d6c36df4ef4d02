package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
)

// handCopy copies the hand study into a new temporary folder.
func handCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", dir)
	return dir
}

// TestOverlappingGlobsReadOnce: a file named by two globs of study.yaml,
// by a symbolic link beside it and by a hard link is read once. Before,
// each name was read and every tie counted again.
func TestOverlappingGlobsReadOnce(t *testing.T) {
	dir := handCopy(t)
	c := filepath.Join(dir, "correspondence.csv")
	if err := os.Symlink("correspondence.csv", filepath.Join(dir, "correspondence_link.csv")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(c, filepath.Join(dir, "correspondence_hard.csv")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "study.yaml"), "files:\n  correspondence: [correspondence.csv, 'correspondence*.csv', ./correspondence.csv]\n")
	s, err := OpenStudy(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Files[Correspondence]; len(got) != 1 || filepath.Base(got[0]) != "correspondence.csv" {
		t.Errorf("correspondence files %v, want correspondence.csv once", got)
	}
	res, err := Load(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Builder.Totals().Messages; got != 6 {
		t.Errorf("%d letters, want the hand study's 6", got)
	}
	n := res.Builder.Network(graph.UnitLevel, res.Window, graph.LayerWeights{})
	if g := edgeLines(n); strings.Join(g, "\n") != strings.Join(handEdges, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(handEdges, "\n"))
	}
}

// TestSymlinkOutsideStudy: a table that is a link to a file outside the
// study is refused before any of it is read (so its content cannot reach a
// message), unless FollowSymlinks; links that stay inside are fine; a
// study.yaml path out of the folder is refused the same way.
func TestSymlinkOutsideStudy(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "shadow")
	writeFile(t, secret, "root:$6$SECRETHASH:19000:0:99999:7:::\n")
	letters := filepath.Join(outside, "letters.csv")
	writeFile(t, letters, "sent_at,sender,recipients\n2025-01-01,p1,p3\n")

	dir := handCopy(t)
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	if err := os.Symlink(secret, filepath.Join(dir, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	_, err := OpenStudy(dir)
	if !errors.Is(err, ErrOutside) || !errors.Is(err, ErrStudy) {
		t.Fatalf("err = %v, want ErrOutside", err)
	}
	for _, w := range []string{"correspondence.csv", "symbolic link", "outside the study folder", "--follow-symlinks"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not say %q", err, w)
		}
	}
	if strings.Contains(err.Error(), "SECRETHASH") {
		t.Errorf("the error quotes the file behind the link: %v", err)
	}

	// Allowed with FollowSymlinks: a link to a real table outside.
	os.Remove(filepath.Join(dir, "correspondence.csv"))
	if err := os.Symlink(letters, filepath.Join(dir, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStudy(dir); !errors.Is(err, ErrOutside) {
		t.Fatalf("err = %v, want ErrOutside", err)
	}
	s, err := OpenStudyWith(dir, StudyOptions{FollowSymlinks: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Load(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Builder.Totals().Messages; got != 1 {
		t.Errorf("%d letters through the link, want 1", got)
	}

	// A link inside the study is read without the option.
	dir2 := handCopy(t)
	sub := filepath.Join(dir2, "data")
	os.Mkdir(sub, 0o755)
	os.Rename(filepath.Join(dir2, "correspondence.csv"), filepath.Join(sub, "c.csv"))
	if err := os.Symlink(filepath.Join("data", "c.csv"), filepath.Join(dir2, "correspondence.csv")); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStudy(dir2); err != nil {
		t.Errorf("a link inside the study: %v", err)
	}

	// study.yaml naming a file outside the folder.
	dir3 := handCopy(t)
	writeFile(t, filepath.Join(dir3, "study.yaml"), "files: {correspondence: ["+letters+"]}\n")
	if _, err := OpenStudy(dir3); !errors.Is(err, ErrOutside) || strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("study.yaml path outside: err = %v, want ErrOutside", err)
	}
	if _, err := OpenStudyWith(dir3, StudyOptions{FollowSymlinks: true}); err != nil {
		t.Errorf("study.yaml path outside with FollowSymlinks: %v", err)
	}

	// A study.yaml that is itself a link out of the folder.
	dir4 := handCopy(t)
	if err := os.Symlink(secret, filepath.Join(dir4, "study.yaml")); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStudy(dir4); !errors.Is(err, ErrOutside) || strings.Contains(err.Error(), "SECRETHASH") {
		t.Errorf("study.yaml linked out: err = %v, want ErrOutside without the content", err)
	}
}

// TestWindowReversed: a window: in study.yaml whose to is not after its
// from is refused as such, naming the key and its line (it used to be
// taken, and to empty the analysis); a bound that is not a time names
// its line too.
func TestWindowReversed(t *testing.T) {
	for _, c := range []struct{ name, yaml, want string }{
		{"reversed", "name: x\nwindow:\n  from: 2025-06-01\n  to: 2025-01-01\n",
			`study.yaml line 4: window: to (2025-01-01) is not after from (2025-06-01)`},
		{"empty", "window: {from: 2025-06-01, to: 2025-06-01}\n",
			`study.yaml line 1: window: to (2025-06-01) is not after from (2025-06-01)`},
		{"not a time", "window:\n  from: 2025-13-01\n",
			`study.yaml line 2: window: from "2025-13-01" is not a time`},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := handCopy(t)
			writeFile(t, filepath.Join(dir, "study.yaml"), c.yaml)
			_, err := OpenStudy(dir)
			if !errors.Is(err, ErrStudy) || err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
	dir := handCopy(t)
	writeFile(t, filepath.Join(dir, "study.yaml"), "window: {from: 2025-01-01, to: 2025-01-02}\n")
	if _, err := OpenStudy(dir); err != nil {
		t.Errorf("a window of one day: %v", err)
	}
}

// TestSettingsValidated: NaN, infinities, negatives and out-of-range
// values in study.yaml are ErrSetting errors naming the key. Before, a
// .nan max_reject_rate passed and switched the reject guard off.
func TestSettingsValidated(t *testing.T) {
	for _, c := range []struct{ yaml, key string }{
		{"thresholds: {max_reject_rate: .nan}\n", "max_reject_rate"},
		{"thresholds: {max_reject_rate: -0.1}\n", "max_reject_rate"},
		{"thresholds: {max_reject_rate: .inf}\n", "max_reject_rate"},
		{"thresholds: {silo_alpha: .nan}\n", "silo_alpha"},
		{"thresholds: {silo_alpha: 1.5}\n", "silo_alpha"},
		{"thresholds: {silo_alpha: 0}\n", "silo_alpha"},
		{"thresholds: {silo_homophily: .nan}\n", "silo_homophily"},
		{"thresholds: {silo_homophily: -0.2}\n", "silo_homophily"},
		{"thresholds: {silo_homophily: 0}\n", "silo_homophily"},
		{"thresholds: {silo_homophily: 1.01}\n", "silo_homophily"},
		{"layer_weights: {meetings: .nan}\n", "meetings"},
		{"layer_weights: {meetings: .inf}\n", "meetings"},
		{"layer_weights: {data_sharing: -1}\n", "data_sharing"},
	} {
		t.Run(c.yaml, func(t *testing.T) {
			dir := handCopy(t)
			writeFile(t, filepath.Join(dir, "study.yaml"), c.yaml)
			_, err := OpenStudy(dir)
			if !errors.Is(err, ErrSetting) || !errors.Is(err, ErrStudy) || !strings.Contains(err.Error(), c.key) {
				t.Errorf("err = %v, want ErrSetting naming %s", err, c.key)
			}
		})
	}
	dir := handCopy(t)
	writeFile(t, filepath.Join(dir, "study.yaml"), "thresholds: {max_reject_rate: 0, silo_alpha: 1, silo_homophily: 1}\nlayer_weights: {meetings: 0}\n")
	if _, err := OpenStudy(dir); err != nil {
		t.Errorf("values at the ends of their ranges: %v", err)
	}
}

// TestFilesAbsolute: study.yaml files: may give absolute paths, as
// docs/inputs.md says; one inside the study folder is read, one outside
// it (absolute, or through ..) is refused with ErrOutside unless
// FollowSymlinks (--follow-symlinks) is set.
func TestFilesAbsolute(t *testing.T) {
	dir := handCopy(t)
	elsewhere := t.TempDir()
	copyStudy(t, "../testdata/studies/hand", elsewhere)
	for _, c := range []struct {
		name, path string
		follow     bool
		outside    bool
	}{
		{"absolute, inside", filepath.Join(dir, "meetings.csv"), false, false},
		{"absolute, outside", filepath.Join(elsewhere, "meetings.csv"), false, true},
		{"absolute, outside, followed", filepath.Join(elsewhere, "meetings.csv"), true, false},
		{"relative, outside", filepath.Join("..", filepath.Base(elsewhere), "meetings.csv"), false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			writeFile(t, filepath.Join(dir, "study.yaml"), "files:\n  meetings: ["+strconv.Quote(filepath.ToSlash(c.path))+"]\n")
			_, err := OpenStudyWith(dir, StudyOptions{FollowSymlinks: c.follow})
			if got := errors.Is(err, ErrOutside); got != c.outside || (!c.outside && err != nil) {
				t.Errorf("err = %v, want outside %v", err, c.outside)
			}
		})
	}
}
