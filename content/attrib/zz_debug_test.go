package attrib

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("DBG_FILE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	var paras []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			paras = append(paras, l)
		}
	}
	for _, q := range quotesOf(paras) {
		if s := os.Getenv("DBG_Q"); s != "" && !strings.Contains(q.Text, s) {
			continue
		}
		fmt.Printf("%q | %s | %s\n   %+v\n", q.Text, q.Kind, q.Speaker, q.Why)
	}
}
