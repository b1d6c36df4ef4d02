package viz

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/sekat-ona/sekat/graph"
	"github.com/sekat-ona/sekat/people"
	"github.com/sekat-ona/sekat/result"
)

// facUnitTables are rows of the facilitators' tables whose units are
// e-office codes: 1.01.07.0000 has the short name DISDIK, 1.02.01.0000
// none, and one row's unit is withheld (people.Hidden).
func facUnitTables() people.Tables {
	return people.Tables{
		Facilitators: []result.Facilitator{
			{List: "informal", Rank: 1, Pseudonym: "P-AAAA-AAAA-AAAA-AAAA", Unit: "1.01.07.0000", Sector: "pendidikan", Reason: "r1"},
			{List: "informal", Rank: 2, Pseudonym: "P-BBBB-BBBB-BBBB-BBBB", Unit: "1.02.01.0000", Sector: "kesehatan", Reason: "r2"},
			{List: "informal", Rank: 3, Pseudonym: "P-CCCC-CCCC-CCCC-CCCC", Unit: people.Hidden, Sector: people.Hidden, Reason: "r3"},
			{List: "formal", Pseudonym: "P-DDDD-DDDD-DDDD-DDDD", Unit: "1.01.07.0000", Sector: "pendidikan", FormalBy: "position", Reason: "r4"},
		},
		Set: []result.SetPick{{Order: 1, Pseudonym: "P-AAAA-AAAA-AAAA-AAAA", Unit: "1.01.07.0000", Sector: "pendidikan", Rank: 1}},
		Spells: []result.FacilitatorSpell{
			{Pseudonym: "P-AAAA-AAAA-AAAA-AAAA", Spell: 1, Unit: "1.02.01.0000", Sector: "kesehatan", Weeks: 20},
			{Pseudonym: "P-AAAA-AAAA-AAAA-AAAA", Spell: 2, Unit: "1.01.07.0000", Sector: "pendidikan", Weeks: 33},
		},
	}
}

// TestFacilitatorsPageNamesUnitsAsReport: facilitators.html named every
// unit by its id ("1.01.07.0000") where report.html and the maps of the
// same study write its short name (DISDIK): HR staff read e-office codes
// in the lists, the set and the movers' spells. Each unit cell now gives
// the label with the id the CSV files list it by, "DISDIK
// (1.01.07.0000)", as the report's group table does; a unit without a
// short name and a withheld unit (*) are written as before, and so is
// every cell of a page given no units.
func TestFacilitatorsPageNamesUnitsAsReport(t *testing.T) {
	units := []graph.Node{
		{ID: "1.01.07.0000", Name: "Dinas Pendidikan", ShortName: "DISDIK", Sector: "pendidikan"},
		{ID: "1.02.01.0000", Name: "Dinas Kesehatan", Sector: "kesehatan"},
	}
	tb := facUnitTables()
	// the unit cells the tables hold, in page order: the informal list,
	// the set, the formal list, the spells
	want := []string{"DISDIK (1.01.07.0000)", "1.02.01.0000", "*", // informal
		"DISDIK (1.01.07.0000)",                 // set
		"DISDIK (1.01.07.0000)",                 // formal
		"1.02.01.0000", "DISDIK (1.01.07.0000)"} // spells
	asIDs := []string{"1.01.07.0000", "1.02.01.0000", "*", "1.01.07.0000", "1.01.07.0000", "1.02.01.0000", "1.01.07.0000"}
	for _, lang := range []string{"id", "en"} {
		for _, c := range []struct {
			name  string
			units []graph.Node
			want  []string
		}{{"short names", units, want}, {"no units", nil, asIDs}} {
			t.Run(lang+"/"+c.name, func(t *testing.T) {
				var buf bytes.Buffer
				err := WriteFacilitators(&buf, FacilitatorsData{Result: &people.Result{}, Tables: tb, Lang: lang, Study: "Uji", Revealed: true, Units: c.units})
				if err != nil {
					t.Fatal(err)
				}
				page := buf.String()
				got := unitCells(page)
				if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
					t.Errorf("unit cells\n got %q\nwant %q", got, c.want)
				}
			})
		}
	}
}

var tag = regexp.MustCompile(`<[^>]*>`)

// unitCells are the texts of the cells of page's tables in the column
// headed as units are (viz.colUnit), in page order.
func unitCells(page string) []string {
	var cells []string
	for _, table := range strings.Split(page, "<table")[1:] {
		table = table[:strings.Index(table, "</table>")]
		head := strings.Split(table[strings.Index(table, "<thead><tr>")+len("<thead><tr>"):strings.Index(table, "</thead>")], "<th")[1:]
		col := -1
		for i, h := range head {
			if txt := h[strings.Index(h, ">")+1:]; strings.HasPrefix(txt, "Unit<") {
				col = i
			}
		}
		if col < 0 {
			continue
		}
		for _, row := range strings.Split(table[strings.Index(table, "<tbody>"):], "<tr")[1:] {
			tds := strings.Split(row, "<td")[1:]
			if len(tds) <= col || strings.Contains(tds[0], "colspan") || strings.HasPrefix(row, ` class="why"`) {
				continue
			}
			td := tds[col]
			td = td[strings.Index(td, ">")+1:]
			text := tag.ReplaceAllString(td[:strings.Index(td, "</td>")], "")
			cells = append(cells, html.UnescapeString(text))
		}
	}
	return cells
}
