// Package formats reads the archives of cables that users keep: the
// Cablegate cables.csv, the cablegate site's pages and one-cable text files
// in the reprint layout. Each reader streams, reports a malformed record by
// file and line and goes on with the next, and says where every cable
// stands in its file so that an index can point there instead of copying
// the text.
package formats
