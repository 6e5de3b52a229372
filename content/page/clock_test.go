package page

import (
	"testing"
	"time"
)

func TestUSSummerTime(t *testing.T) {
	tests := []struct {
		local  string
		summer bool
	}{
		{"2011-03-13T01:30:00Z", false}, // second Sunday in March, before two
		{"2011-03-13T03:00:00Z", true},
		{"2011-11-06T00:30:00Z", true}, // first Sunday in November
		{"2011-11-06T03:00:00Z", false},
		{"2006-04-02T03:00:00Z", true},  // the rules before 2007: first Sunday in April
		{"2006-10-29T03:00:00Z", false}, // to the last in October
		{"2006-03-20T12:00:00Z", false},
	}
	for _, tt := range tests {
		local, _ := time.Parse(time.RFC3339, tt.local)
		if got := usSummerTime(local); got != tt.summer {
			t.Errorf("%s: summer %v, want %v", tt.local, got, tt.summer)
		}
	}
}
