package source

import (
	"context"
	"io"
)

// load reads sources one after another, as content's runner does on
// every core, and hands each document to read.
func load[T any](ctx context.Context, stdin io.Reader, sources []string, read func(Document) ([]T, []error)) ([]T, []error) {
	o := NewOpener(stdin)
	var values []T
	var errs []error
	for _, e := range Find(sources).Entries {
		v, es := readEntry(ctx, o, e, read)
		values, errs = append(values, v...), append(errs, es...)
	}
	return values, errs
}

// readEntry opens an entry and hands its document to read.
func readEntry[T any](ctx context.Context, o *Opener, e Entry, read func(Document) ([]T, []error)) ([]T, []error) {
	doc, err := o.Open(ctx, e)
	if err != nil {
		return nil, one(ShownName(e.Name), err)
	}
	values, errs := Read(doc, read)
	return values, Shown(errs)
}
