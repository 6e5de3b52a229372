package source

// Shown makes the sources that errors name safe to show: a file name may
// hold escapes too, and what names a source on a screen is cleaned like
// everything else shown there.
func Shown(errs []error) []error {
	for _, err := range errs {
		if e, ok := err.(*Error); ok {
			e.Source = ShownName(e.Source)
		}
	}
	return errs
}
