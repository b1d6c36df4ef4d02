package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/ingest/synth"
)

// TestGenerateRefusalsNamePresetAndFlag asks every preset for what it
// cannot generate: the forums with a pilot (in no preset without
// --no-change) and a scale above the preset's largest. Each is bad usage
// (exit 2), refused before a folder is made, in the user's language, and
// names the preset, the flag, the presets that would take it (or, where
// none would, says so in words: "presets that accept ...: none" read as a
// list left empty) and the way out.
func TestGenerateRefusalsNamePresetAndFlag(t *testing.T) {
	noForums := map[string]string{"id": "begitu pula oleh preset lain", "en": "nor by any other"}
	noScale := map[string]string{"id": "tidak ada preset yang menerima --scale sebesar itu", "en": "no preset accepts a --scale that large"}
	for _, lang := range []string{"id", "en"} {
		for _, preset := range synth.Presets() {
			cases := []struct {
				name string
				args []string
				want []string
			}{
				{"forums with pilot", []string{"--forums", "--pilot"},
					[]string{"preset " + preset, "--forums", "--pilot", noForums[lang], "--no-change"}},
				{"scale above 100", []string{"--scale", "101"},
					[]string{"--scale 101", "preset " + preset, noScale[lang]}},
			}
			if preset == synth.PresetNasional {
				cases = append(cases, struct {
					name string
					args []string
					want []string
				}{"scale above nasional's", []string{"--scale", "6"},
					[]string{"--scale 6", "preset nasional", " 5 ", ": kabupaten, provinsi, hostile. "}})
			}
			for _, c := range cases {
				t.Run(lang+"/"+preset+"/"+c.name, func(t *testing.T) {
					out := filepath.Join(t.TempDir(), "s")
					args := append([]string{"generate", "--preset", preset, "--out", out, "--lang", lang, "-q"}, c.args...)
					code, _, stderr := sekat(t, args...)
					if code != 2 {
						t.Fatalf("exit %d, want 2; stderr:\n%s", code, stderr)
					}
					for _, w := range c.want {
						if !strings.Contains(stderr, w) {
							t.Errorf("stderr does not say %q:\n%s", w, stderr)
						}
					}
					if strings.Contains(stderr, ": tidak ada.") || strings.Contains(stderr, ": none.") {
						t.Errorf("stderr lists no presets as a list:\n%s", stderr)
					}
					if lang == "id" && strings.Contains(stderr, "invalid options") {
						t.Errorf("stderr in English:\n%s", stderr)
					}
					if _, err := os.Stat(out); !os.IsNotExist(err) {
						t.Errorf("the refused study's folder: %v, want it not made", err)
					}
				})
			}
		}
	}
}

// TestGenerateHelpSaysWhatPresetsTake checks that generate --help, in both
// languages, gives each preset's largest --scale (synth.MaxScale) and says
// when --forums goes with --pilot.
func TestGenerateHelpSaysWhatPresetsTake(t *testing.T) {
	for _, lang := range []string{"id", "en"} {
		code, stdout, stderr := sekat(t, "generate", "--help", "--lang", lang)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		if want := "nasional 5"; !strings.Contains(stdout, want) || !strings.Contains(want, "nasional 5") {
			t.Errorf("%s: help does not list the largest scales %q:\n%s", lang, want, stdout)
		}
		forums := helpFlagText(stdout, "--forums")
		if !strings.Contains(forums, "--pilot") || !strings.Contains(forums, "--no-change") {
			t.Errorf("%s: the help of --forums does not say it takes --pilot only with --no-change: %q", lang, forums)
		}
	}
}

// TestGenerateForumsPilotNoChange checks the way out the refusal gives:
// --forums --pilot --no-change plants both.
func TestGenerateForumsPilotNoChange(t *testing.T) {
	out := filepath.Join(t.TempDir(), "s")
	if code, _, stderr := sekat(t, "generate", "--forums", "--pilot", "--no-change", "--scale", "0.02", "--out", out, "-q"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	tr, err := synth.ReadTruth(filepath.Join(out, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Forums) != 2 || tr.Pilot == nil || !tr.NoChange {
		t.Errorf("truth.json: %d forums, pilot %v, no_change %v; want 2 forums, a pilot, no_change", len(tr.Forums), tr.Pilot, tr.NoChange)
	}
}
