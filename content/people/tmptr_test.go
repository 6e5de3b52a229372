package people

import (
	"os"
	"strings"
	"testing"
)

func TestTmpProbe(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("PROBE"), "\n") {
		if s == "" {
			continue
		}
		t.Log(s, "=>", peopleIn(s))
		if os.Getenv("WHY") != "" {
			t.Log(decisionsIn(s))
		}
	}
}
