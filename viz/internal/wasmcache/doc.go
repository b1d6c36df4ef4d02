// Package wasmcache chooses where go-graphviz keeps the machine code that
// wazero compiles from Graphviz's WebAssembly, before go-graphviz starts.
//
// go-graphviz v0.2.10 compiles Graphviz in its package initialisation and
// caches the result in $TMPDIR/go-graphviz (os.TempDir), created 0755 by
// whichever operating-system user runs first. Another user then cannot read
// it, and the initialisation panics ("permission denied") before sekat's main
// runs; worse, a user who creates that folder first can plant a file there
// that every later run maps as executable code, checked only by a CRC.
// go-graphviz has no option for the folder; it reads TMPDIR once, in its
// init.
//
// This package's init therefore runs first and points TMPDIR, for the time
// of go-graphviz's init only, at a private folder of the current user:
// os.UserCacheDir()/sekat/wasm, created 0700 and accepted only if it and its
// parent are directories (not symbolic links), owned by the current user and
// not writable by group or others, and if the user cache folder itself is
// owned by the user (or root) and not writable by others. When no such
// folder can be had (no home folder, as for the user nobody; a folder owned
// by someone else), TMPDIR points at a path under which no folder can be
// made, go-graphviz keeps no file cache, and Graphviz is compiled in memory
// at every start (about 4 s instead of 0.3 s). viz calls Restore from its
// own init, which Go runs after go-graphviz's, to give TMPDIR back its value.
//
// Why this init runs before go-graphviz's: Go initialises packages in the
// order of their import paths, each as soon as all its imports are
// initialised (the language specification, "Package initialization", since
// Go 1.21). This package imports only standard packages that wazero
// (github.com/tetratelabs/wazero) imports as well, so it is ready no later
// than wazero, and its path sorts before wazero's; go-graphviz's
// internal/wasm imports wazero, so it comes after. TestInitOrder in viz
// checks the result on the built binary.
package wasmcache
