package cli

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// processStart is about when the process started: the package's init.
var processStart = time.Now()

// startTrace writes, when CABLES_STARTTRACE names a file, the time since
// the process started at each step of a reader's start (for profiling the
// warm start, issue 14). It is a no-op otherwise.
type startTrace struct {
	mu sync.Mutex
	f  *os.File
}

func (a *App) newStartTrace() *startTrace {
	p := ""
	if a.Getenv != nil {
		p = a.Getenv("CABLES_STARTTRACE")
	}
	if p == "" {
		return &startTrace{}
	}
	f, err := os.Create(p)
	if err != nil {
		return &startTrace{}
	}
	return &startTrace{f: f}
}

func (t *startTrace) mark(format string, args ...any) {
	if t.f == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.f, "%7.1f ms  %s\n", float64(time.Since(processStart).Microseconds())/1000, fmt.Sprintf(format, args...))
}

func (t *startTrace) close() {
	if t.f != nil {
		t.f.Close()
	}
}
