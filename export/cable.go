package export

import "cables/model"

// jsonSourceCable is where a quote stands in a cable of the user's archive
// (the "source_cable" of a quote). An ambiguous quote has no id and says
// how many cables hold its words.
type jsonSourceCable struct {
	ID          *string          `json:"id"`
	Para        int              `json:"para"`
	ParaKind    model.ParaKind   `json:"para_kind,omitempty"`
	Verdict     model.Verdict    `json:"verdict"`
	Coverage    float64          `json:"coverage"`
	FoundBy     model.FoundBy    `json:"found_by,omitempty"`
	Start       int              `json:"start"`
	End         int              `json:"end"`
	Candidates  int              `json:"candidates,omitempty"`
	Differences []jsonDifference `json:"differences"`
}

type jsonDifference struct {
	Kind  model.DiffKind `json:"kind"`
	Story string         `json:"story"`
	Cable string         `json:"cable"`
}

// SourceCable is a quote's match in the export schema: nil (null) when the
// quote was not checked or no cable holds it.
func SourceCable(m *model.CableMatch) *jsonSourceCable {
	if m == nil || m.Verdict == model.NotFound || m.Verdict == "" {
		return nil
	}
	out := &jsonSourceCable{ID: orNull(m.CableID), Para: m.Para, ParaKind: m.ParaKind, Verdict: m.Verdict,
		Coverage: m.Coverage, FoundBy: m.FoundBy, Start: m.Start, End: m.End, Candidates: m.Candidates,
		Differences: []jsonDifference{}}
	for _, d := range m.Differences {
		out.Differences = append(out.Differences, jsonDifference{Kind: d.Kind, Story: d.Story, Cable: d.Cable})
	}
	return out
}
