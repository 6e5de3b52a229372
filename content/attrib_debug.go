package content

// debugCues prints each quote's cues to stderr while rules are worked on.
const debugCues = false
