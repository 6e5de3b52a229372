package source

import (
	"context"
	"io"
)

// Load reads sources (see Find) one after another and hands each
// document to read, which turns it into values, a feed perhaps into
// several. A source that fails is reported as an *Error and everything
// else still loads. It is the plain way to read a few sources; content's
// runner reads a library in parallel, with a cache.
func Load[T any](ctx context.Context, stdin io.Reader, sources []string, read func(Document) ([]T, []error)) ([]T, []error) {
	o := NewOpener(stdin)
	var values []T
	var errs []error
	for _, e := range Find(sources).Entries {
		v, es := ReadEntry(ctx, o, e, read)
		values, errs = append(values, v...), append(errs, es...)
	}
	return values, errs
}

// ReadEntry opens an entry and hands its document to read (see Read).
// Errors name the source as it is safe to show.
func ReadEntry[T any](ctx context.Context, o *Opener, e Entry, read func(Document) ([]T, []error)) ([]T, []error) {
	doc, err := o.Open(ctx, e)
	if err != nil {
		return nil, one(ShownName(e.Name), err)
	}
	values, errs := Read(doc, read)
	return values, Shown(errs)
}

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
