package main

// The IANA time zone database is embedded (about 450 KB), so that
// timezone: in study.yaml (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)
// works on a computer that has none, such as Windows without Go
// installed; a system database, where there is one, is still preferred
// (see time.LoadLocation).
import _ "time/tzdata"
