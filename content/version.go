package content

// ExtractorVersion names the rules that made a story out of a file: the
// library cache keeps stories only for the version that extracted them, so
// a new version reads every file again. Raise it with any change to what
// the stages extract (code or word lists); TestExtractorVersion fails
// until you do, and tells you the hash to pin with it.
const ExtractorVersion = "121"
