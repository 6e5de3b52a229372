package attrib

import (
	"reflect"
	"testing"
)

// A quote's speaker is decided by its own story alone: a rule that reads
// the speaker of a quote not yet decided (the role after two quotes walks
// back over the second when the first is decided) sees no one: not the
// story's first person (a fresh attributor's zero), nor the speaker the
// pooled attributor held for the last story.
func TestNoSpeakerFromAQuoteNotYetDecided(t *testing.T) {
	story := `Kandia’s “newly pugnacious” foreign policy is “losing friends worldwide”, the US ambassador to Beijing argued in a cable.¶Jane Ruiz referred to Kandia as “your banker”.`
	want := []string{"newly pugnacious | cable | ", "losing friends worldwide | cable | ", "your banker | speech | Jane Ruiz"}
	if got := attributed(story); !reflect.DeepEqual(got, want) {
		t.Errorf("alone: got %q, want %q", got, want)
	}
	for range 3 {
		attributed(`“We hold the port,” said Minister Omar Qadir.¶“We hold the town,” said Minister Omar Qadir.`)
		if got := attributed(story); !reflect.DeepEqual(got, want) {
			t.Errorf("after another story: got %q, want %q", got, want)
		}
	}
}
