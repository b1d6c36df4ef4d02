package main

import (
	"slices"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestGivenFlagsListValues: audit.json's flags give a list flag's values
// as given, one --name=value each. A person-level compare with --pairs
// and --unit-pairs (sekat generate --seed 401 --scale 0.3 --no-change,
// tables from sekat pairs --run --every day) recorded
// "--pairs={[prp401] { false false} true false}", the flag's Go struct.
func TestGivenFlagsListValues(t *testing.T) {
	var got []string
	app := &cli.App{Name: "sekat", Commands: []*cli.Command{{Name: "compare",
		Flags: []cli.Flag{&cli.StringSliceFlag{Name: "pairs"}, &cli.StringSliceFlag{Name: "unit-pairs"},
			&cli.StringFlag{Name: "out"}, &cli.BoolFlag{Name: "quiet"}, &cli.StringFlag{Name: "key-file"}},
		Action: func(c *cli.Context) error { got = givenFlags(c); return nil }}}}
	if err := app.Run([]string{"sekat", "compare", "--pairs", "pasangan-pegawai", "--out", "hasil", "--unit-pairs", "pasangan",
		"--quiet", "--pairs", "lagi", "--key-file", "kunci"}); err != nil {
		t.Fatal(err)
	}
	want := []string{"--pairs=pasangan-pegawai", "--pairs=lagi", "--unit-pairs=pasangan", "--out=hasil", "--quiet", "--key-file"}
	if !slices.Equal(got, want) {
		t.Errorf("givenFlags = %q, want %q", got, want)
	}
}
